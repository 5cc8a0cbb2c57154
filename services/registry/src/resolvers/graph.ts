import { badUserInput, referenced } from '@alliance/core';
import type { Organization } from '../entities/index.js';
import type { RegistryContext } from '../loaders.js';
import { edgeCount, linksAmong, shortestPath, within } from '../domain/graph.js';
import type { AllianceGraphResolvers, AllianceEdgeResolvers } from '../generated/resolvers.js';

/** The graph a query asked for: around `center` up to `depth` steps, or everything. */
export interface GraphRequest {
  center: string | null;
  depth: number;
}

async function organizationsOf(graph: GraphRequest, { loaders }: RegistryContext): Promise<string[] | null> {
  if (!graph.center) return null;
  return within(await loaders.allianceAdjacency.load(), graph.center, graph.depth);
}

/** These organizations by id, loaded at once (a graph of 1,326 links names 52). */
async function organizationsById(ids: readonly string[], { loaders }: RegistryContext) {
  const loaded = await loaders.organization.loadMany(ids);
  const organizations = new Map<string, Organization>();
  loaded.forEach((organization, i) => {
    if (organization instanceof Error) throw organization;
    if (organization) organizations.set(ids[i]!, organization);
  });
  return organizations;
}

export const AllianceGraph: AllianceGraphResolvers = {
  async nodes(graph: GraphRequest, _, context) {
    const ids = (await organizationsOf(graph, context)) ?? [...(await context.loaders.allianceAdjacency.load()).keys()];
    const organizations = await organizationsById(ids, context);
    return [...organizations.values()].sort((a, b) => a.acronym.localeCompare(b.acronym));
  },

  async links(graph: GraphRequest, _, context) {
    const links = linksAmong(await context.loaders.allianceAdjacency.load(), await organizationsOf(graph, context));
    const organizations = await organizationsById(
      [...new Set(links.flatMap((l) => [l.organizationId, l.partnerId]))],
      context,
    );
    const named = links.map((link) => {
      const a = organizations.get(link.organizationId)!;
      const b = organizations.get(link.partnerId)!;
      // From the acronym first in the alphabet, so a drawing is the same on every run.
      const [from, to] = a.acronym.localeCompare(b.acronym) <= 0 ? [a, b] : [b, a];
      return { from, to, workRegisters: link.registers };
    });
    return named.sort(
      (x, y) => x.from.acronym.localeCompare(y.from.acronym) || x.to.acronym.localeCompare(y.to.acronym),
    );
  },

  async edges(graph, args, context) {
    const ids = await organizationsOf(graph, context);
    // A graph that reaches every allied organization needs no filter, and without one the
    // database can walk registers in title order instead of sorting every edge.
    const adjacency = await context.loaders.allianceAdjacency.load();
    const restricted = ids && ![...adjacency.keys()].every((id) => ids.includes(id)) ? ids : null;
    return context.loaders.reads.edgePage(restricted, args, async () => edgeCount(adjacency, restricted));
  },

  async path(_graph, args, context) {
    const [from, to] = await Promise.all(
      (['from', 'to'] as const).map(async (field) => {
        const organization = await context.loaders.organizationByAcronym.load(args[field]);
        if (!organization) throw badUserInput(`No organization with acronym "${args[field]}"`, field);
        return organization.id;
      }),
    );
    const chain = shortestPath(await context.loaders.allianceAdjacency.load(), from!, to!);
    if (!chain) return null;
    const edges = await context.loaders.reads.edgesAmong(chain);
    // One register per step: the first (by title) joining the two organizations.
    const step = (a: string, b: string) =>
      edges.find((e) => (e.from === a && e.to === b) || (e.from === b && e.to === a))!.workRegisterId;
    return {
      organizations: chain.map((id) => referenced(context.loaders.organization, id)),
      workRegisters: chain.slice(1).map((id, i) => referenced(context.loaders.workRegister, step(chain[i]!, id))),
    };
  },
};

/** Lazy, so a dashboard asking only for statuses loads no organization or register. */
export const AllianceEdge: AllianceEdgeResolvers = {
  from: (edge, _, { loaders }) => referenced(loaders.organization, edge.from),
  to: (edge, _, { loaders }) => referenced(loaders.organization, edge.to),
  workRegister: (edge, _, { loaders }) => referenced(loaders.workRegister, edge.workRegisterId),
};
