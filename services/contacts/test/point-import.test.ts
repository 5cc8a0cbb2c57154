import { describe, expect, it } from 'vitest';
import { planImport, type PointOfContactImport } from '../src/domain/point-import.js';
import type { Contact, PointOfContact } from '../src/entities/index.js';

/** What an import of a register's points of contact would do, decided without a database. */

const AT = '2026-11-24T00:00:00.000Z';
const entry = (email: string, organizationId: string, title: string | null = null): PointOfContactImport => ({
  organizationId,
  name: email.split('@')[0]!,
  title,
  email,
  kind: 'PERSON',
});
const contact = (id: string, email: string): Contact => ({
  id,
  kind: 'PERSON',
  name: id,
  email,
  title: null,
  organizationId: 'mef',
  revision: 3,
  createdAt: AT,
  updatedAt: AT,
});
const point = (contactId: string, organizationId: string, role: string | null, position: number): PointOfContact => ({
  id: `p${position}`,
  workRegisterId: 'r',
  contactId,
  organizationId,
  role,
  position,
  createdAt: AT,
});

describe('planImport', () => {
  it('finds contacts by email, creates the new ones, and lists each person once (as their last entry says)', () => {
    const plan = planImport(
      'r',
      [entry('Nan@MEF.net', 'mef', 'President'), entry('nan@mef.net', 'mef'), entry('new@dmtf.org', 'dmtf')],
      [contact('nan', 'nan@mef.net')],
      [],
      AT,
    );
    expect(plan.created.map((c) => [c.email, c.revision])).toEqual([['new@dmtf.org', 1]]);
    expect(plan.wanted.map((p) => [p.contactId, p.organizationId, p.role])).toEqual([
      ['nan', 'mef', null],
      [plan.created[0]!.id, 'dmtf', null],
    ]);
    expect(plan.changedSides.sort()).toEqual(['dmtf', 'mef']);
    expect(plan.changedContacts).toEqual(['nan']);
    expect(plan.unchanged).toBe(false);
  });

  it('says an import of the same list changes nothing, and which sides a changed role touches', () => {
    const current = [point('nan', 'mef', 'President', 0), point('eva', 'dmtf', 'Chair', 1)];
    const known = [contact('nan', 'nan@mef.net'), contact('eva', 'eva@dmtf.org')];
    const same = planImport(
      'r',
      [entry('nan@mef.net', 'mef', 'President'), entry('eva@dmtf.org', 'dmtf', 'Chair')],
      known,
      current,
      AT,
    );
    expect(same).toMatchObject({ unchanged: true, changedSides: [], listed: ['mef', 'dmtf'] });
    const renamed = planImport(
      'r',
      [entry('nan@mef.net', 'mef', 'CEO'), entry('eva@dmtf.org', 'dmtf', 'Chair')],
      known,
      current,
      AT,
    );
    expect(renamed).toMatchObject({ unchanged: false, changedSides: ['mef'], changedContacts: ['nan'] });
  });
});
