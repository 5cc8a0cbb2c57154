import { z } from 'zod';
import { assertId, badUserInput } from '@alliance/core';
import type { PointOfContactImport } from './repositories/contacts.js';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const entrySchema = z.object({
  organizationId: z.uuid('must be an Organization id (a UUID)'),
  name: text(200),
  title: text(300).nullish(),
  email: z.email('must be an email address'),
  kind: z.enum(['PERSON', 'MAILING_LIST']).default('PERSON'),
});

/** Validates `importPointsOfContact`'s arguments; errors name the field (`contacts[2].email`). */
export function validatePointsOfContact(workRegisterId: string, contacts: unknown): PointOfContactImport[] {
  assertId(workRegisterId, 'workRegisterId');
  const result = z.array(entrySchema).max(500).safeParse(contacts);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [index, ...rest] = issue.path;
    const field = `contacts${index === undefined ? '' : `[${String(index)}]`}${rest.map((k) => `.${String(k)}`).join('')}`;
    throw badUserInput(`${field} ${issue.message}`, field);
  }
  return result.data.map((entry) => ({
    ...entry,
    organizationId: entry.organizationId.toLowerCase(),
    title: entry.title ?? null,
  }));
}
