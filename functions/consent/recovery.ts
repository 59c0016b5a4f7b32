import { getAddress, isAddress, verifyTypedData } from 'ethers';
import { badRequest, conflict, unauthorized } from '../fhir/outcomes.ts';
import { RECOVERY_PROPOSAL_TYPES } from '../ledger/consent-registry.ts';
import type { ConsentRegistry, PendingRecovery, RecoveryMessage, TypedData } from '../ledger/consent-registry.ts';
import { pseudonymBytes32 } from '../ledger/record-locator.ts';
import type { OneTimeCodes } from './one-time-codes.ts';

/**
 * Recovery of a lost or stolen wallet (DESIGN.md "Recovery").
 *
 * A confirmed provider that holds the patient verifies the person in person and asks for a
 * one-time recovery code (`POST [base]/Patient/{id}/$recovery-code`, recovery-code.ts). The
 * person's new wallet signs an EIP-712 `RecoveryProposal(pseudonym, newController, nonce)` in the
 * ConsentRegistry's domain ({@link prepareRecovery} builds it from the code), and the exchange,
 * after checking the signature and taking the code (once), has the operator relay it
 * (`ConsentRegistry.proposeRecovery`, which checks the signature again, on chain). The switch
 * takes effect only after the contract's recovery delay, during which the current controller can
 * cancel it with its own signature and an admin can veto it; afterwards anyone may execute it
 * ({@link finaliseRecovery}). Consents and the nonce belong to the pseudonym and carry on.
 */

/** How long a recovery code is valid: as an enrollment code, time enough at the provider's desk. */
export const RECOVERY_CODE_TTL_SECONDS = 15 * 60;

export interface RecoveryPayload extends Record<string, string> {
  pseudonym: string;
  providerId: string;
}

export interface RecoveryDeps {
  codes: OneTimeCodes;
  consents: ConsentRegistry;
}

/**
 * A recovery code for the patient of `pseudonym`, held by `providerId`: 409 if no wallet controls
 * them yet (enroll instead) or a recovery is pending already.
 */
export async function issueRecoveryCode(deps: RecoveryDeps, payload: RecoveryPayload): Promise<{ code: string; expiresAt: Date }> {
  if (!(await deps.consents.controllerOf(payload.pseudonym))) throw conflict('This patient is not enrolled: no wallet controls them, so issue an enrollment code instead');
  if (await deps.consents.pendingRecoveryOf(payload.pseudonym)) throw conflict('A recovery of this patient is pending already: it must be cancelled, vetoed or executed first');
  return deps.codes.issue('recovery', payload, RECOVERY_CODE_TTL_SECONDS);
}

function checkCode(code: unknown): string {
  if (typeof code !== 'string' || code.length === 0 || code.length > 64) throw badRequest('code is required', 'code');
  return code;
}

const UNKNOWN_CODE = 'The recovery code is unknown, already used or expired: ask the provider for a new one';

/** What the new wallet signs to redeem `code` (the code is not taken). 400 for an unknown, used or expired code. */
export async function prepareRecovery(deps: RecoveryDeps, code: string, address: string): Promise<TypedData<RecoveryMessage>> {
  if (typeof address !== 'string' || !isAddress(address)) throw badRequest('address must be an EVM address (0x and 40 hex digits)', 'address');
  const payload = await deps.codes.peek<RecoveryPayload>('recovery', checkCode(code));
  if (!payload) throw badRequest(UNKNOWN_CODE, 'code');
  return deps.consents.recoveryProposalTypedData(payload.pseudonym, address);
}

export interface RecoveryRedemption {
  code: string;
  message: RecoveryMessage;
  /** The new wallet's EIP-712 signature over the RecoveryProposal. */
  signature: string;
}

/**
 * Checks the new wallet's signature, takes the code and relays the proposal on chain. A bad
 * signature (401) leaves the code usable; an unknown, used or expired code, or a message for
 * another patient, is a 400; a pending recovery or a stale nonce is a 409 from the contract. If the
 * chain cannot be reached, or refuses for a reason the patient can fix by signing again (a 409), the code is
 * put back so that the patient can try again before it expires.
 */
export async function redeemRecovery(deps: RecoveryDeps, redemption: RecoveryRedemption): Promise<{ pending: PendingRecovery; transactionHash: string; blockNumber: number }> {
  const code = checkCode(redemption.code);
  const { message, signature } = redemption;
  if (typeof message?.newController !== 'string' || !isAddress(message.newController)) throw badRequest('message.newController must be an EVM address', 'message.newController');
  if (typeof signature !== 'string' || !/^0x[0-9a-fA-F]{130}$/.test(signature)) throw badRequest('signature must be a 65-byte signature (0x and 130 hex digits)', 'signature');
  let signer: string;
  try {
    const typed = { pseudonym: pseudonymBytes32(message.pseudonym), newController: getAddress(message.newController), nonce: BigInt(message.nonce) };
    signer = verifyTypedData(deps.consents.domain(), RECOVERY_PROPOSAL_TYPES, typed, signature);
  } catch {
    throw unauthorized('The signature is not a valid signature over the recovery proposal');
  }
  if (signer !== getAddress(message.newController)) throw unauthorized('The signature was not made by the wallet the recovery names');

  const taken = await deps.codes.redeem<RecoveryPayload>('recovery', code);
  if (!taken) throw badRequest(UNKNOWN_CODE, 'code');
  const putBack = () => deps.codes.restore('recovery', code, taken.payload, taken.expiresAt);
  if (pseudonymBytes32(taken.payload.pseudonym) !== pseudonymBytes32(message.pseudonym)) {
    await putBack();
    throw badRequest('The signed proposal is not for the patient this code was issued for: prepare it again with the code', 'message.pseudonym');
  }
  try {
    const sent = await deps.consents.relayRecoveryProposal(message, signature, taken.payload.providerId);
    const pending = await deps.consents.pendingRecoveryOf(taken.payload.pseudonym);
    if (!pending) throw conflict('The recovery was executed, cancelled or vetoed already');
    return { pending, transactionHash: sent.transactionHash, blockNumber: sent.blockNumber };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === undefined || status >= 500 || status === 409) await putBack();
    throw error;
  }
}

/** Executes the pending recovery of `pseudonym` once its delay has passed (409 before, or when none is pending). */
export async function finaliseRecovery(deps: Pick<RecoveryDeps, 'consents'>, pseudonym: string): Promise<{ controller: string; transactionHash: string; blockNumber: number }> {
  const pending = await deps.consents.pendingRecoveryOf(pseudonym);
  if (!pending) throw conflict('No recovery of this patient is pending');
  // The contract compares the chain's time with executableAt (ConsentRegistryRecoveryNotReady → 409).
  const sent = await deps.consents.executeRecovery(pseudonym);
  return { controller: pending.newController, transactionHash: sent.transactionHash, blockNumber: sent.blockNumber };
}
