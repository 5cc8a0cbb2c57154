import { z } from 'zod';
import { badUserInput, isIsoDate, isPartialDate } from '@alliance/core';
import { precisionOf, type WorkRegisterDocument } from '@alliance/document';

/**
 * Checks an import beyond what GraphQL's types already guarantee: lengths, acronyms, URLs,
 * dates that agree with their precision, rules that name the register's own parties. The
 * first problem becomes a BAD_USER_INPUT error whose `field` is its path (`input.parties[1].acronym`).
 */

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => text(max).nullish();
const acronym = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9&.+\-/ ]{0,31}$/, 'must be an acronym of letters and digits, at most 32 characters');
const precision = z.enum(['DAY', 'MONTH', 'QUARTER', 'YEAR']);

const partialDate = z.string().refine(isPartialDate, 'must be an ISO date at day, month, quarter or year precision');
const isoDate = z.string().refine(isIsoDate, 'must be an ISO date (YYYY-MM-DD)');
const matchesPrecision = (value: { date?: string | null; dueBy?: string | null; precision?: string | null }) => {
  const date = value.date ?? value.dueBy;
  return !date || !value.precision || precisionOf(date) === value.precision;
};

const importSchema = z
  .object({
    title: text(300),
    subtitle: optionalText(2000),
    kind: z.enum(['REGISTER', 'ADDENDUM']).default('REGISTER'),
    amends: optionalText(300),
    version: optionalText(32),
    initiatedOn: isoDate.nullish(),
    parties: z
      .array(z.object({ acronym, name: text(200), unit: optionalText(200) }))
      .min(1, 'a register needs at least one organization'),
    background: optionalText(100_000),
    projects: z.array(z.object({ name: text(300), audience: optionalText(1000) })).default([]),
    objectives: z.array(text(10_000)).default([]),
    benefits: z.array(text(10_000)).default([]),
    standardsDevelopment: z
      .object({ mode: z.enum(['JOINT', 'INDEPENDENT', 'DELEGATED', 'NONE', 'OTHER']), text: text(10_000) })
      .nullish(),
    delegatedWorkRules: z
      .array(z.object({ reviewer: acronym, subject: acronym, commitments: z.array(text(10_000)) }))
      .default([]),
    references: z.array(z.object({ title: text(300), url: z.url({ protocol: /^https?$/ }) })).default([]),
    milestones: z
      .array(
        z
          .object({
            date: partialDate,
            precision,
            description: text(2000),
            status: z.enum(['PLANNED', 'COMPLETED', 'CANCELLED']).default('PLANNED'),
          })
          .refine(matchesPrecision, { message: 'precision does not match the date', path: ['precision'] }),
      )
      .default([]),
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
    sections: z.array(z.object({ heading: text(500), text: z.string().max(100_000) })).default([]),
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
  })
  .superRefine((input, ctx) => {
    const parties = new Set(input.parties.map((p) => p.acronym.toUpperCase()));
    input.delegatedWorkRules.forEach((rule, i) => {
      for (const role of ['reviewer', 'subject'] as const) {
        if (!parties.has(rule[role].toUpperCase())) {
          ctx.addIssue({
            code: 'custom',
            path: ['delegatedWorkRules', i, role],
            message: `"${rule[role]}" is not one of the register's parties (${[...parties].join(', ')})`,
          });
        }
      }
    });
  });

export type ImportInput = Omit<WorkRegisterDocument, 'contacts'> & { sourceText: string | null };

const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), 'input');

export function validateImport(input: unknown): ImportInput {
  const result = importSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = formatPath(issue.path);
    throw badUserInput(`${field} ${issue.message}`, field);
  }
  const value = result.data;
  return {
    ...value,
    subtitle: value.subtitle ?? null,
    amends: value.amends ?? null,
    version: value.version ?? null,
    initiatedOn: value.initiatedOn ?? null,
    parties: value.parties.map((p) => ({ ...p, unit: p.unit ?? null })),
    background: value.background ?? null,
    projects: value.projects.map((p) => ({ ...p, audience: p.audience ?? null })),
    standardsDevelopment: value.standardsDevelopment ?? null,
    review: value.review
      ? {
          trigger: value.review.trigger ?? null,
          dueBy: value.review.dueBy ?? null,
          precision: value.review.precision ?? null,
        }
      : null,
    approval: value.approval
      ? {
          body: value.approval.body ?? null,
          resolution: value.approval.resolution ?? null,
          approvedOn: value.approval.approvedOn ?? null,
          text: value.approval.text,
        }
      : null,
    findings: value.findings.map((f) => ({ ...f, line: f.line ?? null })),
    sourceText: value.sourceText ?? null,
  };
}
