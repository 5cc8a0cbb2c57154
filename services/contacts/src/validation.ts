import { z } from 'zod';
import { acronym, assertId, badUserInput, parseInput } from '@alliance/core';
import type { ContactKind } from './entities/index.js';
import type { PointOfContactImport } from './domain/point-import.js';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Upper-cased email addresses are the same address; stored lower-case, compared lower-case. */
const email = z.email('must be an email address').max(320, 'must be at most 320 characters');

const kind = z.enum(['PERSON', 'MAILING_LIST']);

/** Fields a patch may not clear: explicit null says so instead of zod's "expected string". */
const required = <T extends z.ZodType>(schema: T) =>
  schema.nullable().refine((value) => value !== null, 'cannot be cleared: give a value or leave the field out');

const parse = parseInput;

const entrySchema = z.object({
  organizationId: z.uuid('must be an Organization id (a UUID)'),
  name: text(200),
  title: text(300).nullish(),
  email,
  kind: kind.default('PERSON'),
});

/** Validates `importPointsOfContact`'s arguments; errors name the field (`contacts[2].email`). */
export function validatePointsOfContact(workRegisterId: string, contacts: unknown): PointOfContactImport[] {
  assertId(workRegisterId, 'workRegisterId');
  return parse(z.array(entrySchema).max(500), contacts, 'contacts').map((entry) => ({
    ...entry,
    organizationId: entry.organizationId.toLowerCase(),
    title: entry.title ?? null,
  }));
}

export interface ContactInput {
  /** An acronym; null or absent: a contact of no organization (admins only). */
  organization: string | null;
  name: string;
  email: string;
  title: string | null;
  kind: ContactKind;
}

const contactInputSchema = z.object({
  organization: acronym.nullish(),
  name: text(200),
  email,
  title: text(300).nullish(),
  kind: kind.default('PERSON'),
});

export function validateContactInput(input: unknown): ContactInput {
  const parsed = parse(contactInputSchema, input, 'input');
  return {
    ...parsed,
    organization: parsed.organization ?? null,
    email: parsed.email.toLowerCase(),
    title: parsed.title ?? null,
  };
}

/** Only what is given changes; `title: null` clears the title, `organization: null` detaches. */
export type ContactPatch = Partial<ContactInput>;

const contactPatchSchema = z.object({
  organization: acronym.nullish(),
  name: required(text(200)).optional(),
  email: required(email).optional(),
  title: text(300).nullish(),
  kind: required(kind).optional(),
});

export function validateContactPatch(input: unknown): ContactPatch {
  const parsed = parse(contactPatchSchema, input, 'input');
  const patch = Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as ContactPatch;
  if (Object.keys(patch).length === 0) {
    throw badUserInput('input names no field to change: give one of name, email, title, kind, organization', 'input');
  }
  return patch.email ? { ...patch, email: patch.email.toLowerCase() } : patch;
}

export interface PointOfContactInput {
  workRegisterId: string;
  contactId: string;
  organization: string;
  role: string | null;
}

export function validatePointOfContactInput(args: {
  workRegisterId: string;
  contactId: string;
  organization: string;
  role?: string | null;
}): PointOfContactInput {
  return {
    workRegisterId: assertId(args.workRegisterId, 'workRegisterId'),
    contactId: assertId(args.contactId, 'contactId'),
    organization: parse(acronym, args.organization, 'organization'),
    role: parse(text(300).nullish(), args.role, 'role') ?? null,
  };
}
