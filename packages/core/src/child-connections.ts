import DataLoader from 'dataloader';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  applyKeyset,
  readConnectionArgs,
  toConnection,
  type Connection,
  type ConnectionArgs,
  type PageRequest,
  type SortValue,
} from './pagination.js';

/**
 * Connections nested under a list of parents (every organization's registers, every contact's
 * registers) are fetched for all parents of a request at once: one windowed SELECT
 * (ROW_NUMBER() OVER (PARTITION BY parent …)) per page shape, and one grouped COUNT if asked.
 * The statement count therefore does not grow with the number of parents or the page size.
 */

export interface ChildQuery {
  /** FROM/JOIN/WHERE over the children of exactly these parents; no SELECT or ORDER BY. */
  query: SelectQueryBuilder<ObjectLiteral>;
  /** SQL expression of the parent key, e.g. `party.organization_id`. */
  parentColumn: string;
}

export interface ChildKey {
  column: string;
  /** Result alias; also read back from the row. */
  alias: string;
}

export interface ChildRow {
  parent: string;
  /** The sort key; its last element is the child's id. */
  key: SortValue[];
  id: string;
}

/** Pages of a list under many parents: `load(parent, args)`, batched like any DataLoader. */
export interface ChildConnectionLoader {
  load(parent: string, args: ConnectionArgs): Promise<Connection<ChildRow>>;
}

async function fetchPages(child: ChildQuery, keys: readonly ChildKey[], page: PageRequest, descending: boolean) {
  const direction = page.backward !== descending ? 'DESC' : 'ASC';
  const order = keys.map((k) => `${k.column} ${direction}`).join(', ');
  const inner = child.query.clone().select(child.parentColumn, 'parent');
  for (const key of keys) inner.addSelect(key.column, key.alias);
  inner.addSelect(`ROW_NUMBER() OVER (PARTITION BY ${child.parentColumn} ORDER BY ${order})`, 'rn');
  // applyKeyset adds the cursor's WHERE; its ORDER BY is dropped, the window function orders.
  applyKeyset(inner, keys, page, descending).orderBy();
  const rows: Record<string, unknown>[] = await inner
    .createQueryBuilder()
    .select('*')
    .from(`(${inner.getQuery()})`, 'page')
    .setParameters(inner.getParameters())
    .andWhere('page.rn <= :pageLimit', { pageLimit: page.limit + 1 })
    .orderBy('page.rn', 'ASC')
    .getRawMany();
  const byParent = new Map<string, ChildRow[]>();
  for (const row of rows) {
    const key = keys.map((k) => row[k.alias] as SortValue);
    const entry: ChildRow = { parent: String(row.parent), key, id: String(key.at(-1)) };
    const list = byParent.get(entry.parent) ?? [];
    list.push(entry);
    byParent.set(entry.parent, list);
  }
  return byParent;
}

async function countChildren(child: ChildQuery): Promise<Map<string, number>> {
  const rows: { parent: unknown; total: unknown }[] = await child.query
    .clone()
    .select(child.parentColumn, 'parent')
    .addSelect('COUNT(*)', 'total')
    .groupBy(child.parentColumn)
    .getRawMany();
  return new Map(rows.map((r) => [String(r.parent), Number(r.total)]));
}

/**
 * A per-request loader of child connections; `query(parents)` builds the child query. The
 * children are in ascending order of `keys`, or descending (newest revision first) if asked.
 */
export function createChildConnectionLoader(
  query: (parents: readonly string[]) => ChildQuery,
  keys: readonly ChildKey[],
  options: { descending?: boolean } = {},
): ChildConnectionLoader {
  const descending = options.descending ?? false;
  const counts = new DataLoader<string, number>(async (parents) => {
    const totals = await countChildren(query(parents));
    return parents.map((p) => totals.get(p) ?? 0);
  });
  const pagesByShape = new Map<string, DataLoader<string, Connection<ChildRow>>>();

  const load = (parent: string, args: ConnectionArgs) => {
    const page = readConnectionArgs(args, keys.length);
    const shape = JSON.stringify(page);
    let pages = pagesByShape.get(shape);
    if (!pages) {
      pages = new DataLoader(async (parents) => {
        const grouped =
          page.limit === 0 ? new Map<string, ChildRow[]>() : await fetchPages(query(parents), keys, page, descending);
        return parents.map((p) =>
          toConnection(
            grouped.get(p) ?? [],
            page,
            (row) => row.key,
            () => counts.load(p),
          ),
        );
      });
      pagesByShape.set(shape, pages);
    }
    return pages.load(parent);
  };
  return { load };
}
