import { z } from 'zod';
import type { WorkRegisterDocument } from './types.js';

/**
 * A register already structured: the JSON `alliance export --format json` and `alliance parse`
 * write. Read back as the register it describes, checked field by field, instead of as prose.
 */

const text = z.string();
const nullableText = z.string().nullable();
const precision = z.enum(['DAY', 'MONTH', 'QUARTER', 'THIRD', 'HALF', 'YEAR']);

const register = z.object({
  title: text.min(1),
  subtitle: nullableText,
  kind: z.enum(['REGISTER', 'ADDENDUM']),
  amends: nullableText,
  version: nullableText,
  initiatedOn: nullableText,
  parties: z.array(z.object({ acronym: text, name: text, unit: nullableText })),
  background: nullableText,
  projects: z.array(z.object({ name: text, audience: nullableText })),
  objectives: z.array(text),
  benefits: z.array(text),
  standardsDevelopment: z
    .object({ mode: z.enum(['JOINT', 'INDEPENDENT', 'DELEGATED', 'NONE', 'OTHER']), text })
    .nullable(),
  delegatedWorkRules: z.array(z.object({ reviewer: text, subject: text, commitments: z.array(text) })),
  references: z.array(z.object({ title: text, url: text })),
  milestones: z.array(
    z.object({ date: text, precision, description: text, status: z.enum(['PLANNED', 'COMPLETED', 'CANCELLED']) }),
  ),
  review: z.object({ trigger: nullableText, dueBy: nullableText, precision: precision.nullable() }).nullable(),
  approval: z.object({ body: nullableText, resolution: nullableText, approvedOn: nullableText, text }).nullable(),
  contacts: z.array(
    z.object({
      organization: text,
      name: text,
      title: nullableText,
      // Empty: the address was withheld from whoever exported it.
      email: text,
      kind: z.enum(['PERSON', 'MAILING_LIST']),
    }),
  ),
  // Exports written before registers kept their document's revision trail have none.
  documentRevisions: z
    .array(
      z.object({
        version: nullableText,
        date: nullableText,
        precision: precision.nullable(),
        author: nullableText,
        description: nullableText,
      }),
    )
    .default([]),
  sections: z.array(z.object({ heading: text, text })),
  findings: z
    .array(
      z.object({
        code: text,
        severity: z.enum(['ERROR', 'WARNING', 'INFO']),
        message: text,
        path: text,
        line: z.number().int().nullable(),
      }),
    )
    .default([]),
});

export class ExportedRegisterError extends Error {
  constructor(reason: string) {
    super(`not a work register: ${reason}`);
    this.name = 'ExportedRegisterError';
  }
}

/** True when the text is JSON rather than a document to read (a first `{` or `[`). */
export const looksStructured = (content: string): boolean => /^\s*[{[]/.test(content);

/**
 * The register a JSON text holds. Not JSON, several registers, or a field of the wrong shape is
 * an ExportedRegisterError naming what is wrong and where (`contacts[2].kind`).
 */
export function readExportedRegister(content: string): WorkRegisterDocument {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw new ExportedRegisterError(`it is not valid JSON (${(error as Error).message})`);
  }
  if (Array.isArray(value)) {
    throw new ExportedRegisterError(
      `it holds ${value.length} registers; export them one per file (alliance export --out DIR)`,
    );
  }
  const parsed = register.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const path = issue?.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .slice(1);
    throw new ExportedRegisterError(`it is JSON but not a register: ${path || 'the top'}: ${issue?.message}`);
  }
  return parsed.data;
}
