import { getAddress, isAddress, verifyMessage } from 'ethers';
import { badRequest, conflict, unauthorized } from '../fhir/outcomes.ts';
import type { ConsentRegistry } from '../ledger/consent-registry.ts';
import type { OneTimeCodes } from './one-time-codes.ts';

/**
 * Enrollment: a patient takes control of their pseudonym on chain.
 *
 * A provider that holds the patient and has verified them in person asks for a one-time code
 * (`POST [base]/Patient/{id}/$enrollment-code`) and shows it to them. The patient's wallet signs
 * {@link enrollmentMessage} (EIP-191 `personal_sign`: the code, the wallet, the chain and the
 * consent registry, so a signature is good for this exchange only), and the exchange, after
 * checking the signature and taking the code (once), has the operator call
 * `ConsentRegistry.setController(pseudonym, wallet, provider)`. The code is the provider's word that
 * this person is that patient; the signature proves the person holds the wallet.
 */

/** How long an enrollment code is valid: time enough to enroll while at the provider's desk. */
export const ENROLLMENT_CODE_TTL_SECONDS = 15 * 60;

export interface EnrollmentPayload extends Record<string, string> {
  pseudonym: string;
  providerId: string;
}

export interface EnrollmentDeps {
  codes: OneTimeCodes;
  consents: ConsentRegistry;
}

/** The text the patient's wallet signs to redeem `code` (EIP-191). */
export function enrollmentMessage(code: string, wallet: string, consents: Pick<ConsentRegistry, 'domain'>): string {
  const { chainId, verifyingContract } = consents.domain();
  return [
    'fhir-exchange: enroll this wallet as the controller of my health records',
    `Code: ${code}`,
    `Wallet: ${getAddress(wallet)}`,
    `Chain ID: ${chainId}`,
    `Consent registry: ${verifyingContract}`,
  ].join('\n');
}

/** A code for the patient of `pseudonym`, held by `providerId`; 409 if a wallet already controls them. */
export async function issueEnrollmentCode(deps: EnrollmentDeps, payload: EnrollmentPayload): Promise<{ code: string; expiresAt: Date }> {
  if (await deps.consents.controllerOf(payload.pseudonym)) throw conflict('This patient is already enrolled: a wallet controls them');
  return deps.codes.issue('enrollment', payload, ENROLLMENT_CODE_TTL_SECONDS);
}

export interface Redemption {
  code: string;
  /** The wallet to enroll. */
  address: string;
  /** Its EIP-191 signature over enrollmentMessage(code, address). */
  signature: string;
}

/**
 * Checks the wallet's signature, takes the code and sets the controller on chain. A bad signature
 * (401) leaves the code usable; an unknown, used or expired code is a 400; a patient already
 * enrolled is a 409. If the chain cannot be reached the code is put back, so the patient can try
 * again before it expires.
 */
export async function redeemEnrollment(deps: EnrollmentDeps, redemption: Redemption): Promise<{ controller: string; providerId: string; transactionHash: string; blockNumber: number }> {
  if (typeof redemption.address !== 'string' || !isAddress(redemption.address)) throw badRequest('address must be an EVM address (0x and 40 hex digits)', 'address');
  if (typeof redemption.code !== 'string' || redemption.code.length === 0 || redemption.code.length > 64) throw badRequest('code is required', 'code');
  if (typeof redemption.signature !== 'string' || !/^0x[0-9a-fA-F]{130}$/.test(redemption.signature)) throw badRequest('signature must be a 65-byte signature (0x and 130 hex digits)', 'signature');
  const controller = getAddress(redemption.address);
  let signer: string;
  try {
    signer = verifyMessage(enrollmentMessage(redemption.code, controller, deps.consents), redemption.signature);
  } catch {
    throw unauthorized('The signature is not a valid signature over the enrollment message');
  }
  if (signer !== controller) throw unauthorized('The signature was not made by the wallet being enrolled');

  const taken = await deps.codes.redeem<EnrollmentPayload>('enrollment', redemption.code);
  if (!taken) throw badRequest('The enrollment code is unknown, already used or expired: ask the provider for a new one', 'code');
  try {
    const sent = await deps.consents.setController(taken.payload.pseudonym, controller, taken.payload.providerId);
    return { controller, providerId: taken.payload.providerId, transactionHash: sent.transactionHash, blockNumber: sent.blockNumber };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === undefined || status >= 500) await deps.codes.restore('enrollment', redemption.code, taken.payload, taken.expiresAt);
    throw error;
  }
}
