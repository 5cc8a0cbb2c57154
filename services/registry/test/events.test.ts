import { describe, expect, it } from 'vitest';
import { concernedAcronyms, registerEvents, type RegisterWritten } from '../src/domain/events.js';
import type { RegisterState } from '../src/domain/register-state.js';
import { registerState } from './support/register-state.js';

const state = (changes: Partial<RegisterState> = {}) =>
  registerState({ status: 'DRAFT', review: null, approval: null, findings: [], ...changes });

const written = (before: RegisterState | null, after: RegisterState): RegisterWritten => ({
  register: { id: 'r1', slug: 'mef-dmtf', title: after.title, revision: before ? 2 : 1 },
  before,
  after,
  author: { subject: 'admin', name: null },
  summary: 'Edited',
  changes: [],
  url: 'https://registry.example.org/registers/mef-dmtf',
});

const types = (before: RegisterState | null, after: RegisterState) =>
  registerEvents(written(before, after)).map((event) => event.type);

describe('registerEvents', () => {
  it('announces a new register as created, and any later revision as changed', () => {
    expect(types(null, state())).toEqual(['register.created']);
    expect(types(state(), state({ background: 'Why' }))).toEqual(['register.changed']);
  });

  it('adds a status change, with from, to and reason', () => {
    const events = registerEvents(written(state(), state({ status: 'TERMINATED', statusReason: 'Superseded' })));
    expect(events.map((e) => e.type)).toEqual(['register.changed', 'register.status_changed']);
    expect(events[1]!.data.status).toEqual({ from: 'DRAFT', to: 'TERMINATED', reason: 'Superseded' });
  });

  it('adds a recorded review only when the day of the last review moves', () => {
    const review = {
      trigger: null,
      dueBy: '2027-11',
      precision: 'MONTH' as const,
      lastReviewedOn: '2026-11-01',
      lastOutcome: 'CONTINUE' as const,
    };
    expect(types(state(), state({ review }))).toEqual(['register.changed', 'review.recorded']);
    expect(types(state({ review }), state({ review: { ...review, trigger: 'Yearly' } }))).toEqual(['register.changed']);
  });
});

describe('concernedAcronyms', () => {
  it('names the parties before and after, so a party removed hears of it', () => {
    const after = state({ parties: [{ acronym: 'MEF', name: 'MEF', unit: null }] });
    expect(concernedAcronyms(state(), after)).toEqual(['MEF', 'DMTF']);
  });
});
