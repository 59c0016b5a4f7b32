import { createHash } from 'node:crypto';
import type { ConsentRegistry } from '../../ledger/consent-registry.ts';
import { reasonCommitment } from '../../ledger/consent-registry.ts';
import { logger } from '../../platform/logger.ts';
import type { Catalog, Item, Key } from '../storage/catalog.ts';

/**
 * Break-glass on chain: every emergency read emits `EmergencyAccessRecorded(pseudonym, provider,
 * reason commitment)` on the ConsentRegistry, so every member of the exchange (and the patient) can
 * see it. The read itself must never wait for the chain (an emergency does not stop for an RPC
 * outage), so it leaves a pending item in the catalog, written before the records are returned,
 * and the vault worker sends it, as it does pending holdings; a chain that is down leaves the item
 * for the next run.
 *
 * The commitment is keccak256(salt ‖ reason) with salt = SHA-256 of the request id: the audit entry
 * holds the request id and the reason, so whoever reads the audit can check the chain's event, and
 * nobody who reads only the chain can guess the reason from it.
 */

/** The catalog partition of emergency accesses waiting for the chain (the only catalog items fhir-read writes). */
export const EMERGENCY_PENDING_PK = 'emergency#pending';

interface PendingEmergencyAccess extends Key {
  pseudonym: string;
  providerId: string;
  commitment: string;
}

/** The on-chain commitment for the reason given in request `requestId`. */
export function emergencyReasonCommitment(reason: string, requestId: string): string {
  return reasonCommitment(reason, createHash('sha256').update(requestId).digest()).commitment;
}

/** Leaves the emergency access for the worker to put on chain (one item per request). */
export async function leaveEmergencyAccessPending(catalog: Catalog, access: { pseudonym: string; providerId: string; reason: string; requestId: string }): Promise<void> {
  const item: PendingEmergencyAccess & Item = {
    pk: EMERGENCY_PENDING_PK,
    sk: `${new Date().toISOString()}#${access.requestId}`,
    pseudonym: access.pseudonym,
    providerId: access.providerId,
    commitment: emergencyReasonCommitment(access.reason, access.requestId),
  };
  await catalog.writeMany([item]);
}

/** Sends what is pending, oldest first; what fails stays for the next run (and does not hold up the rest). */
export async function sendPendingEmergencyAccess(catalog: Catalog, consents: ConsentRegistry, limit = 50): Promise<{ sent: number; failed: number }> {
  const pending = await catalog.query<PendingEmergencyAccess>(EMERGENCY_PENDING_PK, undefined, { limit });
  let sent = 0;
  let failed = 0;
  for (const item of pending) {
    try {
      await consents.recordEmergencyAccess(item.pseudonym, item.providerId, item.commitment);
    } catch (error) {
      failed++;
      logger.warn('emergency access left pending', { error: (error as Error).name, status: (error as { status?: number }).status });
      continue;
    }
    await catalog.writeMany([], [{ pk: item.pk, sk: item.sk }]);
    sent++;
  }
  if (sent > 0) logger.info('emergency access recorded on chain', { sent });
  return { sent, failed };
}
