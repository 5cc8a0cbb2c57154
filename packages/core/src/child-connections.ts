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
import { listLengths, NAMED_PARAMETER, positionalStatement, runPositional, statementsOf } from './positional-sql.js';

/**
 * Connections nested under a list of parents (every organization's registers, every contact's
 * registers) are fetched for all parents of a request at once: one SELECT per page shape (an
 * ORDER BY … LIMIT arm per parent, joined by UNION ALL), and one grouped COUNT if asked. The
 * statement count therefore does not grow with the number of parents or the page size.
 */

export interface ChildQuery {
  /**
   * FROM/JOIN/WHERE over the children of exactly these parents; no SELECT or ORDER BY. The
   * parents are bound as parameters (`IN (:...ids)`), never written into the SQL text.
   */
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
  /** The key's values by alias (`title`, `id`): what a list that shows only these needs. */
  values: Record<string, SortValue>;
}

/** Pages of a list under many parents: `load(parent, args)`, batched like any DataLoader. */
export interface ChildConnectionLoader {
  load(parent: string, args: ConnectionArgs): Promise<Connection<ChildRow>>;
}

/**
 * SQLite refuses a compound SELECT of over 500 terms (SQLITE_MAX_COMPOUND_SELECT); a request
 * with more parents (100 organizations' partners, say) takes a statement per 500.
 */
export const ARMS_PER_STATEMENT = 500;

/**
 * Every parent's page in one statement: an arm per parent that walks its children in order and
 * stops after limit + 1 rows (ORDER BY … LIMIT, which an index in that order answers without
 * reading the rest), the arms joined by UNION ALL. A window numbering every child of every
 * parent read all 3,352 registers of DMTF to return 21. At most ARMS_PER_STATEMENT parents.
 */
async function fetchPages(
  query: (parents: readonly string[]) => ChildQuery,
  parents: readonly string[],
  keys: readonly ChildKey[],
  page: PageRequest,
  descending: boolean,
) {
  const direction = page.backward !== descending ? 'DESC' : 'ASC';
  // Every arm has the same SQL text (a query builder's text never depends on the values it
  // binds), so one arm is built, and each parent's arm binds its own parent in its place.
  const first = query([parents[0]!]);
  const template = first.query.clone().select(first.parentColumn, 'parent');
  for (const key of keys) template.addSelect(key.column, key.alias);
  applyKeyset(template, keys, page, descending).limit(page.limit + 1);
  const sql = template.getQuery();
  const shared = template.getParameters();
  const own = parentParameter(shared, parents[0]!);
  const parameters: ObjectLiteral = {};
  parents.forEach((parent, i) => {
    for (const [name, value] of Object.entries(shared)) parameters[`${name}_${i}`] = name === own ? [parent] : value;
  });
  // The whole statement's text depends only on the arm's text, how many arms and which way: it
  // is built and made positional once, then only bound (positional-sql.ts).
  const key = [sql, parents.length, direction, listLengths(shared)].join('\u0000');
  const statement = statementsOf(template.connection).get(`union|${key}`, () => {
    const union = parents.map((_, i) => `SELECT * FROM (${withSuffixedParameters(sql, shared, `_${i}`)}) arm${i}`);
    const outer = template
      .createQueryBuilder()
      .select('*')
      .from(`(${union.join(' UNION ALL ')})`, 'page');
    if (armsNeedOuterOrder(template)) {
      outer.orderBy('page.parent', 'ASC');
      for (const k of keys) outer.addOrderBy(`page.${k.alias}`, direction);
    }
    return positionalStatement(template, outer.getQuery(), parameters);
  });
  const rows = await runPositional(template, statement, parameters);
  const byParent = new Map<string, ChildRow[]>();
  for (const row of rows) {
    const key = keys.map((k) => row[k.alias] as SortValue);
    // The row holds the key's values under their aliases already.
    const entry: ChildRow = {
      parent: String(row.parent),
      key,
      id: String(key.at(-1)),
      values: row as ChildRow['values'],
    };
    const list = byParent.get(entry.parent) ?? [];
    list.push(entry);
    byParent.set(entry.parent, list);
  }
  return byParent;
}

/**
 * Each arm (ORDER BY … LIMIT in a derived table) selects the right rows on any engine, and the
 * rows are grouped by parent above, so only the order within an arm matters: SQL promises it only
 * under an outer ORDER BY. SQLite runs a UNION ALL's arms one after another, each in its own order,
 * and sorting them again cost a third of the statement: the organization page's 51 partner pages
 * took 1.2–1.3 ms with the outer sort and 0.7–1.0 ms without. PostgreSQL may run an Append's arms in
 * parallel and interleave them, so it keeps the sort. test/child-pages.test.ts pages sixty parents
 * in one statement forwards, backwards and after a cursor, on both.
 */
const armsNeedOuterOrder = (query: SelectQueryBuilder<ObjectLiteral>) =>
  query.connection.driver.options.type !== 'better-sqlite3';

/** The name of the parameter a child query binds its one parent to (`IN (:...ids)`). */
function parentParameter(parameters: ObjectLiteral, parent: string): string {
  const names = Object.keys(parameters).filter((name) => {
    const value: unknown = parameters[name];
    return Array.isArray(value) && value.length === 1 && value[0] === parent;
  });
  if (names.length !== 1) {
    throw new Error(`a ChildQuery must bind its parents as one list parameter; found ${names.length} for one parent`);
  }
  return names[0]!;
}

/**
 * The arm's SQL with each of its named parameters renamed `<name><suffix>`, so every arm can
 * bind its own parent in one statement. Names are matched as TypeORM's drivers match them when
 * they bind, and only names the arm defines.
 */
function withSuffixedParameters(sql: string, parameters: ObjectLiteral, suffix: string) {
  return sql.replace(NAMED_PARAMETER, (match, spread: string | undefined, name: string) =>
    Object.hasOwn(parameters, name) ? `:${spread ?? ''}${name}${suffix}` : match,
  );
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
      pages = new DataLoader(
        async (parents) => {
          const grouped =
            page.limit === 0 ? new Map<string, ChildRow[]>() : await fetchPages(query, parents, keys, page, descending);
          return parents.map((p) =>
            toConnection(
              grouped.get(p) ?? [],
              page,
              (row) => row.key,
              () => counts.load(p),
            ),
          );
        },
        { maxBatchSize: ARMS_PER_STATEMENT },
      );
      pagesByShape.set(shape, pages);
    }
    return pages.load(parent);
  };
  return { load };
}
