import DataLoader from 'dataloader';
import {
  byKey,
  createChildConnectionLoader,
  groupByKey,
  once,
  onceLoader,
  revisionLoader,
  twoKeyLoaders,
  type ConnectionArgs,
  type Database,
  type Viewer,
  type WebhookConfig,
  webhookStore,
} from '@alliance/core';
import * as findings from './repositories/findings.js';
import * as graph from './repositories/graph.js';
import * as history from './repositories/history.js';
import * as organizations from './repositories/organizations.js';
import * as pages from './repositories/filters.js';
import * as search from './repositories/search.js';
import * as stats from './repositories/stats.js';
import * as registers from './repositories/work-registers.js';
import type { Schedule } from './schedule.js';
import type { Links } from './repositories/write.js';

/**
 * Each database's caches kept across requests: dashboard figures and search matches, and the
 * title orders of searches asked again. An order holds 8 bytes a match, so few are kept: at most
 * TITLE_ORDERS, of searches matching at most MAX_TITLE_ORDER registers, so at most 26 MB (the
 * 28,865 matches of "cloud" at 100,000 registers take 230 kB).
 */
const figureCaches = new WeakMap<Database, { figures: stats.FigureCache; titleOrders: stats.FigureCache }>();
const TITLE_ORDERS = 32;
const MAX_TITLE_ORDER = 100_000;

/**
 * What a request reads, bound to its database and today: DataLoaders for every lookup of many
 * keys (so a request issues one statement per kind of data, however many items it returns),
 * and `reads` for the one-off pages and figures of top-level fields. Resolvers read through
 * these only, never a repository.
 */
export function createLoaders(db: Database, schedule: Schedule) {
  // One handle for every read of the request: the data source's own entity manager.
  const reader = db.dataSource.manager;
  const [organization, organizationByAcronym] = twoKeyLoaders(
    { load: (ids: readonly string[]) => organizations.organizationsByIds(reader, ids), keyOf: (o) => o.id },
    {
      load: (acronyms: readonly string[]) => organizations.organizationsByAcronyms(reader, acronyms),
      keyOf: (o) => o.acronym,
      cacheKeyFn: (acronym) => acronym.toUpperCase(),
    },
  );
  const [workRegister, workRegisterBySlug] = twoKeyLoaders(
    { load: (ids: readonly string[]) => registers.registersByIds(reader, ids), keyOf: (r) => r.id },
    { load: (slugs: readonly string[]) => registers.registersBySlugs(reader, slugs), keyOf: (r) => r.slug },
  );
  const today = schedule.today;
  // Dashboard figures and search matches come from the process's cache while the data version
  // stays the same; the version is read once a request, and only when a figure is asked for.
  const version = once(() => stats.dataVersion(reader));
  const caches =
    figureCaches.get(db) ??
    figureCaches
      .set(db, { figures: new stats.FigureCache(), titleOrders: new stats.FigureCache(TITLE_ORDERS) })
      .get(db)!;
  const figure = async <T>(key: string, compute: () => Promise<T>) =>
    caches.figures.figure(await version(), key, compute);
  // A search's words in any order match the same registers: one key for them.
  const searchKey = (words: readonly string[]) => [...words].sort().join(' ');
  // The searches this request found asked before it, at the data version it reads.
  const askedBefore = new Set<string>();
  const searchReads: pages.SearchReads = {
    async matches(words) {
      const key = searchKey(words);
      const figureKey = `searchMatches|${key}`;
      const at = await version();
      if (caches.figures.has(at, figureKey)) askedBefore.add(key);
      return caches.figures.figure(at, figureKey, () => search.searchMatches(reader, words));
    },
    // Sorting every match costs a search's first ask several times over, so a search asked once
    // (a word typed into a box) never pays for it: the order is read from its second ask on.
    async titleOrder(words, total) {
      const key = searchKey(words);
      if (!askedBefore.has(key) || total > MAX_TITLE_ORDER) return undefined;
      return caches.titleOrders.figure(await version(), key, () => search.titleOrder(reader, words));
    },
  };
  return {
    reads: {
      registerPage: (args: ConnectionArgs, filter: pages.RegisterFilter, order: pages.RegisterOrder) =>
        pages.registerPage(reader, args, filter, order, today, searchReads),
      milestonePage: (args: ConnectionArgs, window: pages.MilestoneWindow) => pages.milestonePage(reader, args, window),
      findingPage: (args: ConnectionArgs, filter: findings.FindingFilter) =>
        findings.findingPage(reader, args, filter, today),
      findingCounts: () => figure(`findingCounts|${today}`, () => findings.findingCounts(reader, today)),
      organizationPage: (args: ConnectionArgs) => organizations.organizationPage(reader, args),
      edgePage: (ids: readonly string[] | null, args: ConnectionArgs, count: () => Promise<number>) =>
        graph.edgePage(reader, ids, args, count),
      edgesAmong: (ids: readonly string[]) => graph.edgesAmong(reader, ids),
      countByStatus: () => figure('countByStatus', () => stats.countByStatus(reader)),
      countByOrganization: () => figure('countByOrganization', () => stats.countByOrganization(reader)),
      reviewsDueByMonth: (from: string, to: string) =>
        figure(`reviewsDueByMonth|${from}|${to}`, () => stats.reviewsDueByMonth(reader, from, to)),
      /** The subscriptions a caller manages: every one for admins, their organizations' for editors. */
      async webhookSubscriptions(viewer: Viewer) {
        if (viewer.isAdmin) return webhookStore.subscriptionsOf(reader, 'all');
        const editing = await organizations.organizationsByAcronyms(reader, [...viewer.editorOf]);
        return editing.length
          ? webhookStore.subscriptionsOf(
              reader,
              editing.map((o) => o.id),
            )
          : [];
      },
    },
    organization,
    organizationByAcronym,
    unit: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await organizations.unitsByIds(reader, ids), (u) => u.id),
    ),
    unitsOfOrganization: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await organizations.unitsByOrganizationIds(reader, ids), (u) => u.organizationId),
    ),
    workRegister,
    workRegisterBySlug,
    /** A register's background and JSON lists, read only for the fields that show them. */
    bodyOfRegister: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await registers.bodiesByRegisterIds(reader, ids), (b) => b.id),
    ),
    /** The document's source text, read only for `source { text }`. */
    sourceTextOfRegister: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await registers.sourceTextsByRegisterIds(reader, ids), (r) => r.id),
    ),
    /** Where each field was read in the source, read only for `source { fields }`; [] when none was kept. */
    sourceFieldsOfRegister: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await registers.sourceFieldsByRegisterIds(reader, ids), (r) => r.workRegisterId).map(
        (row) => row?.fields ?? [],
      ),
    ),
    partiesOfRegister: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await registers.partiesByRegisterIds(reader, ids), (p) => p.workRegisterId),
    ),
    milestonesOfRegister: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await registers.milestonesByRegisterIds(reader, ids), (m) => m.workRegisterId),
    ),
    /** The document's own revision trail, for every register of the request in one statement. */
    documentRevisionsOfRegister: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await registers.documentRevisionsByRegisterIds(reader, ids), (r) => r.workRegisterId),
    ),
    sectionsOfRegister: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await registers.sectionsByRegisterIds(reader, ids), (s) => s.workRegisterId),
    ),
    findingsOfRegister: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await findings.findingsOfRegisters(reader, ids, schedule.today), (f) => f.register_id),
    ),
    partnersOfOrganization: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await graph.partnersOf(reader, ids), (pair) => pair.organizationId),
    ),
    registersOfPartnership: createChildConnectionLoader(
      (pairKeys) => graph.registersOfPairs(reader, pairKeys),
      graph.partnershipRegisterKeys,
    ),
    /** Which organizations share registers, for walks over the alliance graph; read once a request. */
    allianceAdjacency: onceLoader(() => graph.adjacency(reader)),
    deliveriesOfSubscription: createChildConnectionLoader(
      (ids) => webhookStore.deliveriesOfSubscriptions(reader, ids),
      webhookStore.deliveryChildKeys,
      { descending: true },
    ),
    delivery: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await webhookStore.deliveriesByIds(reader, ids), (d) => d.id),
    ),
    attemptsOfDelivery: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await webhookStore.attemptsOfDeliveries(reader, ids), (a) => a.deliveryId),
    ),
    historyOfRegister: createChildConnectionLoader(
      (ids) => history.revisionsOfRegisters(reader, ids),
      history.historyChildKeys,
      { descending: true },
    ),
    revisionById: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await history.revisionsByIds(reader, ids), (r) => r.id),
    ),
    /** A register as it was at one revision: `{ id: register id, revision }`. */
    revisionAt: revisionLoader(
      (keys) => history.revisionsByKeys(reader, keys),
      (r) => ({ id: r.workRegisterId, revision: r.revision }),
    ),
    registersOfOrganization: createChildConnectionLoader(
      (ids) => registers.registersOfOrganizations(reader, ids),
      registers.registerChildKeys,
    ),
    /** The count organization_register_count keeps: an organization page's totalCount. */
    registerCountOfOrganization: new DataLoader(async (ids: readonly string[]) => {
      const counts = await registers.registerCountsOfOrganizations(reader, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface RegistryContext {
  db: Database;
  /** The caller, as the request's bearer token names them. */
  viewer: Viewer;
  loaders: Loaders;
  schedule: Schedule;
  /** Where webhook payloads link to (PUBLIC_URL). */
  links: Links;
  /** Sealing of signing secrets and where deliveries may go, for the webhook commands. */
  webhooks: WebhookConfig;
}
