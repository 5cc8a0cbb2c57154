import { assertId, badUserInput, notFound, type Database, type Viewer } from '@alliance/core';
import * as directory from '../repositories/organizations.js';
import { validateOrganization, validateOrganizationPatch } from '../validation.js';
import { authorizeDirectoryWrite } from './authorize.js';

/** The directory of standards bodies, kept by admins: authorize, validate, then one transaction. */

/** Adds a body; acronyms are unique, case-insensitively. */
export function createOrganization(db: Database, viewer: Viewer, input: unknown) {
  authorizeDirectoryWrite(viewer, 'Adding an organization');
  const fields = validateOrganization(input);
  return db.transaction(async (manager) => {
    const [clash] = await directory.organizationsByAcronyms(manager, [fields.acronym]);
    if (clash) throw badUserInput(`The directory already holds ${clash.acronym} (${clash.name})`, 'input.acronym');
    return directory.insertOrganization(manager, fields);
  });
}

/**
 * Changes a body's details; a list given replaces the list. Units keep their ids (and the
 * registers naming them) when listed with them; a unit a register names cannot be dropped.
 */
export function updateOrganization(db: Database, viewer: Viewer, id: string, input: unknown) {
  authorizeDirectoryWrite(viewer, 'Changing an organization');
  const [key, patch] = [assertId(id), validateOrganizationPatch(input)];
  return db.transaction(async (manager) => {
    const organization = await directory.organizationById(manager, key);
    if (!organization) throw notFound(`No organization with id "${key}"`);
    return directory.saveOrganization(manager, organization, patch);
  });
}
