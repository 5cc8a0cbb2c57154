import type { CodegenConfig } from '@graphql-codegen/cli';
import { API_SCHEMA, TYPED_DOCUMENTS } from '../packages/client/codegen';

/**
 * The web app is a partner tool like any other: its own operations (src/operations) are typed
 * against the gateway's public API schema with the settings of @alliance/client, which sends them.
 */
const config: CodegenConfig = {
  schema: API_SCHEMA,
  documents: 'src/operations/*.graphql',
  generates: { 'src/generated/graphql.ts': TYPED_DOCUMENTS },
  silent: true,
};
export default config;
