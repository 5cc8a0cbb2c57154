import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Database } from '@alliance/core';
import { periodEnd, precisionOf, registerSlug } from '@alliance/document';
import {
  FindingEntity,
  MilestoneEntity,
  SearchTermEntity,
  OrganizationEntity,
  OrganizationUnitEntity,
  SectionEntity,
  WorkRegisterEntity,
  WorkRegisterPartyEntity,
  WorkRegisterRevisionEntity,
  type Organization,
  type OrganizationUnit,
  type WorkRegister,
} from '../entities/index.js';
import type { ImportInput } from '../validation.js';
import { newOrganization, organizationsByAcronyms } from './organizations.js';
import { movePairs } from './pairs.js';
import { searchTerms } from './search.js';

export type ImportOutcome = 'CREATED' | 'REVISED' | 'UNCHANGED';

/** Findings that depend on today's date are computed when read, never stored (see findings.ts). */
const TIME_DEPENDENT = new Set(['REVIEW_OVERDUE', 'MILESTONE_OVERDUE']);

/** The day a partial date falls due: the end of its period (validated dates only). */
const dueOn = (date: string) => periodEnd({ date, precision: precisionOf(date)! });

/** The source's fingerprint: its text when given, else the structured document. */
export function sourceSha256(input: ImportInput): string {
  const { sourceText, ...document } = input;
  return createHash('sha256')
    .update(sourceText ?? JSON.stringify(document))
    .digest('hex');
}

/**
 * Creates a register, or makes a new revision of the one with the same slug, in one
 * transaction: a failure part-way leaves nothing behind. Idempotent by the source's sha256.
 */
export async function importWorkRegister(
  db: Database,
  input: ImportInput,
  options: { dryRun?: boolean } = {},
): Promise<{ outcome: ImportOutcome; register: WorkRegister }> {
  try {
    return await db.transaction((manager) => writeImport(manager, input, options.dryRun ?? false));
  } catch (error) {
    if (error instanceof DryRunResult) return error.result;
    throw error;
  }
}

/** Thrown to roll a dry run's transaction back; carries what the import would have done. */
class DryRunResult extends Error {
  constructor(readonly result: { outcome: ImportOutcome; register: WorkRegister }) {
    super('dry run');
  }
}

async function writeImport(
  manager: EntityManager,
  input: ImportInput,
  dryRun: boolean,
): Promise<{ outcome: ImportOutcome; register: WorkRegister }> {
  const registers = manager.getRepository(WorkRegisterEntity);
  const sha256 = sourceSha256(input);
  const seen = await manager.getRepository(WorkRegisterRevisionEntity).findOneBy({ sourceSha256: sha256 });
  if (seen) return { outcome: 'UNCHANGED', register: (await registers.findOneBy({ id: seen.workRegisterId }))! };
  const { slug, existing } = await placeFor(manager, input.title);

  const organizations = await resolveOrganizations(manager, input.parties);
  const orgId = (acronym: string) => organizations.get(acronym.toUpperCase())!.id;
  const at = new Date().toISOString();
  const register: WorkRegister = {
    id: existing?.id ?? randomUUID(),
    slug,
    title: input.title,
    subtitle: input.subtitle,
    kind: input.kind,
    amendsId: input.amends ? await findAmended(manager, input.amends) : null,
    version: input.version,
    revision: (existing?.revision ?? 0) + 1,
    status: existing?.status ?? (input.approval ? 'ACTIVE' : 'DRAFT'),
    statusReason: existing?.statusReason ?? null,
    initiatedOn: input.initiatedOn,
    background: input.background,
    projects: input.projects,
    objectives: input.objectives,
    benefits: input.benefits,
    standardsDevelopment: input.standardsDevelopment,
    delegatedWorkRules: input.delegatedWorkRules.map((rule) => ({
      reviewerId: orgId(rule.reviewer),
      subjectId: orgId(rule.subject),
      commitments: rule.commitments,
    })),
    references: input.references,
    reviewTrigger: input.review?.trigger ?? null,
    reviewDueBy: input.review?.dueBy ?? null,
    reviewPrecision: input.review?.precision ?? null,
    reviewDueOn: input.review?.dueBy ? dueOn(input.review.dueBy) : null,
    approval: input.approval,
    sourceText: input.sourceText,
    sourceSha256: sha256,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
  await registers.save(register);
  await replaceChildren(manager, register.id, input, organizations);
  await manager.getRepository(WorkRegisterRevisionEntity).insert({
    id: randomUUID(),
    workRegisterId: register.id,
    revision: register.revision,
    sourceSha256: sha256,
    snapshot: input,
    createdAt: at,
  });
  const result = { outcome: existing ? ('REVISED' as const) : ('CREATED' as const), register };
  if (dryRun) throw new DryRunResult(result);
  return result;
}

/** Two titles name the same register when they differ only in case, spacing and punctuation. */
const titleKey = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Where a document goes: the register it is a new version of (same slug, same title), or a free
 * slug for a new register. Titles that share a slug ("A / B Work Register" and "A / B Work
 * Register 2") are different registers: the second gets the next free slug, never the first's.
 */
async function placeFor(
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

/** Finds the parties' organizations by acronym; a body the directory does not know is added. */
async function resolveOrganizations(
  manager: EntityManager,
  parties: ImportInput['parties'],
): Promise<Map<string, ResolvedOrganization>> {
  const found = await organizationsByAcronyms(manager, [...new Set(parties.map((p) => p.acronym))]);
  const byAcronym = new Map<string, ResolvedOrganization>(
    found.map((o) => [o.acronym.toUpperCase(), { ...o, units: new Map() }]),
  );
  for (const party of parties) {
    const key = party.acronym.toUpperCase();
    if (!byAcronym.has(key)) {
      const created = newOrganization({ acronym: party.acronym, name: party.name });
      await manager.getRepository(OrganizationEntity).insert(created);
      byAcronym.set(key, { ...created, units: new Map() });
    }
  }
  const units = manager.getRepository(OrganizationUnitEntity);
  for (const party of parties.filter((p) => p.unit)) {
    const organization = byAcronym.get(party.acronym.toUpperCase())!;
    const name = party.unit!;
    const unit =
      (await units.findOneBy({ organizationId: organization.id, name })) ??
      (await units.findOneBy({ organizationId: organization.id, acronym: name }));
    if (unit) {
      organization.units.set(name, unit);
    } else {
      const created = { id: randomUUID(), organizationId: organization.id, acronym: null, name };
      await units.insert(created);
      organization.units.set(name, created);
    }
  }
  return byAcronym;
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
  input: ImportInput,
  organizations: Map<string, ResolvedOrganization>,
): Promise<void> {
  const parties = manager.getRepository(WorkRegisterPartyEntity);
  const milestones = manager.getRepository(MilestoneEntity);
  const sections = manager.getRepository(SectionEntity);
  const findings = manager.getRepository(FindingEntity);
  const terms = manager.getRepository(SearchTermEntity);
  // One call each: a loop over the repositories makes TypeScript type a union of them all.
  const before = (await parties.findBy({ workRegisterId })).map((p) => p.organizationId);
  await parties.delete({ workRegisterId });
  await milestones.delete({ workRegisterId });
  await sections.delete({ workRegisterId });
  await findings.delete({ workRegisterId });
  await terms.delete({ workRegisterId });
  await parties.insert(
    input.parties.map((party, position) => {
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
  if (input.milestones.length > 0) {
    await milestones.insert(
      input.milestones.map((m, position) => ({
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
  await movePairs(
    manager,
    before,
    input.parties.map((party) => organizations.get(party.acronym.toUpperCase())!.id),
  );
  const stored = input.findings.filter((f) => !TIME_DEPENDENT.has(f.code));
  if (stored.length > 0) {
    await findings.insert(stored.map((f, position) => ({ id: randomUUID(), workRegisterId, position, ...f })));
  }
  const words = searchTerms([
    input.title,
    input.subtitle,
    input.background,
    ...input.objectives,
    ...input.benefits,
    ...input.projects.flatMap((p) => [p.name, p.audience]),
    ...input.sections.flatMap((s) => [s.heading, s.text]),
  ]);
  for (let i = 0; i < words.length; i += 500) {
    await terms.insert(words.slice(i, i + 500).map((term) => ({ term, workRegisterId })));
  }
  if (input.sections.length > 0) {
    await sections.insert(
      input.sections.map((s, position) => ({
        id: randomUUID(),
        workRegisterId,
        position,
        heading: s.heading,
        content: s.text,
      })),
    );
  }
}
