import type { TableColumnOptions } from 'typeorm';

/**
 * Column shapes for migrations written with TypeORM's Table API, which emits the right DDL
 * on both SQLite and PostgreSQL. They mirror the entity columns: UUID ids as varchar(36),
 * ISO dates and timestamps as short strings, JSON lists as text.
 */
export const columns = {
  id: (): TableColumnOptions => ({ name: 'id', type: 'varchar', length: '36', isPrimary: true }),
  ref: (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable }),
  varchar: (name: string, length: number, isNullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable,
  }),
  text: (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'text', isNullable }),
  json: (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'text', isNullable }),
  integer: (name: string): TableColumnOptions => ({ name, type: 'integer' }),
  timestamp: (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '32' }),
};
