import { fieldChanges, writeOutbox } from '@alliance/core';
import type { EntityManager } from 'typeorm';
import { contactEvents, type ContactEventType, type RecordedRevision } from '../domain/events.js';
import type { Directory } from '../registry-directory.js';

/**
 * Puts the events of a write's revisions in the outbox, inside the write's transaction, named as
 * the write's directory look-up named them; the relay takes them to the registry.
 */
export async function announce(
  manager: EntityManager,
  type: ContactEventType,
  recorded: readonly RecordedRevision[],
  directory: Directory,
  links: { publicUrl: string },
): Promise<void> {
  const names = { acronymOf: directory.acronymOf, register: directory.register, publicUrl: links.publicUrl };
  const changed = recorded.map((r) => ({ ...r, changes: fieldChanges(r.before ?? {}, r.after) }));
  await writeOutbox(manager, contactEvents(type, changed, names));
}
