import { randomBytes } from 'node:crypto';
import { Contract, Interface, Signature, getAddress, id, isAddress, keccak256, solidityPacked, toUtf8Bytes } from 'ethers';
import type { EventLog, TypedDataField } from 'ethers';
import { ConsentRegistryAbi } from '../../contracts/generated/index.ts';
import { ConfigError } from '../../schemas/config.ts';
import { badRequest, conflict, forbidden } from '../fhir/outcomes.ts';
import { isTransientNetworkError, withRetries } from '../platform/retry.ts';
import { chainClient } from './chain-client.ts';
import type { ChainClient } from './chain-client.ts';
import { parseContractRevert, sendAndConfirm } from './contract-call.ts';
import type { ConfirmedTransaction } from './contract-call.ts';
import { KmsSignerError, signerFailure } from './kms-signer.ts';
import { RegistryRoleError, onChainProviderId } from './provider-registry.ts';
import { pseudonymBytes32 } from './record-locator.ts';

/**
 * The exchange's view of contracts/ConsentRegistry.sol: who controls a patient's pseudonym, which
 * grantees the controller has consented to, and emergency access.
 *
 * What goes on chain, which anyone can read: the pseudonym (an HMAC under the exchange's key), the
 * controller's address, grantees and purposes as keccak256 of their ids ("dev-hospital-a",
 * "treatment"), the expiry, and for emergency access a salted commitment to the reason (the salt
 * stays in the exchange's audit entry, so a short or guessable reason cannot be found from it).
 *
 * The exchange relays consents but cannot forge them: each grant or revocation carries the
 * controller's EIP-712 signature, checked by the contract ({@link consentTypedData} builds what the
 * wallet signs). Reads of `isPermitted` are cached for at most `cacheMs` (30 s by default), so a
 * revocation is in force everywhere within that time.
 */

export const ConsentRegistryInterface = new Interface(ConsentRegistryAbi);

export const CONSENT_PURPOSES = ['treatment', 'research'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** The FHIR Consent.scope (http://terminology.hl7.org/CodeSystem/consentscope) a purpose is recorded under. */
export const CONSENT_SCOPE: Record<ConsentPurpose, string> = { treatment: 'treatment', research: 'research' };

/** How long an `isPermitted` answer is trusted at most (CONSENT_CACHE_SECONDS may shorten it). */
export const CONSENT_CACHE_MS = 30_000;

const ATTEMPTS = 3;
/** DEFAULT_ADMIN_ROLE. */
const ZERO_ROLE = `0x${'00'.repeat(32)}`;
const BACKOFF_MS = 250;

/** The on-chain id of a purpose, as the contract's PURPOSE_TREATMENT / PURPOSE_RESEARCH. */
export function purposeKey(purpose: ConsentPurpose): string {
  return id(purpose);
}

/** The on-chain id of a grantee (a provider id or a research organisation id): keccak256 of its UTF-8 bytes, as the provider registry's. */
export function granteeKey(granteeId: string): string {
  return onChainProviderId(granteeId);
}

export const CONSENT_TYPES: Record<string, TypedDataField[]> = {
  Consent: [
    { name: 'pseudonym', type: 'bytes32' },
    { name: 'grantee', type: 'bytes32' },
    { name: 'purpose', type: 'bytes32' },
    { name: 'scope', type: 'bytes32' },
    { name: 'expiry', type: 'uint64' },
    { name: 'nonce', type: 'uint256' },
  ],
};
export const REVOCATION_TYPES: Record<string, TypedDataField[]> = {
  Revocation: [
    { name: 'pseudonym', type: 'bytes32' },
    { name: 'grantee', type: 'bytes32' },
    { name: 'purpose', type: 'bytes32' },
    { name: 'nonce', type: 'uint256' },
  ],
};

export const ERASURE_TYPES: Record<string, TypedDataField[]> = {
  ErasureRequest: [
    { name: 'pseudonym', type: 'bytes32' },
    { name: 'nonce', type: 'uint256' },
  ],
};

/** A wallet recovery as the new wallet signs it (ConsentRegistry.proposeRecovery). */
export const RECOVERY_PROPOSAL_TYPES: Record<string, TypedDataField[]> = {
  RecoveryProposal: [
    { name: 'pseudonym', type: 'bytes32' },
    { name: 'newController', type: 'address' },
    { name: 'nonce', type: 'uint256' },
  ],
};

/** The current controller's cancellation of a pending recovery (ConsentRegistry.cancelRecovery). */
export const RECOVERY_CANCELLATION_TYPES: Record<string, TypedDataField[]> = {
  RecoveryCancellation: [
    { name: 'pseudonym', type: 'bytes32' },
    { name: 'newController', type: 'address' },
    { name: 'nonce', type: 'uint256' },
  ],
};

/** A RecoveryProposal or RecoveryCancellation as signed. */
export interface RecoveryMessage {
  pseudonym: string;
  newController: string;
  nonce: string;
}

/** A recovery waiting for its delay (ConsentRegistry.pendingRecoveryOf). */
export interface PendingRecovery {
  pseudonym: string;
  newController: string;
  /** The vouching provider's on-chain id. */
  provider: string;
  executableAt: Date;
}

/** A step of a pseudonym's recoveries, as its event on chain. */
export interface RecoveryEvent {
  kind: 'proposed' | 'cancelled' | 'vetoed' | 'executed';
  newController: string;
  at: Date;
  transactionHash: string;
  blockNumber: number;
}

/** A person's erasure as their controller signs it (ConsentRegistry.requestErasure). */
export interface ErasureMessage {
  pseudonym: string;
  nonce: string;
}

export interface ConsentDomain {
  name: string;
  version: string;
  chainId: number;
  verifyingContract: string;
}

/** A consent grant as signed: every value a decimal string or hex, so that it travels as JSON. */
export interface ConsentMessage {
  pseudonym: string;
  grantee: string;
  purpose: string;
  scope: string;
  expiry: string;
  nonce: string;
}

export interface RevocationMessage {
  pseudonym: string;
  grantee: string;
  purpose: string;
  nonce: string;
}

/** EIP-712 typed data, ready for `eth_signTypedData_v4` (with EIP712Domain added by the wallet library). */
export interface TypedData<M> {
  domain: ConsentDomain;
  types: Record<string, TypedDataField[]>;
  primaryType: 'Consent' | 'Revocation' | 'ErasureRequest' | 'RecoveryProposal' | 'RecoveryCancellation';
  message: M;
}

export interface ConsentState {
  /** The grantee's on-chain id (keccak256 of its id). */
  grantee: string;
  purpose: ConsentPurpose;
  /** Unix seconds; 0 when revoked. */
  expiry: number;
  active: boolean;
  /** The last ConsentGranted or ConsentRevoked event of this (grantee, purpose). */
  changedAt: { transactionHash: string; blockNumber: number; kind: 'granted' | 'revoked' };
  /** When it was last granted (block time), if known. */
  grantedAt?: Date;
}

export interface EmergencyAccessEvent {
  /** The provider's on-chain id. */
  provider: string;
  reasonCommitment: string;
  accessedAt: Date;
  transactionHash: string;
}

/** A salted commitment to an emergency-access reason: what goes on chain, and the salt that opens it. */
export function reasonCommitment(reason: string, salt: Buffer = randomBytes(32)): { commitment: string; salt: string } {
  const saltHex = `0x${salt.toString('hex')}`;
  return { commitment: keccak256(solidityPacked(['bytes32', 'bytes'], [saltHex, toUtf8Bytes(reason)])), salt: saltHex };
}

export class ConsentRegistry {
  readonly chain: ChainClient;
  readonly address: string;
  readonly cacheMs: number;
  readonly #contract: Contract;
  readonly #now: () => number;
  readonly #permitted = new Map<string, { value: boolean; at: number }>();

  constructor(chain: ChainClient, options: { cacheMs?: number; now?: () => number } = {}) {
    const address = chain.config.CONSENT_REGISTRY_ADDRESS;
    if (!address) throw new ConfigError('Invalid configuration: CONSENT_REGISTRY_ADDRESS: required by the consent registry');
    this.chain = chain;
    this.address = address;
    this.cacheMs = options.cacheMs ?? (chain.config.CONSENT_CACHE_SECONDS ?? CONSENT_CACHE_MS / 1000) * 1000;
    this.#now = options.now ?? Date.now;
    this.#contract = new Contract(address, ConsentRegistryInterface, chain.provider);
  }

  /** The contract's EIP-712 domain on this chain. */
  domain(): ConsentDomain {
    return { name: 'fhir-exchange ConsentRegistry', version: '1', chainId: this.chain.config.CHAIN_ID, verifyingContract: getAddress(this.address) };
  }

  /** The controller of `pseudonym`, or undefined when none is set. */
  async controllerOf(pseudonym: string): Promise<string | undefined> {
    const controller = String(await this.#read('controllerOf', pseudonymBytes32(pseudonym)));
    return /^0x0{40}$/i.test(controller) ? undefined : getAddress(controller);
  }

  async nonceOf(pseudonym: string): Promise<bigint> {
    return BigInt(String(await this.#read('nonceOf', pseudonymBytes32(pseudonym))));
  }

  /**
   * Whether `granteeId` has `pseudonym`'s consent for `purpose` now, as the chain said at most
   * `cacheMs` ago.
   */
  async isPermitted(pseudonym: string, granteeId: string, purpose: ConsentPurpose): Promise<boolean> {
    const key = `${pseudonymBytes32(pseudonym)}:${granteeKey(granteeId)}:${purpose}`;
    const cached = this.#permitted.get(key);
    if (cached && this.#now() - cached.at < this.cacheMs) return cached.value;
    const value = Boolean(await this.#read('isPermitted', pseudonymBytes32(pseudonym), granteeKey(granteeId), purposeKey(purpose)));
    this.#permitted.set(key, { value, at: this.#now() });
    if (this.#permitted.size > 10_000) this.#permitted.delete(this.#permitted.keys().next().value!);
    return value;
  }

  /** Forgets cached answers (a grant or revocation relayed by this process is in force at once here). */
  #forget(pseudonym: string): void {
    const prefix = `${pseudonymBytes32(pseudonym)}:`;
    for (const key of this.#permitted.keys()) if (key.startsWith(prefix)) this.#permitted.delete(key);
  }

  /** What the controller signs to grant `granteeId` consent for `purpose` until `expiresAt`, with the pseudonym's next nonce. */
  async grantTypedData(pseudonym: string, granteeId: string, purpose: ConsentPurpose, expiresAt: Date): Promise<TypedData<ConsentMessage>> {
    const expiry = Math.floor(expiresAt.getTime() / 1000);
    if (!Number.isFinite(expiry) || expiry * 1000 <= this.#now()) throw badRequest('The consent must expire in the future', 'expires');
    return {
      domain: this.domain(),
      types: CONSENT_TYPES,
      primaryType: 'Consent',
      message: {
        pseudonym: pseudonymBytes32(pseudonym),
        grantee: granteeKey(granteeId),
        purpose: purposeKey(purpose),
        scope: id(CONSENT_SCOPE[purpose]),
        expiry: String(expiry),
        nonce: String(await this.nonceOf(pseudonym)),
      },
    };
  }

  /** What the controller signs to revoke `granteeId`'s consent for `purpose`, with the pseudonym's next nonce. */
  async revocationTypedData(pseudonym: string, granteeId: string, purpose: ConsentPurpose): Promise<TypedData<RevocationMessage>> {
    return {
      domain: this.domain(),
      types: REVOCATION_TYPES,
      primaryType: 'Revocation',
      message: { pseudonym: pseudonymBytes32(pseudonym), grantee: granteeKey(granteeId), purpose: purposeKey(purpose), nonce: String(await this.nonceOf(pseudonym)) },
    };
  }

  /** What the controller signs to have `pseudonym`'s records erased at every holder, with the pseudonym's next nonce. */
  async erasureTypedData(pseudonym: string): Promise<TypedData<ErasureMessage>> {
    return { domain: this.domain(), types: ERASURE_TYPES, primaryType: 'ErasureRequest', message: { pseudonym: pseudonymBytes32(pseudonym), nonce: String(await this.nonceOf(pseudonym)) } };
  }

  /** Relays a signed erasure request (the contract checks signer and nonce, and records ErasureRequested on chain). */
  async relayErasureRequest(message: ErasureMessage, signature: string): Promise<ConfirmedTransaction> {
    const data = ConsentRegistryInterface.encodeFunctionData('requestErasure', [[pseudonymBytes32(message.pseudonym), uint(message.nonce, 'nonce')], signatureBytes(signature)]);
    return sendAndConfirm(this.chain.operator, this.address, data, 'the erasure request', translate);
  }

  /** Relays a signed grant (the contract checks signer, nonce and expiry). */
  async relayGrant(message: ConsentMessage, signature: string): Promise<ConfirmedTransaction> {
    const consent = [pseudonymBytes32(message.pseudonym), bytes32(message.grantee, 'grantee'), bytes32(message.purpose, 'purpose'), bytes32(message.scope, 'scope'), uint(message.expiry, 'expiry'), uint(message.nonce, 'nonce')];
    const data = ConsentRegistryInterface.encodeFunctionData('grant', [consent, signatureBytes(signature)]);
    const sent = await sendAndConfirm(this.chain.operator, this.address, data, 'the consent grant', translate);
    this.#forget(message.pseudonym);
    return sent;
  }

  /** Relays a signed revocation. */
  async relayRevocation(message: RevocationMessage, signature: string): Promise<ConfirmedTransaction> {
    const revocation = [pseudonymBytes32(message.pseudonym), bytes32(message.grantee, 'grantee'), bytes32(message.purpose, 'purpose'), uint(message.nonce, 'nonce')];
    const data = ConsentRegistryInterface.encodeFunctionData('revoke', [revocation, signatureBytes(signature)]);
    const sent = await sendAndConfirm(this.chain.operator, this.address, data, 'the consent revocation', translate);
    this.#forget(message.pseudonym);
    return sent;
  }

  /** Sets the first controller of `pseudonym`, vouched for by `providerId` (the operator's role). */
  async setController(pseudonym: string, controller: string, providerId: string): Promise<ConfirmedTransaction> {
    if (!isAddress(controller)) throw badRequest('The wallet address is not an EVM address', 'address');
    const data = ConsentRegistryInterface.encodeFunctionData('setController', [pseudonymBytes32(pseudonym), getAddress(controller), onChainProviderId(providerId)]);
    return sendAndConfirm(this.chain.operator, this.address, data, 'the enrollment', translate);
  }

  /** Records emergency access to `pseudonym`'s records by `providerId`, with a commitment to the reason. */
  async recordEmergencyAccess(pseudonym: string, providerId: string, reasonCommitmentHex: string): Promise<ConfirmedTransaction> {
    const data = ConsentRegistryInterface.encodeFunctionData('recordEmergencyAccess', [pseudonymBytes32(pseudonym), onChainProviderId(providerId), bytes32(reasonCommitmentHex, 'reason')]);
    return sendAndConfirm(this.chain.operator, this.address, data, 'the emergency access record', translate);
  }

  /** The recovery of `pseudonym` waiting for its delay, if any. */
  async pendingRecoveryOf(pseudonym: string): Promise<PendingRecovery | undefined> {
    const pending = (await this.#read('pendingRecoveryOf', pseudonymBytes32(pseudonym))) as { newController: string; providerId: string; executableAt: bigint };
    if (pending.executableAt === 0n) return undefined;
    return { pseudonym: pseudonymBytes32(pseudonym), newController: getAddress(pending.newController), provider: String(pending.providerId).toLowerCase(), executableAt: new Date(Number(pending.executableAt) * 1000) };
  }

  /** The recovery delay now (applies to recoveries proposed from now on), in seconds. */
  async recoveryDelaySeconds(): Promise<number> {
    return Number(await this.#read('recoveryDelay'));
  }

  /** What the new wallet signs to ask for control of `pseudonym`, with the pseudonym's next nonce. */
  async recoveryProposalTypedData(pseudonym: string, newController: string): Promise<TypedData<RecoveryMessage>> {
    if (!isAddress(newController)) throw badRequest('The wallet address is not an EVM address', 'address');
    return {
      domain: this.domain(),
      types: RECOVERY_PROPOSAL_TYPES,
      primaryType: 'RecoveryProposal',
      message: { pseudonym: pseudonymBytes32(pseudonym), newController: getAddress(newController), nonce: String(await this.nonceOf(pseudonym)) },
    };
  }

  /** What the controller signs to cancel the pending recovery of `pseudonym` (409 when none is pending). */
  async recoveryCancellationTypedData(pseudonym: string): Promise<TypedData<RecoveryMessage>> {
    const pending = await this.pendingRecoveryOf(pseudonym);
    if (!pending) throw conflict('No recovery of this patient is pending');
    return {
      domain: this.domain(),
      types: RECOVERY_CANCELLATION_TYPES,
      primaryType: 'RecoveryCancellation',
      message: { pseudonym: pseudonymBytes32(pseudonym), newController: pending.newController, nonce: String(await this.nonceOf(pseudonym)) },
    };
  }

  /** Relays the new wallet's signed recovery proposal, vouched for by `providerId` (the operator's role). */
  async relayRecoveryProposal(message: RecoveryMessage, signature: string, providerId: string): Promise<ConfirmedTransaction> {
    const data = ConsentRegistryInterface.encodeFunctionData('proposeRecovery', [recoveryTuple(message), signatureBytes(signature), onChainProviderId(providerId)]);
    return sendAndConfirm(this.chain.operator, this.address, data, 'the recovery proposal', translate);
  }

  /** Relays the controller's signed cancellation of the pending recovery. */
  async relayRecoveryCancellation(message: RecoveryMessage, signature: string): Promise<ConfirmedTransaction> {
    const data = ConsentRegistryInterface.encodeFunctionData('cancelRecovery', [recoveryTuple(message), signatureBytes(signature)]);
    return sendAndConfirm(this.chain.operator, this.address, data, 'the recovery cancellation', translate);
  }

  /** Vetoes the pending recovery of `pseudonym` to `newController`, as the admin, with a commitment to the reason. */
  async vetoRecovery(pseudonym: string, newController: string, reasonCommitmentHex: string): Promise<ConfirmedTransaction> {
    if (!isAddress(newController)) throw badRequest('The wallet address is not an EVM address', 'newController');
    const data = ConsentRegistryInterface.encodeFunctionData('vetoRecovery', [pseudonymBytes32(pseudonym), getAddress(newController), bytes32(reasonCommitmentHex, 'reason')]);
    return sendAndConfirm(this.chain.admin, this.address, data, 'the recovery veto', translate);
  }

  /** Executes the pending recovery of `pseudonym` once its delay has passed (sent by the operator; anyone may). */
  async executeRecovery(pseudonym: string): Promise<ConfirmedTransaction> {
    const data = ConsentRegistryInterface.encodeFunctionData('executeRecovery', [pseudonymBytes32(pseudonym)]);
    const sent = await sendAndConfirm(this.chain.operator, this.address, data, 'the recovery', translate);
    this.#forget(pseudonym);
    return sent;
  }

  /** The pending recoveries that would hand a pseudonym to `address` (public on chain). */
  async recoveriesProposedTo(address: string): Promise<PendingRecovery[]> {
    if (!isAddress(address)) throw badRequest('The wallet address is not an EVM address', 'address');
    const proposed = await this.#events(this.#contract.filters.RecoveryProposed!(null, getAddress(address)));
    const pseudonyms = [...new Set(proposed.map((event) => String(event.args[0]).toLowerCase()))];
    const pending = await Promise.all(pseudonyms.map((pseudonym) => this.pendingRecoveryOf(pseudonym)));
    return pending.filter((recovery): recovery is PendingRecovery => recovery !== undefined && recovery.newController === getAddress(address));
  }

  /** Every recovery pending now, on any pseudonym (for the admin; public on chain). */
  async pendingRecoveries(): Promise<PendingRecovery[]> {
    const proposed = await this.#events(this.#contract.filters.RecoveryProposed!());
    const pseudonyms = [...new Set(proposed.map((event) => String(event.args[0]).toLowerCase()))];
    const pending = await Promise.all(pseudonyms.map((pseudonym) => this.pendingRecoveryOf(pseudonym)));
    return pending.filter((recovery): recovery is PendingRecovery => recovery !== undefined);
  }

  /** Every recovery step of `pseudonym`, oldest first. */
  async recoveryEventsOf(pseudonym: string): Promise<RecoveryEvent[]> {
    const key = pseudonymBytes32(pseudonym);
    const [proposed, cancelled, vetoed, executed] = await Promise.all([
      this.#events(this.#contract.filters.RecoveryProposed!(key)),
      this.#events(this.#contract.filters.RecoveryCancelled!(key)),
      this.#events(this.#contract.filters.RecoveryVetoed!(key)),
      this.#events(this.#contract.filters.RecoveryExecuted!(key)),
    ]);
    const steps = [
      ...proposed.map((event) => ({ kind: 'proposed' as const, event, newController: event.args[1] })),
      ...cancelled.map((event) => ({ kind: 'cancelled' as const, event, newController: event.args[2] })),
      ...vetoed.map((event) => ({ kind: 'vetoed' as const, event, newController: event.args[1] })),
      ...executed.map((event) => ({ kind: 'executed' as const, event, newController: event.args[2] })),
    ].sort((a, b) => a.event.blockNumber - b.event.blockNumber || a.event.index - b.event.index);
    const blocks = new Map<number, Promise<number>>();
    const timeOf = (blockNumber: number) => {
      if (!blocks.has(blockNumber)) blocks.set(blockNumber, this.chain.provider.getBlock(blockNumber).then((block) => block?.timestamp ?? 0));
      return blocks.get(blockNumber)!;
    };
    return Promise.all(
      steps.map(async ({ kind, event, newController }) => ({
        kind,
        newController: getAddress(String(newController)),
        at: new Date((await timeOf(event.blockNumber)) * 1000),
        transactionHash: event.transactionHash,
        blockNumber: event.blockNumber,
      })),
    );
  }

  /**
   * The pseudonyms `address` controls now: those it was given (ControllerSet) or handed
   * (ControllerChanged), and still holds. Public on chain already; no PHI.
   */
  async pseudonymsControlledBy(address: string): Promise<string[]> {
    if (!isAddress(address)) throw badRequest('The wallet address is not an EVM address', 'address');
    const controller = getAddress(address);
    const [set, changed] = await Promise.all([
      this.#events(this.#contract.filters.ControllerSet!(null, controller)),
      this.#events(this.#contract.filters.ControllerChanged!(null, null, controller)),
    ]);
    const candidates = [...new Set([...set, ...changed].map((event) => String(event.args[0]).toLowerCase()))];
    const current = await Promise.all(candidates.map(async (pseudonym) => ((await this.controllerOf(pseudonym)) === controller ? pseudonym : undefined)));
    return current.filter((pseudonym): pseudonym is string => pseudonym !== undefined);
  }

  /** Every (grantee, purpose) that `pseudonym`'s controller ever granted, with its state now. */
  async consentsOf(pseudonym: string): Promise<ConsentState[]> {
    const key = pseudonymBytes32(pseudonym);
    const [granted, revoked] = await Promise.all([
      this.#events(this.#contract.filters.ConsentGranted!(key)),
      this.#events(this.#contract.filters.ConsentRevoked!(key)),
    ]);
    const byPair = new Map<string, { grantee: string; purpose: ConsentPurpose; last: EventLog; lastGrant?: EventLog }>();
    for (const event of [...granted, ...revoked].sort((a, b) => a.blockNumber - b.blockNumber || a.index - b.index)) {
      const grantee = String(event.args[1]).toLowerCase();
      const purpose = CONSENT_PURPOSES.find((candidate) => purposeKey(candidate) === String(event.args[2]).toLowerCase());
      if (!purpose) continue;
      const pair = byPair.get(`${grantee}:${purpose}`) ?? { grantee, purpose, last: event };
      pair.last = event;
      if (event.eventName === 'ConsentGranted') pair.lastGrant = event;
      byPair.set(`${grantee}:${purpose}`, pair);
    }
    const now = Math.floor(this.#now() / 1000);
    return Promise.all(
      [...byPair.values()].map(async ({ grantee, purpose, last, lastGrant }) => {
        const record = (await this.#read('consentOf', key, grantee, purposeKey(purpose))) as { expiry: bigint };
        const expiry = Number(record.expiry);
        const block = lastGrant ? await this.chain.provider.getBlock(lastGrant.blockNumber) : undefined;
        return {
          grantee,
          purpose,
          expiry,
          active: expiry > now,
          changedAt: { transactionHash: last.transactionHash, blockNumber: last.blockNumber, kind: last.eventName === 'ConsentGranted' ? ('granted' as const) : ('revoked' as const) },
          ...(block ? { grantedAt: new Date(block.timestamp * 1000) } : {}),
        };
      }),
    );
  }

  /** Every emergency access recorded for `pseudonym`, oldest first. */
  async emergencyAccessesOf(pseudonym: string): Promise<EmergencyAccessEvent[]> {
    const events = await this.#events(this.#contract.filters.EmergencyAccessRecorded!(pseudonymBytes32(pseudonym)));
    return events.map((event) => ({
      provider: String(event.args[1]).toLowerCase(),
      reasonCommitment: String(event.args[2]),
      accessedAt: new Date(Number(event.args[3]) * 1000),
      transactionHash: event.transactionHash,
    }));
  }

  async #events(filter: Parameters<Contract['queryFilter']>[0]): Promise<EventLog[]> {
    const events = await withRetries(() => this.#contract.queryFilter(filter, 0), { attempts: ATTEMPTS, baseMs: BACKOFF_MS, retryable: isTransientNetworkError });
    return events.filter((event): event is EventLog => 'args' in event);
  }

  #read(method: string, ...args: unknown[]): Promise<unknown> {
    return withRetries(() => this.#contract.getFunction(method).staticCall(...args), { attempts: ATTEMPTS, baseMs: BACKOFF_MS, retryable: isTransientNetworkError });
  }
}

function bytes32(value: string, name: string): string {
  if (typeof value !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(value)) throw badRequest(`${name} must be 32 bytes (0x and 64 hex digits)`, name);
  return value.toLowerCase();
}

function uint(value: string, name: string): bigint {
  if (typeof value !== 'string' || !/^[0-9]{1,20}$/.test(value)) throw badRequest(`${name} must be a non-negative integer, as a decimal string`, name);
  return BigInt(value);
}

function recoveryTuple(message: RecoveryMessage): unknown[] {
  if (typeof message.newController !== 'string' || !isAddress(message.newController)) throw badRequest('newController must be an EVM address', 'newController');
  return [pseudonymBytes32(message.pseudonym), getAddress(message.newController), uint(message.nonce, 'nonce')];
}

function signatureBytes(signature: string): string {
  if (typeof signature !== 'string' || !/^0x([0-9a-fA-F]{2})+$/.test(signature) || signature.length > 2 + 2 * 4096) throw badRequest('The signature must be hex bytes (0x…)', 'signature');
  // A 65-byte ECDSA signature is normalised (v 0/1 or 27/28); anything else is passed on for ERC-1271 wallets.
  if (signature.length === 132) {
    try {
      return Signature.from(signature).serialized;
    } catch {
      throw badRequest('The signature is not a valid ECDSA signature', 'signature');
    }
  }
  return signature;
}

/** The contract's custom errors as outcomes. Nothing here names a pseudonym or an address. */
function translate(error: unknown): unknown {
  if (error instanceof KmsSignerError) return signerFailure(error, 'the consent transaction');
  const revert = parseContractRevert(ConsentRegistryInterface, error);
  switch (revert?.name) {
    case 'ConsentRegistryInvalidSignature':
      return forbidden("The signature is not the patient's controller's over this message in the exchange's consent domain");
    case 'ConsentRegistryInvalidNonce':
      return conflict(`The message's nonce was used already or is out of order (the next nonce is ${String(revert.args[2])}); prepare and sign it again`);
    case 'ConsentRegistryExpired':
      return badRequest('The consent has expired or expires now: its expiry must be in the future', 'expiry');
    case 'ConsentRegistryNoController':
      return conflict('No wallet controls this patient yet: the patient must enroll first');
    case 'ConsentRegistryNotGranted':
      return conflict('There is no consent in force for this grantee and purpose to revoke');
    case 'ConsentRegistryControllerAlreadySet':
      return conflict('This patient is already enrolled: a wallet controls them');
    case 'ConsentRegistryProviderNotConfirmed':
      return conflict('The provider is not a confirmed provider on the registry');
    case 'ConsentRegistryInvalidPseudonym':
      return badRequest('A pseudonym must be 32 non-zero bytes (64 hex digits)', 'pseudonym');
    case 'ConsentRegistryZeroAddress':
      return badRequest('The wallet address must not be the zero address', 'address');
    case 'ConsentRegistryInvalidRecoverySignature':
      return forbidden("The signature is not the new wallet's over this recovery in the exchange's consent domain");
    case 'ConsentRegistryRecoveryPending':
      return conflict(`A recovery of this patient is pending already (executable from ${new Date(Number(revert.args[2]) * 1000).toISOString()}): it must be cancelled or vetoed first`);
    case 'ConsentRegistryNoPendingRecovery':
      return conflict('No such recovery of this patient is pending (it was executed, cancelled or vetoed)');
    case 'ConsentRegistryRecoveryNotReady':
      return conflict(`The recovery cannot take effect before ${new Date(Number(revert.args[1]) * 1000).toISOString()}`);
    case 'ConsentRegistryRecoveryToController':
      return conflict('This wallet controls the patient already: there is nothing to recover');
    case 'AccessControlUnauthorizedAccount':
      return new RegistryRoleError(`The ${String(revert.args[1]) === ZERO_ROLE ? 'admin' : 'operator'} signer lacks its role on the consent registry`);
    default:
      return error;
  }
}

let shared: ConsentRegistry | undefined;

/** The consent registry over the process's chain client (configured from the environment on first use). */
export function consentRegistry(): ConsentRegistry {
  const chain = chainClient();
  if (shared?.chain !== chain) shared = new ConsentRegistry(chain);
  return shared;
}
