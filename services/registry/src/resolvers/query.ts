import { assertId, badUserInput, notFound } from '@alliance/core';
import type { RegistryContext } from '../loaders.js';
import { searchWords } from '../domain/search.js';
import type { RegisterFilter } from '../repositories/filters.js';
import { horizon } from '../schedule.js';
import { statsRequest } from './stats.js';
import type { QueryResolvers, WorkRegisterFilter } from '../generated/resolvers.js';

/** Exactly one of two lookup keys, as `workRegister(id:, slug:)` and `organization(id:, acronym:)` take. */
function oneKey(args: Record<string, string | null | undefined>): [string, string] {
  const given = Object.entries(args).filter((entry): entry is [string, string] => entry[1] != null);
  if (given.length !== 1) {
    throw badUserInput(`Pass exactly one of ${Object.keys(args).join(', ')}`, Object.keys(args)[0]);
  }
  return given[0]!;
}

/** Acronyms to organization ids; an unknown acronym is the caller's mistake, named by its field. */
async function organizationIds(acronyms: readonly string[], field: string, { loaders }: RegistryContext) {
  const found = await Promise.all(acronyms.map((acronym) => loaders.organizationByAcronym.load(acronym)));
  return found.map((organization, i) => {
    if (!organization) throw badUserInput(`No organization with acronym "${acronyms[i]}"`, `${field}[${i}]`);
    return organization.id;
  });
}

async function readFilter(
  input: WorkRegisterFilter | null | undefined,
  context: RegistryContext,
): Promise<RegisterFilter> {
  if (!input) return {};
  return {
    allOf: input.parties ? await organizationIds(input.parties, 'filter.parties', context) : undefined,
    anyOf: input.anyParty ? await organizationIds(input.anyParty, 'filter.anyParty', context) : undefined,
    status: input.status ?? undefined,
    kind: input.kind ?? undefined,
    initiated: input.initiated ?? undefined,
    reviewDue: input.reviewDue ?? undefined,
    findingSeverity: input.findingSeverity ?? undefined,
    words: input.search ? searchWords(input.search).slice(0, 10) : undefined,
  };
}

function readWindow(within: number | null | undefined, context: RegistryContext): number {
  const days = within ?? context.schedule.dueSoonDays;
  if (!Number.isInteger(days) || days < 0 || days > 3650) {
    throw badUserInput(`within must be a number of days from 0 to 3650, got ${days}`, 'within');
  }
  return days;
}

export const Query: QueryResolvers = {
  webhookSubscriptions: (_, __, { loaders, viewer }) => {
    viewer.requireSignedIn('Listing webhook subscriptions');
    return loaders.reads.webhookSubscriptions(viewer);
  },

  async workRegister(_, args, { loaders }) {
    const [key, value] = oneKey({ id: args.id, slug: args.slug });
    const register =
      key === 'id' ? await loaders.workRegister.load(assertId(value)) : await loaders.workRegisterBySlug.load(value);
    if (!register) throw notFound(`No work register with ${key} "${value}"`);
    return register;
  },

  async workRegisters(_, args, context) {
    const filter = await readFilter(args.filter, context);
    // The SDL defaults direction to ASC; graphql-js fills it in, the generated type cannot say so.
    const order = { field: args.orderBy?.field ?? 'TITLE', direction: args.orderBy?.direction ?? 'ASC' };
    return context.loaders.reads.registerPage(args, filter, order);
  },

  async reviewsDue(_, args, context) {
    const to = horizon(context.schedule, readWindow(args.within, context));
    const filter: RegisterFilter = {
      reviewDue: { from: args.includeOverdue ? null : context.schedule.today, to },
      anyOf: args.organization ? await organizationIds([args.organization], 'organization', context) : undefined,
    };
    const order = { field: 'REVIEW_DUE_ON', direction: 'ASC' } as const;
    return context.loaders.reads.registerPage(args, filter, order);
  },

  async milestonesDue(_, args, context) {
    const to = horizon(context.schedule, readWindow(args.within, context));
    const [organizationId] = args.organization
      ? await organizationIds([args.organization], 'organization', context)
      : [null];
    return context.loaders.reads.milestonePage(args, {
      from: args.includeOverdue ? null : context.schedule.today,
      to,
      organizationId: organizationId ?? null,
    });
  },

  async organization(_, args, { loaders }) {
    const [key, value] = oneKey({ id: args.id, acronym: args.acronym });
    const organization =
      key === 'id' ? await loaders.organization.load(assertId(value)) : await loaders.organizationByAcronym.load(value);
    if (!organization) throw notFound(`No organization with ${key} "${value}"`);
    return organization;
  },

  organizations: (_, args, { loaders }) => loaders.reads.organizationPage(args),

  async allianceGraph(_, args, context) {
    if (!Number.isInteger(args.depth) || args.depth < 0 || args.depth > 10) {
      throw badUserInput(`depth must be from 0 to 10, got ${args.depth}`, 'depth');
    }
    const [center] = args.organization ? await organizationIds([args.organization], 'organization', context) : [];
    return { center: center ?? null, depth: args.depth };
  },

  registryStats: () => statsRequest(),

  async findings(_, args, context) {
    const filter = args.filter ?? {};
    const [organizationId] = filter.organization
      ? await organizationIds([filter.organization], 'filter.organization', context)
      : [];
    return context.loaders.reads.findingPage(args, {
      codes: filter.code ?? undefined,
      severities: filter.severity ?? undefined,
      organizationId,
    });
  },
};
