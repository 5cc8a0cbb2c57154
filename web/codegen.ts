import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';

/**
 * The web app is a partner tool like any other: it is typed against the gateway's public API
 * schema, which is the committed supergraph without its federation machinery (join__*, link__*).
 */
const supergraph = readFileSync(new URL('../gateway/supergraph.graphql', import.meta.url), 'utf8');
const apiSchema = printSchema(Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema());

const config: CodegenConfig = {
  schema: apiSchema,
  documents: 'src/operations/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: { Date: 'string', PartialDate: 'string', DateTime: 'string', JSON: 'unknown' },
        documentMode: 'string',
      },
    },
  },
  silent: true,
};
export default config;
