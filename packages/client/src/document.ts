import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * A typed operation: the generated documents of this package (strings), a web app's own
 * generated documents, or a TypedDocumentNode parsed with its source (graphql-tag's). Typing
 * only: the result and variables types ride on it, the client needs only its text.
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables>;

/** The variables argument: optional when the operation has no required variable. */
export type VariablesArgument<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** The text to send: a string as it is, a parsed document by the source it was parsed from. */
export function documentText(document: unknown): string {
  if (typeof document === 'string') return document;
  if (document instanceof String) return document.toString();
  const source = (document as { kind?: string; loc?: { source?: { body?: string } } } | null)?.loc?.source?.body;
  if (typeof source === 'string') return source;
  throw new TypeError(
    'not a GraphQL document: pass a string, a generated TypedDocumentString, or a parsed document that kept its source',
  );
}

export type OperationKind = 'query' | 'mutation' | 'subscription';

/**
 * What the document's first operation is. Fragment definitions are passed over (string
 * documents append them), as are strings and comments, whose braces do not count.
 */
export function operationKind(text: string): OperationKind {
  let depth = 0;
  // After `fragment` at the top level: the next selection set is the fragment's.
  let fragment = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (char === '"') {
      i = skipString(text, i);
    } else if (char === '{') {
      if (depth === 0 && !fragment) return 'query';
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) fragment = false;
    } else if (depth === 0 && /[A-Za-z_]/.test(char)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))![0];
      if (!fragment && (word === 'query' || word === 'mutation' || word === 'subscription')) return word;
      if (word === 'fragment') fragment = true;
      i += word.length - 1;
    }
  }
  return 'query';
}

/** The index of the closing quote of the string opening at `start` ("…" or """…"""). */
function skipString(text: string, start: number): number {
  if (text.startsWith('"""', start)) {
    const end = text.indexOf('"""', start + 3);
    return end < 0 ? text.length : end + 2;
  }
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"' || text[i] === '\n') return i;
  }
  return text.length;
}
