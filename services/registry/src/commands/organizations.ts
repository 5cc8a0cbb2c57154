import { assertId, type Database, type Viewer } from '@alliance/core';
import * as directory from '../repositories/organizations.js';
import { validateOrganization, validateOrganizationPatch } from '../validation.js';
import { authorizeDirectoryWrite } from './authorize.js';

/** The directory of standards bodies, kept by admins: authorize, validate, then one transaction. */

export function createOrganization(db: Database, viewer: Viewer, input: unknown) {
  authorizeDirectoryWrite(viewer, 'Adding an organization');
  return directory.createOrganization(db, validateOrganization(input));
}

export function updateOrganization(db: Database, viewer: Viewer, id: string, input: unknown) {
  authorizeDirectoryWrite(viewer, 'Changing an organization');
  return directory.updateOrganization(db, assertId(id), validateOrganizationPatch(input));
}
