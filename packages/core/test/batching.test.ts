import { describe, expect, it } from 'vitest';
import DataLoader from 'dataloader';
import { referenced, renewLoadersAfter, revisionLoader, twoKeyLoaders } from '../src/index.js';

interface Row {
  id: string;
  slug: string;
}

const rows: Row[] = [
  { id: '1', slug: 'mef-dmtf' },
  { id: '2', slug: 'dmtf-snia' },
];

/** Batch functions that record each batch they are asked, answering in the database's own order. */
function source() {
  const batches: string[][] = [];
  const find = (match: (row: Row, key: string) => boolean) => async (keys: readonly string[]) => {
    batches.push([...keys]);
    return [...rows].reverse().filter((row) => keys.some((key) => match(row, key)));
  };
  return {
    batches,
    byId: find((row, key) => row.id === key),
    bySlug: find((row, key) => row.slug === key.toLowerCase()),
  };
}

describe('twoKeyLoaders', () => {
  it('primes the other key: a row found by slug is then found by id without a batch', async () => {
    const db = source();
    const [byId, bySlug] = twoKeyLoaders(
      { load: db.byId, keyOf: (r: Row) => r.id },
      { load: db.bySlug, keyOf: (r: Row) => r.slug, cacheKeyFn: (slug: string) => slug.toLowerCase() },
    );
    expect(await Promise.all([bySlug.load('MEF-DMTF'), bySlug.load('nope')])).toEqual([rows[0], null]);
    expect(await byId.load('1')).toEqual(rows[0]);
    expect(await bySlug.load('mef-dmtf')).toEqual(rows[0]);
    expect(db.batches).toEqual([['MEF-DMTF', 'nope']]);
  });

  it('answers in the order of the keys', async () => {
    const db = source();
    const [byId] = twoKeyLoaders(
      { load: db.byId, keyOf: (r: Row) => r.id },
      { load: db.bySlug, keyOf: (r: Row) => r.slug },
    );
    expect(await byId.loadMany(['1', '2', '3'])).toEqual([rows[0], rows[1], null]);
  });
});

describe('revisionLoader', () => {
  it('takes object keys, batches them, and tells apart revisions of different records', async () => {
    const asked: unknown[] = [];
    const revisions = [
      { record: 'a', n: 1, text: 'a1' },
      { record: 'a', n: 2, text: 'a2' },
      { record: 'b', n: 1, text: 'b1' },
    ];
    const loader = revisionLoader(
      async (keys) => {
        asked.push(keys);
        return revisions.filter((r) => keys.some((k) => k.id === r.record || k.revision === r.n));
      },
      (r) => ({ id: r.record, revision: r.n }),
    );
    const found = await Promise.all([
      loader.load({ id: 'a', revision: 2 }),
      loader.load({ id: 'b', revision: 1 }),
      loader.load({ id: 'b', revision: 2 }),
    ]);
    expect(found.map((r) => r?.text ?? null)).toEqual(['a2', 'b1', null]);
    expect(await loader.load({ id: 'a', revision: 2 })).toBe(found[0]);
    expect(asked).toHaveLength(1);
  });
});

describe('renewLoadersAfter', () => {
  it('gives the request new loaders once a write is done, whether it succeeded or not', async () => {
    const context = { loaders: { generation: 0 } };
    const mutations = renewLoadersAfter(
      {
        save: async (_parent: unknown, args: { fail: boolean }) => {
          if (args.fail) throw new Error('refused');
          return 'saved';
        },
      },
      (c: typeof context) => ({ generation: c.loaders.generation + 1 }),
    );
    await expect(mutations.save(null, { fail: false }, context, null)).resolves.toBe('saved');
    expect(context.loaders.generation).toBe(1);
    await expect(mutations.save(null, { fail: true }, context, null)).rejects.toThrow('refused');
    expect(context.loaders.generation).toBe(2);
  });
});

describe('referenced', () => {
  const loader = new DataLoader(async (ids: readonly string[]) => ids.map((id) => (id === 'a' ? { id } : null)));

  it('gives the row a stored reference points at', async () => {
    await expect(referenced(loader, 'a')).resolves.toEqual({ id: 'a' });
  });

  it('fails the field, naming the key, when the row is missing (a broken database, not a null)', async () => {
    await expect(referenced(loader, 'gone')).rejects.toThrow('Dangling reference: nothing found for "gone"');
  });
});
