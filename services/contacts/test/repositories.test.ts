import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@alliance/core';
import { freshDatabase } from '../../../test/support/storage.js';
import { entities } from '../src/entities/index.js';
import { createLoaders } from '../src/loaders.js';
import { migrations } from '../src/migrations/index.js';
import type { PointOfContactImport } from '../src/domain/point-import.js';
import { importPointsOfContact as importWithin } from '../src/repositories/contacts.js';
import { validatePointsOfContact } from '../src/validation.js';

/** The contacts subgraph's data access on a real, migrated database. */

let db: Database;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await freshDatabase('contacts', { entities, migrations }));
});
afterAll(() => close?.());

const mef = randomUUID();
const dmtf = randomUUID();
/** Sets a register's list in one transaction, as loading data does. */
const importPointsOfContact = (...args: Parameters<typeof importWithin> extends [unknown, ...infer R] ? R : never) =>
  db.transaction((manager) => importWithin(manager, ...args));

const person = (name: string, email: string, title: string | null = null): PointOfContactImport => ({
  organizationId: mef,
  name,
  email,
  title,
  kind: 'PERSON',
});

describe('importPointsOfContact', () => {
  const register = randomUUID();

  it('creates contacts and the register’s points of contact in order', async () => {
    const result = await importPointsOfContact(register, [
      person('Nan Chen', 'nan@metroethernetforum.org', 'President MEF'),
      { ...person('DMTF / MEF Alliance Contacts', 'mef-alliance@dmf.org'), organizationId: dmtf, kind: 'MAILING_LIST' },
    ]);
    expect(result.changed).toBe(true);
    expect(result.pointsOfContact.map((p) => [p.role, p.organizationId])).toEqual([
      ['President MEF', mef],
      [null, dmtf],
    ]);
  });

  it('is idempotent', async () => {
    const again = await importPointsOfContact(register, [
      person('Nan Chen', 'nan@metroethernetforum.org', 'President MEF'),
      { ...person('DMTF / MEF Alliance Contacts', 'mef-alliance@dmf.org'), organizationId: dmtf, kind: 'MAILING_LIST' },
    ]);
    expect(again.changed).toBe(false);
  });

  it('matches people by email, whatever the case, across registers', async () => {
    const other = randomUUID();
    await importPointsOfContact(other, [person('N. Chen', 'NAN@MetroEthernetForum.org', 'President')]);
    const loaders = createLoaders(db);
    const nan = (await loaders.contactByEmail.load('nan@metroethernetforum.org'))!;
    expect(nan).toMatchObject({ name: 'Nan Chen', title: 'President MEF' });
    const appearances = await loaders.appearancesOfContact.load(nan.id, { first: 10 });
    expect(await appearances.totalCount()).toBe(2);
  });

  it('lists a person named twice once', async () => {
    const result = await importPointsOfContact(randomUUID(), [
      person('Bill Bjorkman', 'bill@metroethernetforum.org', 'VP'),
      person('Bill Bjorkman', 'bill@metroethernetforum.org', 'VP'),
    ]);
    expect(result.pointsOfContact).toHaveLength(1);
  });

  it('replaces the list when the document changes', async () => {
    const result = await importPointsOfContact(register, [person('Nan Chen', 'nan@metroethernetforum.org', 'CEO')]);
    expect(result.changed).toBe(true);
    const current = await createLoaders(db).pointsOfContactOfRegister.load(register);
    expect(current.map((p) => p.role)).toEqual(['CEO']);
  });
});

describe('validatePointsOfContact', () => {
  it.each([
    ['not-a-uuid', [], 'workRegisterId'],
    [randomUUID(), [{ organizationId: 'x', name: 'A', email: 'a@b.org' }], 'contacts[0].organizationId'],
    [randomUUID(), [{ organizationId: randomUUID(), name: '', email: 'a@b.org' }], 'contacts[0].name'],
    [randomUUID(), [{ organizationId: randomUUID(), name: 'A', email: 'nope' }], 'contacts[0].email'],
  ])('rejects %s / %j at %s', (id, contacts, field) => {
    expect(() => validatePointsOfContact(id, contacts)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) }),
    );
  });
});
