import { z } from 'zod';
import { acronym, badUserInput, fieldPath, isIsoDate, isPartialDate, parseInput } from '@alliance/core';
import {
  periodEnd,
  precisionOf,
  type DatePrecision,
  type FieldSource,
  type WorkRegisterDocument,
} from '@alliance/document';

/**
 * Checks an import beyond what GraphQL's types already guarantee: lengths, acronyms, URLs,
 * dates that agree with their precision, rules that name the register's own parties. The
 * first problem becomes a BAD_USER_INPUT error whose `field` is its path (`input.parties[1].acronym`).
 */

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => text(max).nullish();
const precision = z.enum(['DAY', 'MONTH', 'QUARTER', 'THIRD', 'HALF', 'YEAR']);

const partialDate = z
  .string()
  .refine(isPartialDate, 'must be an ISO date at day, month, quarter, third-of-year, half-year or year precision');
const isoDate = z.string().refine(isIsoDate, 'must be an ISO date (YYYY-MM-DD)');
const matchesPrecision = (value: { date?: string | null; dueBy?: string | null; precision?: string | null }) => {
  const date = value.date ?? value.dueBy;
  return !date || !value.precision || precisionOf(date) === value.precision;
};

const party = z.object({ acronym, name: text(200), unit: optionalText(200) });
const milestone = z
  .object({
    date: partialDate,
    precision,
    description: text(2000),
    status: z.enum(['PLANNED', 'COMPLETED', 'CANCELLED']).default('PLANNED'),
  })
  .refine(matchesPrecision, { message: 'precision does not match the date', path: ['precision'] });

/** An entry of the document's own revision trail: any part may be missing, not all of them. */
const documentRevision = z
  .object({
    version: optionalText(32),
    date: partialDate.nullish(),
    precision: precision.nullish(),
    author: optionalText(200),
    description: optionalText(10_000),
  })
  .refine(matchesPrecision, { message: 'precision does not match the date', path: ['precision'] })
  .refine((r) => r.version || r.date || r.description, { message: 'names no version, date or change' });

/** The fields every way of writing a register shares; lists have no defaults here (a patch leaves them out). */
const registerFields = {
  title: text(300),
  subtitle: optionalText(2000),
  kind: z.enum(['REGISTER', 'ADDENDUM']),
  amends: optionalText(300),
  version: optionalText(32),
  initiatedOn: isoDate.nullish(),
  parties: z.array(party).min(1, 'a register needs at least one organization').max(20),
  background: optionalText(100_000),
  projects: z.array(z.object({ name: text(300), audience: optionalText(1000) })).max(200),
  objectives: z.array(text(10_000)).max(200),
  benefits: z.array(text(10_000)).max(200),
  standardsDevelopment: z
    .object({ mode: z.enum(['JOINT', 'INDEPENDENT', 'DELEGATED', 'NONE', 'OTHER']), text: text(10_000) })
    .nullish(),
  delegatedWorkRules: z
    .array(z.object({ reviewer: acronym, subject: acronym, commitments: z.array(text(10_000)) }))
    .max(100),
  references: z.array(z.object({ title: text(300), url: z.url({ protocol: /^https?$/ }) })).max(200),
  milestones: z.array(milestone).max(500),
  review: z
    .object({ trigger: optionalText(2000), dueBy: partialDate.nullish(), precision: precision.nullish() })
    .refine(matchesPrecision, { message: 'precision does not match dueBy', path: ['precision'] })
    .nullish(),
  approval: z
    .object({
      body: optionalText(300),
      resolution: optionalText(100),
      approvedOn: partialDate.nullish(),
      text: text(2000),
    })
    .nullish(),
  documentRevisions: z.array(documentRevision).max(500),
  sections: z.array(z.object({ heading: text(500), text: z.string().max(100_000) })).max(200),
};

const listDefaults = {
  kind: registerFields.kind.default('REGISTER'),
  projects: registerFields.projects.default([]),
  objectives: registerFields.objectives.default([]),
  benefits: registerFields.benefits.default([]),
  delegatedWorkRules: registerFields.delegatedWorkRules.default([]),
  references: registerFields.references.default([]),
  milestones: registerFields.milestones.default([]),
  documentRevisions: registerFields.documentRevisions.default([]),
  sections: registerFields.sections.default([]),
};

const importSchema = z
  .object({
    ...registerFields,
    ...listDefaults,
    findings: z
      .array(
        z.object({
          code: text(64),
          severity: z.enum(['ERROR', 'WARNING', 'INFO']),
          message: text(2000),
          path: z.string().max(200),
          line: z.number().int().positive().nullish(),
        }),
      )
      .default([]),
    sourceText: z.string().max(1_000_000).nullish(),
    provenance: z
      .array(
        z.object({
          path: z.string().min(1).max(200),
          line: z.number().int().positive(),
          endLine: z.number().int().positive().nullish(),
          page: z.number().int().positive().nullish(),
          row: z.number().int().positive().nullish(),
        }),
      )
      .max(10_000)
      .default([]),
  })
  .superRefine((input, ctx) => {
    rulesNameParties(input, ctx.addIssue);
    linesInSource(input, ctx.addIssue);
  });

/** createWorkRegister: parties are organizations of the directory, named by acronym (a name is not needed). */
const createSchema = z
  .object({
    ...registerFields,
    ...listDefaults,
    parties: z
      .array(party.partial({ name: true }))
      .min(1)
      .max(20),
  })
  .superRefine((input, ctx) => rulesNameParties(input, ctx.addIssue));

/** updateWorkRegister: any part; a list given replaces the whole list. */
const patchSchema = z
  .object({
    ...registerFields,
    parties: z
      .array(party.partial({ name: true }))
      .min(1)
      .max(20),
  })
  .partial();

type AddIssue = (issue: { code: 'custom'; path: (string | number)[]; message: string }) => void;

/** Provenance points at lines of the source text: it needs the text, and lines that are in it. */
function linesInSource(
  input: { sourceText?: string | null | undefined; provenance: { line: number; endLine?: number | null }[] },
  addIssue: AddIssue,
) {
  if (input.provenance.length === 0) return;
  if (input.sourceText == null) {
    addIssue({ code: 'custom', path: ['provenance'], message: 'names lines of a source, but no sourceText is given' });
    return;
  }
  const count = input.sourceText.split(/\r\n|\r|\n/).length;
  const i = input.provenance.findIndex((f) => (f.endLine ?? f.line) < f.line || (f.endLine ?? f.line) > count);
  const field = input.provenance[i];
  if (field) {
    addIssue({
      code: 'custom',
      path: ['provenance', i, 'endLine'],
      message: `lines ${field.line}–${field.endLine ?? field.line} are not within the source's ${count} lines`,
    });
  }
}

/** Delegated-work rules name the register's own parties. */
function rulesNameParties(
  input: { parties: { acronym: string }[]; delegatedWorkRules: { reviewer: string; subject: string }[] },
  addIssue: AddIssue,
) {
  const parties = new Set(input.parties.map((p) => p.acronym.toUpperCase()));
  input.delegatedWorkRules.forEach((rule, i) => {
    for (const role of ['reviewer', 'subject'] as const) {
      if (!parties.has(rule[role].toUpperCase())) {
        addIssue({
          code: 'custom',
          path: ['delegatedWorkRules', i, role],
          message: `"${rule[role]}" is not one of the register's parties (${[...parties].join(', ')})`,
        });
      }
    }
  });
}

export type ImportInput = Omit<WorkRegisterDocument, 'contacts'> & {
  sourceText: string | null;
  /** Where each field was read in sourceText. */
  provenance: FieldSource[];
};

const check = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => parseInput(schema, input);

type Fields = Partial<Omit<z.infer<z.ZodObject<typeof registerFields>>, 'parties'>> & {
  parties?: { acronym: string; name?: string; unit?: string | null }[];
};

/** GraphQL leaves optional fields out; the stored state spells every one of them (null or a list). */
const normalizers: { [K in keyof RegisterFields]?: (value: never) => RegisterFields[K] } = {
  subtitle: (v: string | null | undefined) => v ?? null,
  amends: (v: string | null | undefined) => v ?? null,
  version: (v: string | null | undefined) => v ?? null,
  initiatedOn: (v: string | null | undefined) => v ?? null,
  background: (v: string | null | undefined) => v ?? null,
  standardsDevelopment: (v: RegisterFields['standardsDevelopment'] | undefined) => v ?? null,
  parties: (v: { acronym: string; name?: string; unit?: string | null }[]) =>
    v.map((p) => ({ acronym: p.acronym, name: p.name ?? p.acronym, unit: p.unit ?? null })),
  projects: (v: { name: string; audience?: string | null }[]) =>
    v.map((p) => ({ name: p.name, audience: p.audience ?? null })),
  review: (v: { trigger?: string | null; dueBy?: string | null; precision?: DatePrecision | null } | null) =>
    v
      ? {
          trigger: v.trigger ?? null,
          dueBy: v.dueBy ?? null,
          precision: v.precision ?? (v.dueBy ? precisionOf(v.dueBy) : null),
        }
      : null,
  documentRevisions: (v: z.infer<typeof documentRevision>[]) =>
    v.map((r) => ({
      version: r.version ?? null,
      date: r.date ?? null,
      precision: r.precision ?? (r.date ? precisionOf(r.date) : null),
      author: r.author ?? null,
      description: r.description ?? null,
    })),
  approval: (
    v: { body?: string | null; resolution?: string | null; approvedOn?: string | null; text: string } | null,
  ) =>
    v
      ? { body: v.body ?? null, resolution: v.resolution ?? null, approvedOn: v.approvedOn ?? null, text: v.text }
      : null,
};

function normalize(value: Fields): Partial<RegisterFields> {
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      const normalizer = normalizers[key as keyof RegisterFields] as ((x: unknown) => unknown) | undefined;
      return [key, normalizer ? normalizer(v) : v];
    }),
  );
}

/** A register's own fields as the parser and the write inputs give them. */
export type RegisterFields = Omit<WorkRegisterDocument, 'contacts' | 'findings'>;

export function validateImport(input: unknown): ImportInput {
  const value = check(importSchema, input);
  return {
    ...(normalize(value) as RegisterFields),
    findings: value.findings.map((f) => ({ ...f, line: f.line ?? null })),
    sourceText: value.sourceText ?? null,
    provenance: value.provenance.map(({ path, line, endLine, page, row }) => ({
      path,
      line,
      endLine: endLine ?? line,
      ...(page != null ? { page } : {}),
      ...(row != null ? { row } : {}),
    })),
  };
}

/** createWorkRegister's input; party names are the directory's (see commands/registers.ts). */
export const validateCreate = (input: unknown) => normalize(check(createSchema, input)) as RegisterFields;

/** updateWorkRegister's input: only the fields given. */
export const validatePatch = (input: unknown) => {
  const value = check(patchSchema, input);
  if (Object.keys(value).length === 0) throw badUserInput('input names no field to change', 'input');
  return normalize(value);
};

/** recordReview's dates: reviewed on a past day, next due after it. */
export function validateReview(args: { reviewedOn: string; nextDueBy?: string | null; today: string }) {
  if (args.reviewedOn > args.today) {
    throw badUserInput(`reviewedOn ${args.reviewedOn} is in the future (today is ${args.today})`, 'reviewedOn');
  }
  if (
    args.nextDueBy &&
    periodEnd({ date: args.nextDueBy, precision: precisionOf(args.nextDueBy)! }) <= args.reviewedOn
  ) {
    throw badUserInput(`nextDueBy ${args.nextDueBy} must fall after reviewedOn ${args.reviewedOn}`, 'nextDueBy');
  }
}

/** Delegated-work rules of a patched register must still name its parties. */
export function checkRules(state: Pick<RegisterFields, 'parties' | 'delegatedWorkRules'>) {
  rulesNameParties(state, (issue) => {
    const field = fieldPath('input', issue.path);
    throw badUserInput(`${field} ${issue.message}`, field);
  });
}

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/, 'must be a domain name such as dmtf.org');

const unitList = z
  .array(z.object({ id: z.uuid('must be a unit id (a UUID)').nullish(), acronym: acronym.nullish(), name: text(200) }))
  .max(200);
const domainList = z.array(z.object({ domain, current: z.boolean().default(true) })).max(50);

const organizationFields = {
  acronym,
  name: text(200),
  aliases: z.array(text(200)).max(50).default([]),
  website: z.url({ protocol: /^https?$/ }).nullish(),
  emailDomains: domainList.default([]),
  units: unitList.default([]),
};

export const validateOrganization = (input: unknown) => {
  const value = check(z.object(organizationFields), input);
  return { ...value, website: value.website ?? null };
};

/** updateOrganization: the acronym is the body's key in roles and history, so it stays (the schema has no field for it). */
export const validateOrganizationPatch = (input: unknown) => {
  const schema = z.object({
    name: text(200),
    aliases: z.array(text(200)).max(50),
    website: z.url({ protocol: /^https?$/ }).nullish(),
    emailDomains: domainList,
    units: unitList,
  });
  const value = check(schema.partial(), input);
  if (Object.keys(value).length === 0) throw badUserInput('input names no field to change', 'input');
  return 'website' in value ? { ...value, website: value.website ?? null } : value;
};
