import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types for each subgraph, generated from its SDL: the schema stays the one source of
 * truth for argument, input and return shapes, and mappers say which stored row each schema type
 * is resolved from. The output is committed (like gateway/supergraph.graphql) so that `tsc -b`
 * and the linter work on a fresh clone; test/deployment.test.ts fails when it is stale
 * (`npm run codegen` regenerates it).
 */
const shared = {
  useTypeImports: true,
  federation: true,
  enumsAsTypes: true,
  useIndexSignature: false,
  mapperTypeSuffix: 'Row',
  scalars: { Date: 'string', PartialDate: 'string', DateTime: 'string', JSON: 'unknown' },
  resolverTypeWrapperSignature: 'Promise<T> | T',
};

const config: CodegenConfig = {
  generates: {
    'services/registry/src/generated/resolvers.ts': {
      schema: 'services/registry/schema.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../loaders.js#RegistryContext',
        mappers: {
          Organization: '../entities/index.js#Organization',
          OrganizationUnit: '../entities/index.js#OrganizationUnit',
          WorkRegister: '../repositories/work-registers.js#RegisterSummary',
          Source: '../resolvers/work-register.js#SourceRow',
          SourceField: '../resolvers/work-register.js#SourceFieldRow',
          Party: '../entities/index.js#WorkRegisterParty',
          Milestone: '../entities/index.js#Milestone',
          DelegatedWorkRule: '../entities/index.js#StoredDelegatedWorkRule',
          WorkRegisterRevision: '../entities/index.js#WorkRegisterRevision',
          Finding: '../repositories/findings.js#FindingRow',
          Partnership: '../resolvers/organization.js#PartnershipRow',
          AllianceGraph: '../resolvers/graph.js#GraphRequest',
          AllianceEdge: '../repositories/graph.js#AllianceEdgeRow',
          RegistryStats: '../resolvers/stats.js#StatsRequest',
          WebhookSubscription: '@alliance/core#WebhookSubscription',
          WebhookDelivery: '@alliance/core#WebhookDelivery',
          WebhookAttempt: '@alliance/core#WebhookAttempt',
          WebhookDeliveryConnection: '@alliance/core#ResolvedConnection<WebhookDeliveryRow>',
          // Connections count lazily: totalCount is a function graphql-js calls only when asked.
          WorkRegisterConnection: '@alliance/core#ResolvedConnection<RegisterSummaryRow>',
          OrganizationConnection: '@alliance/core#ResolvedConnection<OrganizationRow>',
          MilestoneConnection: '@alliance/core#ResolvedConnection<MilestoneRow>',
          FindingConnection: '@alliance/core#ResolvedConnection<FindingRowRow>',
          AllianceEdgeConnection: '@alliance/core#ResolvedConnection<AllianceEdgeRowRow>',
          WorkRegisterRevisionConnection: '@alliance/core#ResolvedConnection<WorkRegisterRevisionRow>',
        },
      },
    },
    'services/contacts/src/generated/resolvers.ts': {
      schema: 'services/contacts/schema.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../loaders.js#ContactsContext',
        mappers: {
          Contact: '../entities/index.js#Contact',
          ContactRevision: '../entities/index.js#ContactRevision',
          ContactSnapshot: '../privacy.js#VisibleSnapshot',
          PointOfContact: '../entities/index.js#PointOfContact',
          PointOfContactSnapshot: '../entities/index.js#PointOfContactSnapshot',
          ContactFinding: '../domain/findings.js#ContactFinding',
          // The registry's entities, as references the gateway completes.
          Organization: '../resolvers/refs.js#OrganizationRef',
          WorkRegister: '../resolvers/refs.js#WorkRegisterRef',
          ContactConnection: '@alliance/core#ResolvedConnection<ContactRow>',
          ContactRevisionConnection: '@alliance/core#ResolvedConnection<ContactRevisionRow>',
          ContactWorkRegisterConnection: '../resolvers/contact.js#AppearancePage',
        },
      },
    },
  },
  silent: true,
};
export default config;
