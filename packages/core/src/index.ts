/**
 * @alliance/core: what the three services share, by concern. Functions and classes are listed
 * because a service, the CLI or a test uses them; types go with them. The CLI takes
 * `@alliance/core/tokens` instead, which loads no database, ORM or
 * Apollo code.
 */

// Identity: who is asking, verified at the gateway and again in every subgraph.
export {
  createVerifier,
  tokenRefused,
  Viewer,
  type AuthConfig,
  type Authenticate,
  type Identity,
  type Verification,
  type Verify,
} from './auth.js';
export { ACRONYM, parseRole, type Role } from './roles.js';
export {
  ensureDevelopmentSecret,
  ensureSubgraphSecret,
  mintToken,
  readSecretFile,
  readSubgraphSecret,
  secretFile,
  subgraphSecretFile,
  type TokenRequest,
} from './tokens.js';
// The perimeter: subgraphs answer the gateway only.
export { credentialMatches, requireGatewayCredential, SUBGRAPH_CREDENTIAL_HEADER } from './subgraph-credential.js';

// Configuration from the environment, validated at start.
export {
  authConfig,
  authVariables,
  ConfigError,
  gatewayVariables,
  port,
  readEnvironment,
  subgraphConfig,
  subgraphVariables,
  variablesOf,
  relayConfig,
  relayVariables,
  type RelayConfig,
  webhookConfig,
  webhookVariables,
  type WebhookConfig,
  type StorageConfig,
  type SubgraphConfig,
} from './config.js';
export { createLogger, currentRequestId, withLogScope, type LogScope, type Logger } from './logger.js';
export { loadWorkerCount, runWorkers, type WorkerOptions } from './workers.js';

// Serving: HTTP + Apollo for every service, subgraphs, errors.
export {
  rawBodyOf,
  requestIdOf,
  serve,
  stopOnSignals,
  type Readiness,
  type RunningServer,
  type ServeOptions,
} from './server.js';
export { isDatabaseUnreachable } from './database-errors.js';
export { startSubgraph, type RunningSubgraph, type SubgraphOptions } from './subgraph.js';
export {
  assertId,
  badUserInput,
  conflict,
  forbidden,
  notFound,
  operationNotAllowed,
  serviceUnavailable,
  type ErrorCode,
} from './errors.js';

// Storage: one database per service, migrations, the SQLite write queue.
export { findByKeys, type KeyedRead } from './positional-sql.js';
export { openDatabase, type Background, type Database, type DatabaseKind, type DatabaseOptions } from './database.js';
export { columns } from './migration-columns.js';

// Reading: Relay pages, DataLoader helpers, scalars.
export {
  applyKeyset,
  encodeCursor,
  once,
  paginate,
  paginateRaw,
  readConnectionArgs,
  toConnection,
  withNodes,
  type Connection,
  type ResolvedConnection,
  type ConnectionArgs,
  type PageInfo,
  type PageRequest,
  type SortKey,
  type SortValue,
} from './pagination.js';
export {
  ARMS_PER_STATEMENT,
  createChildConnectionLoader,
  type ChildConnectionLoader,
  type ChildKey,
  type ChildQuery,
  type ChildRow,
} from './child-connections.js';
export {
  byKey,
  groupByKey,
  onceLoader,
  referenced,
  renewLoadersAfter,
  revisionLoader,
  twoKeyLoaders,
  type RevisionKey,
} from './batching.js';
export { selectedFieldNames, selectsOnly } from './selection.js';
export { DateScalar, isIsoDate, isPartialDate, scalarResolvers } from './scalars.js';

// Writing: revisions, authors, what a reader may see of them, input checks.
export { revisionResolvers, type RevisionKit } from './revisions.js';
export {
  authorOf,
  fieldChanges,
  staleRevision,
  visibleChanges,
  visibleTo,
  type Author,
  type FieldChange,
} from './history.js';
export { acronym, fieldPath, parseInput } from './validation.js';

// Webhooks: the outbox written with each change, its dispatcher, signatures, safe destinations.
export * from './webhooks/index.js';
