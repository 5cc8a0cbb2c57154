import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';

/**
 * A statement's text with its named parameters (`:name`, `:...list`) already turned into the
 * driver's positional ones (`?` on SQLite, `$1` on PostgreSQL), and how to bind values to it.
 *
 * TypeORM rebuilds a query builder's text and rewrites its parameters with a regular expression
 * over the whole text on every run. For a statement whose text stays the same from request to
 * request while its values change (the UNION ALL of a page per parent, 51 arms on an
 * organization page), that work is done once per text, and a run binds values only.
 */
export interface PositionalStatement {
  text: string;
  /** The values for `text`, in order, from parameters named as when it was built. */
  bind(parameters: ObjectLiteral): unknown[];
}

/** Where one placeholder's value comes from: a parameter, or one element of a list parameter. */
interface Slot {
  name: string;
  element?: number;
}

/** The names TypeORM's drivers match when they bind (AbstractSqliteDriver, PostgresDriver). */
export const NAMED_PARAMETER = /:(\.\.\.)?([A-Za-z0-9_.]+)/g;

/**
 * `sql` of a query builder over `connection`, its named `parameters` made positional. Lists
 * give a placeholder per element, so the text holds for lists of these lengths only: a cache of
 * such statements must key them by the lengths too (`listLengths`). Strings, numbers and nulls
 * are bound as they are; SQLite's driver would write numbers into the text, which would make
 * the text differ with every value.
 */
export function positionalStatement(
  qb: SelectQueryBuilder<ObjectLiteral>,
  sql: string,
  parameters: ObjectLiteral,
): PositionalStatement {
  const { driver } = qb.connection;
  const slots: Slot[] = [];
  const placeholder = (slot: Slot) => {
    slots.push(slot);
    return driver.createParameter(slot.name, slots.length - 1);
  };
  const text = sql.replace(NAMED_PARAMETER, (match, spread: string | undefined, name: string) => {
    if (!Object.hasOwn(parameters, name)) return match;
    const value: unknown = parameters[name];
    if (spread) {
      if (!Array.isArray(value)) throw new TypeError(`:...${name} must be bound to a list`);
      return value.map((element, i) => (bindable(name, element), placeholder({ name, element: i }))).join(', ');
    }
    bindable(name, value);
    return placeholder({ name });
  });
  return {
    text,
    bind: (values) =>
      slots.map(({ name, element }) => (element === undefined ? values[name] : (values[name] as unknown[])[element])),
  };
}

function bindable(name: string, value: unknown) {
  if (value !== null && typeof value !== 'string' && typeof value !== 'number') {
    throw new TypeError(`:${name} must be a string, a number or null to be bound positionally, got ${typeof value}`);
  }
}

/** The lengths of the list parameters, for a cache key of positional statements. */
export const listLengths = (parameters: ObjectLiteral): string =>
  Object.entries(parameters)
    .filter(([, value]) => Array.isArray(value))
    .map(([name, value]) => `${name}:${(value as unknown[]).length}`)
    .join(',');

/**
 * Runs a positional statement as the query builder would run its own: on its query runner when
 * it has one (inside a transaction), else on a runner of its data source, counted and logged by
 * the database's logger like any other statement.
 */
export function runPositional(
  qb: SelectQueryBuilder<ObjectLiteral>,
  statement: PositionalStatement,
  parameters: ObjectLiteral,
): Promise<Record<string, unknown>[]> {
  // queryRunner is protected in TypeORM's types; a builder made from a transaction's manager has one.
  const runner = (qb as unknown as { queryRunner?: QueryRunner }).queryRunner;
  return runOn(qb.connection, runner, statement, parameters);
}

const runOn = (
  dataSource: DataSource,
  runner: QueryRunner | undefined,
  statement: PositionalStatement,
  parameters: ObjectLiteral,
): Promise<Record<string, unknown>[]> => dataSource.query(statement.text, statement.bind(parameters), runner);

/** A bounded cache: the oldest entry goes first, as TypeORM's own statement cache does. */
export class StatementCache {
  private readonly entries = new Map<string, PositionalStatement>();
  constructor(private readonly capacity = 256) {}

  get(key: string, build: () => PositionalStatement): PositionalStatement {
    let statement = this.entries.get(key);
    if (!statement) {
      statement = build();
      this.entries.set(key, statement);
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    return statement;
  }
}

const caches = new WeakMap<DataSource, StatementCache>();

/**
 * A data source's cache of positional statements: a text holds for its driver only (`?` or `$1`,
 * its quoting, its schema), so each data source keeps its own.
 */
export const statementsOf = (dataSource: DataSource): StatementCache =>
  caches.get(dataSource) ?? caches.set(dataSource, new StatementCache()).get(dataSource)!;

export interface KeyedRead<T> {
  /** The property looked up: `WHERE <its column> IN (…keys)`. */
  key: keyof T & string;
  keys: readonly (string | number)[];
  /** The properties to read; every column when unset. */
  select?: readonly (keyof T & string)[];
  /** A property to sort by, ascending (a list's position). */
  order?: keyof T & string;
}

/**
 * The entities whose `key` is one of `keys`, as `find({ select, where: { key: In(keys) }, order })`
 * gives them, with the statement built once per shape and rows hydrated column by column as
 * TypeORM's own transformer does (`prepareHydratedValue`, so JSON and date columns read the same).
 * The loaders of the lists looked up by one key call this (those sorted by name keep `find`):
 * TypeORM's query builder and transformer per call were a seventh of the page of 50's CPU
 * (docs/performance.md).
 */
export async function findByKeys<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  read: KeyedRead<T>,
): Promise<T[]> {
  if (read.keys.length === 0) return [];
  const metadata = manager.connection.getMetadata(target);
  const columns = read.select
    ? read.select.map((name) => metadata.findColumnWithPropertyName(name)!)
    : metadata.columns.filter((column) => !column.isVirtual);
  const shape = [metadata.name, read.key, read.order ?? '', read.keys.length, columns.map((c) => c.propertyName)];
  const statement = statementsOf(manager.connection).get(`findByKeys|${shape.join('|')}`, () => {
    const qb = manager.createQueryBuilder(target, 'e').select([]);
    for (const column of columns) qb.addSelect(`e.${column.propertyName}`, column.propertyName);
    qb.where(`e.${read.key} IN (:...keys)`, { keys: [...read.keys] });
    if (read.order) qb.orderBy(`e.${read.order}`, 'ASC');
    return positionalStatement(qb, qb.getQuery(), qb.getParameters());
  });
  // On the manager's own runner when it has one (a transaction's), as `find` would run.
  const rows = await runOn(manager.connection, manager.queryRunner, statement, { keys: read.keys });
  const { driver } = manager.connection;
  return rows.map((row) => {
    const entity = metadata.create() as T;
    for (const column of columns) {
      const value = row[column.propertyName];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  });
}
