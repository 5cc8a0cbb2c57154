import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, notFound, type Database } from '@alliance/core';
import {
  WorkRegisterEntity,
  WorkRegisterRevisionEntity,
  type WorkRegister,
  type WorkRegisterStatus,
} from '../entities/index.js';

/** The moves a register's status may make (DESIGN: DRAFT → ACTIVE → UNDER_REVIEW → ACTIVE | INACTIVE | TERMINATED). */
const NEXT: Record<WorkRegisterStatus, WorkRegisterStatus[]> = {
  DRAFT: ['ACTIVE'],
  ACTIVE: ['UNDER_REVIEW'],
  UNDER_REVIEW: ['ACTIVE', 'INACTIVE', 'TERMINATED'],
  INACTIVE: [],
  TERMINATED: [],
};

const NEEDS_REASON = new Set<WorkRegisterStatus>(['INACTIVE', 'TERMINATED']);

/**
 * Sets a register's status as a new revision, only if the register is still at
 * `expectedRevision`: the UPDATE names the revision, so of two concurrent changes based on the
 * same revision exactly one lands and the other gets CONFLICT.
 */
export function setStatus(
  db: Database,
  change: { id: string; expectedRevision: number; status: WorkRegisterStatus; reason: string | null },
): Promise<WorkRegister> {
  return db.transaction(async (manager) => {
    const registers = manager.getRepository(WorkRegisterEntity);
    const register = await registers.findOneBy({ id: change.id });
    if (!register) throw notFound(`No work register with id "${change.id}"`);
    if (register.revision !== change.expectedRevision) {
      throw conflict(
        `The register is at revision ${register.revision}, not ${change.expectedRevision}; reload it and try again`,
        {
          currentRevision: register.revision,
        },
      );
    }
    if (!NEXT[register.status].includes(change.status)) {
      const allowed = NEXT[register.status].join(' or ') || 'nothing (it is final)';
      throw badUserInput(`A ${register.status} register can move to ${allowed}, not ${change.status}`, 'status');
    }
    if (NEEDS_REASON.has(change.status) && !change.reason?.trim()) {
      throw badUserInput(`Setting a register ${change.status} needs a reason`, 'reason');
    }
    const at = new Date().toISOString();
    const updated = {
      status: change.status,
      statusReason: change.reason?.trim() || null,
      revision: register.revision + 1,
      updatedAt: at,
    };
    const { affected } = await registers
      .createQueryBuilder()
      .update()
      .set(updated)
      .where('id = :id AND revision = :revision', { id: register.id, revision: register.revision })
      .execute();
    if (affected !== 1) {
      throw conflict(`The register changed while this change was being made; reload it and try again`);
    }
    await manager.getRepository(WorkRegisterRevisionEntity).insert({
      id: randomUUID(),
      workRegisterId: register.id,
      revision: updated.revision,
      sourceSha256: register.sourceSha256,
      snapshot: { change: 'status', from: register.status, to: change.status, reason: updated.statusReason },
      createdAt: at,
    });
    return { ...register, ...updated };
  });
}
