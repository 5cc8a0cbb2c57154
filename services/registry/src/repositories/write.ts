import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { badUserInput, fieldChanges, notFound, recordEvents, staleRevision, type Author } from '@alliance/core';
import { periodEnd, precisionOf, registerSlug, type FieldSource } from '@alliance/document';
import {
  FindingEntity,
  DocumentRevisionEntity,
  MilestoneEntity,
  OrganizationEntity,
  OrganizationUnitEntity,
  SectionEntity,
  SourceFieldsEntity,
  WorkRegisterEntity,
  WorkRegisterPartyEntity,
  WorkRegisterRevisionEntity,
  type Organization,
  type OrganizationUnit,
  type WorkRegister,
} from '../entities/index.js';
import { newOrganization, organizationsByAcronyms } from './organizations.js';
import { moveOrganizationCounts, movePairs, replaceRegisterListings } from './pairs.js';
import { writeSearchDocument } from './search.js';
import { withoutFindings, type RegisterState } from '../domain/register-state.js';
import { searchTerms } from '../domain/search.js';
import { concernedAcronyms, registerEvents } from '../domain/events.js';

/**
 * The one way a register changes: every mutation (import, create, update, status, review) works
 * out the register's next state and hands it here, inside its transaction. The register row
 * moves to the next revision only if it is still at the revision the change was based on, its
 * tables are rewritten from the state, and the state is kept as an immutable revision.
 */
/** The gateway's public address (PUBLIC_URL): events link to the register's page there. */
export interface Links {
  publicUrl: string;
}

export interface RegisterWrite {
  /** The register as the change found it; null creates one. */
  current: WorkRegister | null;
  /** Its state then (null for a new register): what the revision's changes and events compare. */
  before: RegisterState | null;
  /** The revision the caller based the change on (checked against the row, atomically). */
  expectedRevision?: number;
  state: RegisterState;
  /** Slug of a new register (existing ones keep theirs). */
  slug?: string;
  /** An import's document: its hash, its text, and where each field was read in it. */
  source?: { sha256: string; text: string | null; fields: FieldSource[] };
  author: Author;
  summary: string;
  /** Imports add bodies the directory does not know; edits must name known ones. */
  addUnknownOrganizations: boolean;
  /** Where the links in webhook payloads point. */
  links: Links;
}

/** Findings that depend on today's date are computed when read, never stored (see findings.ts). */
const TIME_DEPENDENT = new Set(['REVIEW_OVERDUE', 'MILESTONE_OVERDUE']);

/** The day a partial date falls due: the end of its period (validated dates only). */
export const dueOn = (date: string) => periodEnd({ date, precision: precisionOf(date)! });

const stale = (current: number, expected: number) => staleRevision('The register', current, expected);

/** Loads a register for a change and checks the revision the change is based on. */
export async function registerForChange(manager: EntityManager, id: string, expectedRevision: number) {
  const register = await manager.getRepository(WorkRegisterEntity).findOneBy({ id });
  if (!register) throw notFound(`No work register with id "${id}"`);
  if (register.revision !== expectedRevision) throw stale(register.revision, expectedRevision);
  return register;
}

export async function writeRegister(manager: EntityManager, write: RegisterWrite): Promise<WorkRegister> {
  const { current, state } = write;
  const organizations = await resolveOrganizations(manager, state.parties, write.addUnknownOrganizations);
  const orgId = (acronym: string) => organizations.get(acronym.toUpperCase())!.id;
  const at = new Date().toISOString();
  const register: WorkRegister = {
    id: current?.id ?? randomUUID(),
    slug: current?.slug ?? write.slug!,
    title: state.title,
    subtitle: state.subtitle,
    kind: state.kind,
    amendsId: state.amends ? await findAmended(manager, state.amends) : null,
    version: state.version,
    revision: (current?.revision ?? 0) + 1,
    status: state.status,
    statusReason: state.statusReason,
    initiatedOn: state.initiatedOn,
    background: state.background,
    projects: state.projects,
    objectives: state.objectives,
    benefits: state.benefits,
    standardsDevelopment: state.standardsDevelopment,
    delegatedWorkRules: state.delegatedWorkRules.map((rule) => ({
      reviewerId: orgId(rule.reviewer),
      subjectId: orgId(rule.subject),
      commitments: rule.commitments,
    })),
    references: state.references,
    reviewTrigger: state.review?.trigger ?? null,
    reviewDueBy: state.review?.dueBy ?? null,
    reviewPrecision: state.review?.precision ?? null,
    reviewDueOn: state.review?.dueBy ? dueOn(state.review.dueBy) : null,
    reviewLastReviewedOn: state.review?.lastReviewedOn ?? null,
    reviewLastOutcome: state.review?.lastOutcome ?? null,
    approval: state.approval,
    sourceText: write.source ? write.source.text : (current?.sourceText ?? null),
    sourceSha256: write.source?.sha256 ?? current!.sourceSha256,
    createdAt: current?.createdAt ?? at,
    updatedAt: at,
  };
  await saveRow(manager, register, current, write.expectedRevision ?? current?.revision);
  await replaceChildren(manager, register.id, state, organizations);
  if (write.source) await replaceSourceFields(manager, register.id, write.source.fields);
  await manager.getRepository(WorkRegisterRevisionEntity).insert({
    id: randomUUID(),
    workRegisterId: register.id,
    revision: register.revision,
    sourceSha256: register.sourceSha256,
    snapshot: state,
    authorSubject: write.author.subject,
    authorName: write.author.name,
    summary: write.summary,
    createdAt: at,
  });
  await recordRegisterEvents(manager, write, register, organizations);
  return register;
}

/** A new source replaces where the fields were read; a register without any keeps no row. */
async function replaceSourceFields(manager: EntityManager, workRegisterId: string, fields: FieldSource[]) {
  const repository = manager.getRepository(SourceFieldsEntity);
  await repository.delete({ workRegisterId });
  if (fields.length > 0) await repository.insert({ workRegisterId, fields });
}

/** Where the fields were read, for a register that has none kept (imported before they were). */
export async function addMissingSourceFields(manager: EntityManager, workRegisterId: string, fields: FieldSource[]) {
  if (fields.length === 0) return;
  const repository = manager.getRepository(SourceFieldsEntity);
  if (!(await repository.existsBy({ workRegisterId }))) await repository.insert({ workRegisterId, fields });
}

/** The write's webhook events, into the outbox in the same transaction (core's recordEvents). */
async function recordRegisterEvents(
  manager: EntityManager,
  write: RegisterWrite,
  register: WorkRegister,
  organizations: Map<string, ResolvedOrganization>,
) {
  const concerned = concernedAcronyms(write.before, write.state);
  const missing = concerned.filter((acronym) => !organizations.has(acronym));
  const removed = missing.length ? await organizationsByAcronyms(manager, missing) : [];
  const organizationIds = [...[...organizations.values()].map((o) => o.id), ...removed.map((o) => o.id)];
  const events = registerEvents({
    register: { id: register.id, slug: register.slug, title: register.title, revision: register.revision },
    before: write.before,
    after: write.state,
    author: write.author,
    summary: write.summary,
    changes: fieldChanges(write.before ? withoutFindings(write.before) : {}, withoutFindings(write.state)),
    url: `${write.links.publicUrl}/registers/${register.slug}`,
  });
  // Positions order a register's events: revision by revision, and within one revision in the
  // order registerEvents lists them (register.changed before register.status_changed).
  await recordEvents(
    manager,
    events.map((event, i) => ({
      ...event,
      orderingKey: register.id,
      position: register.revision * EVENTS_PER_REVISION + i,
      organizationIds,
    })),
  );
}

/** More than a revision's events (registerEvents makes at most three): room for their order. */
const EVENTS_PER_REVISION = 8;

/**
 * Inserts a new register, or updates the row only if it is still at the expected revision: of
 * two changes based on the same revision exactly one matches the WHERE, on SQLite and PostgreSQL
 * alike (PostgreSQL re-checks it after the first change commits).
 */
async function saveRow(
  manager: EntityManager,
  register: WorkRegister,
  current: WorkRegister | null,
  expected?: number,
) {
  const registers = manager.getRepository(WorkRegisterEntity);
  if (!current) {
    await registers.insert(register);
    return;
  }
  const { id, createdAt: _created, ...changes } = register;
  const { affected } = await registers
    .createQueryBuilder()
    .update()
    .set(changes)
    .where('id = :id AND revision = :expected', { id, expected })
    .execute();
  if (affected !== 1) {
    const now = await registers.findOneBy({ id });
    throw stale(now?.revision ?? register.revision, expected ?? current.revision);
  }
}

/** Two titles name the same register when they differ only in case, spacing and punctuation. */
const titleKey = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A free slug for a new register, or the register a title already names. Titles that share a
 * slug ("A / B Work Register" and "A / B Work Register 2") are different registers: the second
 * gets the next free slug, never the first's.
 */
export async function placeFor(
  manager: EntityManager,
  title: string,
): Promise<{ slug: string; existing: WorkRegister | null }> {
  const registers = manager.getRepository(WorkRegisterEntity);
  const base = registerSlug(title);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const existing = await registers.findOneBy({ slug });
    if (!existing) return { slug, existing: null };
    if (titleKey(existing.title) === titleKey(title)) return { slug, existing };
  }
}

type ResolvedOrganization = Organization & { units: Map<string, OrganizationUnit> };

/** Acronyms of `parties` the directory does not hold. */
export async function unknownAcronyms(manager: EntityManager, parties: RegisterState['parties']) {
  const acronyms = [...new Set(parties.map((p) => p.acronym.toUpperCase()))];
  const known = new Set((await organizationsByAcronyms(manager, acronyms)).map((o) => o.acronym.toUpperCase()));
  return acronyms.filter((a) => !known.has(a));
}

/**
 * Finds the parties' organizations by acronym (adding unknown bodies to the directory when
 * allowed) and their units by name or acronym (a unit a register names first is added).
 */
async function resolveOrganizations(
  manager: EntityManager,
  parties: RegisterState['parties'],
  addUnknown: boolean,
): Promise<Map<string, ResolvedOrganization>> {
  const found = await organizationsByAcronyms(manager, [...new Set(parties.map((p) => p.acronym))]);
  const byAcronym = new Map<string, ResolvedOrganization>(
    found.map((o) => [o.acronym.toUpperCase(), { ...o, units: new Map() }]),
  );
  const created: Organization[] = [];
  for (const [index, party] of parties.entries()) {
    const key = party.acronym.toUpperCase();
    if (byAcronym.has(key)) continue;
    if (!addUnknown) {
      throw badUserInput(`No organization with acronym "${party.acronym}"`, `input.parties[${index}].acronym`);
    }
    const organization = newOrganization({ acronym: party.acronym, name: party.name });
    created.push(organization);
    byAcronym.set(key, { ...organization, units: new Map() });
  }
  if (created.length > 0) await manager.getRepository(OrganizationEntity).insert(created);
  await resolveUnits(manager, parties, byAcronym);
  return byAcronym;
}

/**
 * The parties' units by name or acronym, read in one statement for all their organizations; a
 * unit a register names first is added, all new ones in one insert.
 */
async function resolveUnits(
  manager: EntityManager,
  parties: RegisterState['parties'],
  organizations: Map<string, ResolvedOrganization>,
): Promise<void> {
  const named = parties.filter((p) => p.unit);
  if (named.length === 0) return;
  const repository = manager.getRepository(OrganizationUnitEntity);
  const ids = [...new Set(named.map((p) => organizations.get(p.acronym.toUpperCase())!.id))];
  const existing = await repository.findBy({ organizationId: In(ids) });
  const added: OrganizationUnit[] = [];
  for (const party of named) {
    const organization = organizations.get(party.acronym.toUpperCase())!;
    const name = party.unit!;
    if (organization.units.has(name)) continue;
    const candidates = [...existing, ...added].filter((u) => u.organizationId === organization.id);
    const unit = candidates.find((u) => u.name === name) ??
      candidates.find((u) => u.acronym === name) ?? {
        id: randomUUID(),
        organizationId: organization.id,
        acronym: null,
        name,
      };
    if (!candidates.includes(unit)) added.push(unit);
    organization.units.set(name, unit);
  }
  if (added.length > 0) await repository.insert(added);
}

async function findAmended(manager: EntityManager, amends: string): Promise<string | null> {
  const registers = manager.getRepository(WorkRegisterEntity);
  const found =
    (await registers.findOneBy({ slug: amends })) ??
    (await registers.findOneBy({ title: amends })) ??
    (await registers.findOneBy({ slug: registerSlug(amends) }));
  return found?.id ?? null;
}

async function replaceChildren(
  manager: EntityManager,
  workRegisterId: string,
  state: RegisterState,
  organizations: Map<string, ResolvedOrganization>,
): Promise<void> {
  const parties = manager.getRepository(WorkRegisterPartyEntity);
  const milestones = manager.getRepository(MilestoneEntity);
  const trail = manager.getRepository(DocumentRevisionEntity);
  const sections = manager.getRepository(SectionEntity);
  const findings = manager.getRepository(FindingEntity);
  // One call each: a loop over the repositories makes TypeScript type a union of them all.
  const before = (await parties.findBy({ workRegisterId })).map((p) => p.organizationId);
  await parties.delete({ workRegisterId });
  await milestones.delete({ workRegisterId });
  await trail.delete({ workRegisterId });
  await sections.delete({ workRegisterId });
  await findings.delete({ workRegisterId });
  await parties.insert(
    state.parties.map((party, position) => {
      const organization = organizations.get(party.acronym.toUpperCase())!;
      return {
        id: randomUUID(),
        workRegisterId,
        organizationId: organization.id,
        unitId: party.unit ? organization.units.get(party.unit)!.id : null,
        position,
      };
    }),
  );
  if (state.milestones.length > 0) {
    await milestones.insert(
      state.milestones.map((m, position) => ({
        id: randomUUID(),
        workRegisterId,
        position,
        date: m.date,
        precision: m.precision,
        dueOn: dueOn(m.date),
        description: m.description,
        status: m.status,
      })),
    );
  }
  if (state.documentRevisions.length > 0) {
    await trail.insert(
      state.documentRevisions.map((r, position) => ({ id: randomUUID(), workRegisterId, position, ...r })),
    );
  }
  const after = state.parties.map((party) => organizations.get(party.acronym.toUpperCase())!.id);
  await movePairs(manager, before, after);
  await moveOrganizationCounts(manager, before, after);
  await replaceRegisterListings(manager, workRegisterId, state.title, after);
  const stored = state.findings.filter((f) => !TIME_DEPENDENT.has(f.code));
  if (stored.length > 0) {
    await findings.insert(stored.map((f, position) => ({ id: randomUUID(), workRegisterId, position, ...f })));
  }
  const words = searchTerms([
    state.title,
    state.subtitle,
    state.background,
    ...state.objectives,
    ...state.benefits,
    ...state.projects.flatMap((p) => [p.name, p.audience]),
    ...state.sections.flatMap((s) => [s.heading, s.text]),
  ]);
  await writeSearchDocument(manager, workRegisterId, words);
  if (state.sections.length > 0) {
    await sections.insert(
      state.sections.map((s, position) => ({
        id: randomUUID(),
        workRegisterId,
        position,
        heading: s.heading,
        content: s.text,
      })),
    );
  }
}
