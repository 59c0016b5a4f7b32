import { createHash } from 'node:crypto';
import { getAddress, isAddress } from 'ethers';
import { z } from 'zod';
import { auditedDecision, decide, requirePermit } from '../access/decide.ts';
import type { Principal } from '../access/principal.ts';
import { badRequest, conflict } from '../fhir/outcomes.ts';
import { consentRegistry, reasonCommitment } from '../ledger/consent-registry.ts';
import type { PendingRecovery } from '../ledger/consent-registry.ts';
import { pseudonymBytes32 } from '../ledger/record-locator.ts';
import { vaultStorage } from '../vault/storage/storage-services.ts';

/**
 * Admin API for wallet recoveries (contracts/ConsentRegistry.sol, recovery.ts), served by
 * functions/admin-providers (the function that signs as the admin already):
 *
 *   GET  /admin/recoveries                          every recovery pending on chain
 *   POST /admin/recoveries/{pseudonym}/$veto        { reason, newController? }: the admin vetoes it
 *
 * A pending recovery is public on chain (the pseudonym, the proposed wallet, the vouching
 * provider's on-chain id, when it can take effect); nothing here is PHI. The veto's reason is the
 * admin's (a support ticket's reference, what the patient reported): it is kept in the patient's
 * access log only, and the chain gets a salted commitment to it (keccak256(salt ‖ reason), salt =
 * SHA-256 of the request id, which the audit entry holds), so that whoever reads the audit can check
 * the chain's RecoveryVetoed event and nobody who reads only the chain learns the reason.
 * `newController`, when given, must be the pending recovery's (so a veto aimed at one proposal
 * cannot stop a later one). The admin's signer sends the transaction. Admin clients only.
 */

const CONTROL = /\p{Cc}/u;

export const recoveryVetoSchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1, 'A veto needs a reason')
      .max(500)
      .refine((reason) => !CONTROL.test(reason), 'must not contain control characters'),
    newController: z
      .string()
      .refine((value) => isAddress(value), 'must be an EVM address (0x and 40 hex digits)')
      .optional(),
  })
  .strict();

const PSEUDONYM = /^(0x)?[0-9a-fA-F]{64}$/;

function view(recovery: PendingRecovery) {
  return { pseudonym: recovery.pseudonym, newController: recovery.newController, provider: recovery.provider, executableAt: recovery.executableAt.toISOString() };
}

/** `GET /admin/recoveries`: every recovery pending on chain, soonest first. */
export async function pendingRecoveryViews() {
  const pending = await consentRegistry().pendingRecoveries();
  return pending.sort((a, b) => a.executableAt.getTime() - b.executableAt.getTime()).map(view);
}

export type RecoveryVeto = z.infer<typeof recoveryVetoSchema>;

/** `POST /admin/recoveries/{pseudonym}/$veto`: the admin's veto, its reason in the access log first. */
export async function vetoPendingRecovery(principal: Principal, given: string, veto: RecoveryVeto, requestId: string) {
  if (!PSEUDONYM.test(given)) throw badRequest('The pseudonym must be 32 bytes (64 hex digits), as GET /admin/recoveries lists it', 'pseudonym');
  const { reason } = veto;
  const pseudonym = pseudonymBytes32(given);
  const consents = consentRegistry();
  const pending = await consents.pendingRecoveryOf(pseudonym);
  if (!pending) throw conflict('No recovery of this patient is pending (it was executed, cancelled or vetoed, or never proposed)');
  if (veto.newController !== undefined && getAddress(veto.newController) !== pending.newController) {
    throw conflict('The pending recovery names another wallet than newController: list the pending recoveries again');
  }
  const person = pseudonym.replace(/^0x/, '');
  const permit = requirePermit(decide(principal, { kind: 'recovery-veto', reason }, { kind: 'person', pseudonym: person, holders: [] }));
  // The access log first: a veto that cannot be recorded with its reason is not sent.
  await vaultStorage().audit.record([{ pseudonym: person, action: 'recovery-veto', ...auditedDecision(permit), resources: [], requestId }]);
  const { commitment } = reasonCommitment(reason, createHash('sha256').update(requestId).digest());
  const sent = await consents.vetoRecovery(pseudonym, pending.newController, commitment);
  return { vetoed: true, ...view(pending), reasonCommitment: commitment, transaction: sent.transactionHash, block: sent.blockNumber };
}
