#!/usr/bin/env node
// Writes gateway/persisted-operations.json: the trusted documents, every operation of
// @alliance/client (packages/client/src/operations), of the web app (web/src/operations) and of
// the gateway's feeds (which read /graphql over loopback), keyed by the sha256 of the exact text
// the client sends. The gateway answers these hashes without the document, and with
// GATEWAY_OPERATIONS=persisted accepts nothing else. The file is committed (the allow-list is
// reviewed with the operations that change it); `npm run persisted` rewrites it and
// test/persisted-operations.test.ts fails when it is stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import ts from 'typescript';

const root = new URL('../', import.meta.url);

export const MANIFEST_PATH = new URL('gateway/persisted-operations.json', root);

/** The workspaces whose codegen.ts makes the operations the registry trusts. */
export const CODEGEN_SOURCES = ['packages/client', 'web'];

/** Folders whose TypeScript writes its operations inline, as `operation(`…`)` (the feeds). */
export const INLINE_SOURCES = ['gateway/src/feeds'];

export const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** Calls `found(node)` on every node of a TypeScript source. */
function walk(content, found) {
  const visit = (node) => {
    found(node);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('source.ts', content, ts.ScriptTarget.Latest));
}

/**
 * The operations of one generated module, by export name: the first argument of each
 * `new TypedDocumentString(`…`)` whose name ends in `Document` (fragments end in `FragmentDoc`
 * and are never sent alone). The template literal's cooked text, as TypeScript reads it, is the
 * string the client sends.
 */
export function generatedOperations(content) {
  const operations = {};
  walk(content, (node) => {
    if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.name.text.endsWith('Document')) return;
    let value = node.initializer;
    while (value && (ts.isAsExpression(value) || ts.isParenthesizedExpression(value))) value = value.expression;
    const [text] = value && ts.isNewExpression(value) ? (value.arguments ?? []) : [];
    if (text && ts.isNoSubstitutionTemplateLiteral(text)) operations[node.name.text] = text.text;
  });
  return operations;
}

/** `query FeedChanges(…) {…}` → `FeedChanges`. */
export const operationName = (text) => /\b(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1];

/** The template literal of each `operation(`…`)` call in the folder's .ts files, by operation name. */
export function inlineOperations(folder) {
  const dir = new URL(`${folder}/`, root);
  const operations = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    walk(readFileSync(new URL(file, dir), 'utf8'), (node) => {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'operation')
        return;
      const [text] = node.arguments;
      if (text && ts.isNoSubstitutionTemplateLiteral(text)) operations[operationName(text.text)] = text.text;
    });
  }
  return operations;
}

/** What graphql-codegen makes of a workspace's codegen.ts today, in memory (nothing is written). */
async function generated(workspace) {
  const cwd = fileURLToPath(new URL(`${workspace}/`, root));
  const { config } = await loadCodegenConfig({ configFilePath: `${cwd}codegen.ts` });
  const outputs = await generate({ ...config, cwd, silent: true }, false);
  return outputs.map((output) => output.content).join('\n');
}

/**
 * Every trusted operation, by source and name: `{ 'packages/client': { RegisterBySlugDocument:
 * '…', … }, web: { … }, 'gateway/src/feeds': { FeedChanges: '…', … } }`.
 */
export async function trustedOperations() {
  const fromCodegen = await Promise.all(
    CODEGEN_SOURCES.map(async (source) => [source, generatedOperations(await generated(source))]),
  );
  const inline = INLINE_SOURCES.map((source) => [source, inlineOperations(source)]);
  return Object.fromEntries([...fromCodegen, ...inline]);
}

/** The manifest's text: `{ "<sha256>": "<document>" }`, source after source, each by name. */
export async function persistedOperations() {
  const manifest = {};
  for (const operations of Object.values(await trustedOperations())) {
    for (const name of Object.keys(operations).sort()) manifest[sha256(operations[name])] = operations[name];
  }
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(MANIFEST_PATH, await persistedOperations());
  console.log('wrote gateway/persisted-operations.json');
}
