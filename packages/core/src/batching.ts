import DataLoader from 'dataloader';

/**
 * Helpers for DataLoader batch functions: a batch function must answer in the order of its
 * keys, with one result per key, whatever order the database returned rows in.
 */

/** One row per key (or null), e.g. entities by id. */
export function byKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}

/** All rows per key (possibly none), e.g. a register's parties. Rows keep their order. */
export function groupByKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** One revision of one record: the key of "this record as it was at revision n". */
export interface RevisionKey {
  id: string;
  revision: number;
}

/**
 * Revisions by record and number, one statement a batch. Keys are objects; `cacheKeyFn` gives
 * DataLoader the string it caches by (never a joined string a caller has to build or parse).
 */
export function revisionLoader<T>(
  load: (keys: readonly RevisionKey[]) => Promise<readonly T[]>,
  keyOf: (row: T) => RevisionKey,
): DataLoader<RevisionKey, T | null, string> {
  const cacheKey = (key: RevisionKey) => `${key.id}\u0000${key.revision}`;
  return new DataLoader(async (keys) => byKey(keys.map(cacheKey), await load(keys), (row) => cacheKey(keyOf(row))), {
    cacheKeyFn: cacheKey,
  });
}

/**
 * Two loaders of one kind of row by two keys (id and slug, id and acronym): a row one of them
 * finds is primed in the other, so asking for it by the other key costs no statement
 * (graphql/dataloader's README, "priming alternative keys").
 */
export function twoKeyLoaders<T, A, B>(
  a: { load: (keys: readonly A[]) => Promise<readonly T[]>; keyOf: (row: T) => A; cacheKeyFn?: (key: A) => A },
  b: { load: (keys: readonly B[]) => Promise<readonly T[]>; keyOf: (row: T) => B; cacheKeyFn?: (key: B) => B },
): [DataLoader<A, T | null, A>, DataLoader<B, T | null, B>] {
  const normal = <K>(fn?: (key: K) => K) => fn ?? ((key: K) => key);
  const byA: DataLoader<A, T | null, A> = new DataLoader(
    async (keys) => {
      const rows = await a.load(keys);
      for (const row of rows) byB.prime(b.keyOf(row), row);
      return byKey(keys.map(normal(a.cacheKeyFn)), rows, (row) => normal(a.cacheKeyFn)(a.keyOf(row)));
    },
    { cacheKeyFn: normal(a.cacheKeyFn) },
  );
  const byB: DataLoader<B, T | null, B> = new DataLoader(
    async (keys) => {
      const rows = await b.load(keys);
      for (const row of rows) byA.prime(a.keyOf(row), row);
      return byKey(keys.map(normal(b.cacheKeyFn)), rows, (row) => normal(b.cacheKeyFn)(b.keyOf(row)));
    },
    { cacheKeyFn: normal(b.cacheKeyFn) },
  );
  return [byA, byB];
}

/**
 * Mutation resolvers that give the request fresh loaders once their write is done: what was
 * cached before it (a register read to authorize the change) would otherwise answer the fields
 * of the payload with the state before the write.
 */
export function renewLoadersAfter<C extends { loaders: unknown }, M extends Record<string, unknown>>(
  mutations: M,
  renew: (context: C) => C['loaders'],
): M {
  const wrapped = Object.entries(mutations).map(([name, resolve]) => [
    name,
    async (parent: unknown, args: unknown, context: C, info: unknown) => {
      try {
        return await (resolve as (...a: unknown[]) => unknown)(parent, args, context, info);
      } finally {
        context.loaders = renew(context);
      }
    },
  ]);
  return Object.fromEntries(wrapped) as M;
}

/** A value read at most once a request, asked like any loader: `load()`. */
export function onceLoader<T>(compute: () => Promise<T>): { load(): Promise<T> } {
  let result: Promise<T> | undefined;
  return { load: () => (result ??= compute()) };
}

/**
 * The row a stored reference points at (a party's organization, an edge's register). Foreign
 * keys guarantee it exists, so its absence is a broken database, never a null for the client:
 * the request fails loudly (masked as INTERNAL_SERVER_ERROR) instead.
 */
export async function referenced<K, T>(loader: { load(key: K): Promise<T | null> }, key: K): Promise<T> {
  const row = await loader.load(key);
  if (row === null) throw new Error(`Dangling reference: nothing found for ${JSON.stringify(key)}`);
  return row;
}
