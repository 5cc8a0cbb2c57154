import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema, Supergraph } from '@apollo/federation-internals';

/**
 * `npm run codegen -w packages/client`: typed documents for src/operations/*.graphql, typed
 * against the gateway's public API schema. The output, src/generated/graphql.ts, is committed so
 * the package builds with `tsc -b` alone; test/generated.test.ts fails when it is stale.
 */
const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** The committed supergraph without its federation machinery (join__*, link__*): what the gateway serves. */
export const API_SCHEMA = printSchema(
  Supergraph.build(readFileSync(path('../../gateway/supergraph.graphql'), 'utf8')).apiSchema(),
);

/**
 * Result and variables types, and documents that are plain strings (documentMode: string), so
 * no GraphQL library is needed at run time. The web app generates its own operations with the
 * same settings (web/codegen.ts).
 */
export const TYPED_DOCUMENTS = {
  plugins: ['typescript-operations', 'typed-document-node'],
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    avoidOptionals: { field: true, inputValue: false, object: true },
    scalars: { Date: 'string', PartialDate: 'string', DateTime: 'string', JSON: 'unknown' },
    documentMode: 'string',
  },
} satisfies CodegenConfig['generates'][string];

export const GENERATED = path('./src/generated/graphql.ts');

const config: CodegenConfig = {
  schema: API_SCHEMA,
  documents: path('./src/operations/*.graphql'),
  generates: { [GENERATED]: TYPED_DOCUMENTS },
  silent: true,
};
export default config;
