import { describe, expect, it } from 'vitest';
import { changedContacts, changedSides, sameList, type ListedPoint } from '../src/domain/list-changes.js';

/** Who must approve an import, and whose history it touches. */

const point = (contactId: string, organizationId: string, role: string | null = null): ListedPoint => ({
  contactId,
  organizationId,
  role,
});
const list = [point('nan', 'MEF', 'President'), point('bill', 'MEF'), point('list', 'DMTF')];

describe('changedSides and changedContacts', () => {
  it('find nothing in an unchanged list, whatever extra columns the rows carry', () => {
    const rows = list.map((p, position) => ({ ...p, id: `row-${position}`, position }));
    expect(changedSides(rows, list)).toEqual([]);
    expect(changedContacts(rows, list)).toEqual([]);
    expect(sameList(rows, list)).toBe(true);
  });

  it('name the side and the contact a role change touches', () => {
    const after = [point('nan', 'MEF', 'CEO'), ...list.slice(1)];
    expect(changedSides(list, after)).toEqual(['MEF']);
    expect(changedContacts(list, after)).toEqual(['nan']);
  });

  it('count a reorder within a side, not one across sides', () => {
    expect(changedSides(list, [list[1]!, list[0]!, list[2]!])).toEqual(['MEF']);
    const across = [list[2]!, list[0]!, list[1]!];
    expect(changedSides(list, across)).toEqual([]);
    expect(sameList(list, across)).toBe(false);
  });

  it('name both sides when a contact moves from one to the other', () => {
    const after = [list[0]!, list[1]!, point('list', 'MEF')];
    expect(changedSides(list, after).sort()).toEqual(['DMTF', 'MEF']);
    expect(changedContacts(list, after)).toEqual(['list']);
  });
});
