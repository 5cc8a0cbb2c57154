import { describe, expect, it } from 'vitest';
import { contactEvents, type EventNames, type RecordedRevision } from '../src/domain/events.js';
import type { ContactSnapshot } from '../src/entities/index.js';

const snapshot = (changes: Partial<ContactSnapshot> = {}): ContactSnapshot => ({
  kind: 'PERSON',
  name: 'Ada Liaison',
  email: 'ada@dmtf.org',
  title: null,
  organizationId: 'org-dmtf',
  pointsOfContact: [],
  ...changes,
});

const names: EventNames = {
  acronymOf: (id) => ({ 'org-dmtf': 'DMTF', 'org-mef': 'MEF' })[id ?? ''] ?? null,
  register: (id) => (id === 'reg-1' ? { id, slug: 'mef-dmtf', title: 'MEF / DMTF Work Register' } : null),
  publicUrl: 'https://registry.example.org',
};

const revision = (before: ContactSnapshot | null, after: ContactSnapshot, number = 2) =>
  ({
    contactId: 'c1',
    revision: number,
    summary: 'Edited',
    author: { subject: 'admin', name: null },
    before,
    after,
    changes: [],
  }) satisfies RecordedRevision & { changes: unknown[] };

describe('contactEvents', () => {
  it('is one event per revision, ordered by the contact and its revision number', () => {
    const [event] = contactEvents('contact.changed', [revision(snapshot(), snapshot({ title: 'Chair' }), 7)], names);
    expect(event).toMatchObject({ type: 'contact.changed', orderingKey: 'c1', position: 7 });
    expect(event!.data.contact).toMatchObject({
      id: 'c1',
      revision: 7,
      organization: { id: 'org-dmtf', acronym: 'DMTF' },
    });
  });

  it('concerns the contact’s organization and every side it is listed for, before and after', () => {
    const listed = snapshot({
      pointsOfContact: [{ workRegisterId: 'reg-1', organizationId: 'org-mef', role: 'Liaison' }],
    });
    const moved = snapshot({ organizationId: null, pointsOfContact: [] });
    const [event] = contactEvents('point_of_contact.changed', [revision(listed, moved)], names);
    expect(event!.organizationIds.sort()).toEqual(['org-dmtf', 'org-mef']);
    expect(event!.data.organizations).toEqual(['DMTF', 'MEF']);
    expect(event!.data.contact).toMatchObject({ organization: null });
  });

  it('links each register the contact is listed on, and says so when the write did not look one up', () => {
    const after = snapshot({
      pointsOfContact: [
        { workRegisterId: 'reg-1', organizationId: 'org-dmtf', role: 'Liaison' },
        { workRegisterId: 'reg-unknown', organizationId: 'org-dmtf', role: null },
      ],
    });
    const [event] = contactEvents('point_of_contact.changed', [revision(null, after, 1)], names);
    expect(event!.data.pointsOfContact).toEqual([
      {
        workRegister: {
          id: 'reg-1',
          slug: 'mef-dmtf',
          title: 'MEF / DMTF Work Register',
          url: 'https://registry.example.org/registers/mef-dmtf',
        },
        organization: { id: 'org-dmtf', acronym: 'DMTF' },
        role: 'Liaison',
      },
      {
        workRegister: { id: 'reg-unknown', slug: null, title: null, url: null },
        organization: { id: 'org-dmtf', acronym: 'DMTF' },
        role: null,
      },
    ]);
  });
});
