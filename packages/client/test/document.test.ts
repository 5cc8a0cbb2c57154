import { describe, expect, it } from 'vitest';
import { ExportRegistersDocument, ImportWorkRegisterDocument, ReviewsDueDocument } from '@alliance/client';
import { documentText, operationKind } from '../src/document.js';

describe('operationKind', () => {
  it.each([
    ['{ workRegisters { totalCount } }', 'query'],
    ['query ReviewsDue { reviewsDue { totalCount } }', 'query'],
    ['  # a comment saying mutation\nmutation Save { x }', 'mutation'],
    ['subscription Changes { changes }', 'subscription'],
    // String documents append their fragments after the operation; a fragment may come first too.
    ['fragment RegisterSummary on WorkRegister { id }\nmutation M { x { ...RegisterSummary } }', 'mutation'],
    ['fragment query on Query { a }\n{ ...query }', 'query'],
    // Braces and words inside strings do not count.
    ['query Q { search(text: "} mutation {") { id } }', 'query'],
    ['"""A mutation { in a description }"""\nmutation M { x }', 'mutation'],
  ])('%j is a %s', (text, kind) => {
    expect(operationKind(text)).toBe(kind);
  });

  it('knows the generated documents', () => {
    expect(operationKind(ReviewsDueDocument.toString())).toBe('query');
    expect(operationKind(ExportRegistersDocument.toString())).toBe('query');
    expect(operationKind(ImportWorkRegisterDocument.toString())).toBe('mutation');
  });
});

describe('documentText', () => {
  it('reads strings, generated documents, and parsed documents that kept their source', () => {
    expect(documentText('{ a }')).toBe('{ a }');
    expect(documentText(ReviewsDueDocument)).toBe(ReviewsDueDocument.toString());
    expect(documentText({ kind: 'Document', definitions: [], loc: { source: { body: '{ b }' } } })).toBe('{ b }');
  });

  it('refuses anything else, saying what it takes', () => {
    expect(() => documentText({ kind: 'Document', definitions: [] })).toThrow(/not a GraphQL document/);
    expect(() => documentText(42)).toThrow(TypeError);
  });
});
