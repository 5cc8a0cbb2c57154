import type { MigrationInterface, QueryRunner } from 'typeorm';
import { moveVersionOnChangesTo, stopVersionOnChangesTo } from './1765400000000-data-version.js';

/**
 * The data version moves on when a search document changes too, so a search's matches can be
 * kept per version like the dashboard's figures (loaders.ts): whatever path rewrites a register's
 * words, its next search reads them anew. A document is written with its register, whose own row
 * moves the version already; the trigger makes it so without relying on that.
 */
export class SearchDataVersion1766200000000 implements MigrationInterface {
  name = 'SearchDataVersion1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await moveVersionOnChangesTo(q, ['search_document']);
  }

  async down(q: QueryRunner): Promise<void> {
    await stopVersionOnChangesTo(q, ['search_document']);
  }
}
