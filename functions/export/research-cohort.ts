import { Contract } from 'ethers';
import type { EventLog, JsonRpcProvider } from 'ethers';
import { ConsentRegistryInterface, granteeKey, purposeKey } from '../ledger/consent-registry.ts';
import { isTransientNetworkError, withRetries } from '../platform/retry.ts';

/**
 * Who an export considers, from the chain alone: the exchange keeps no list of patients, and the
 * pseudonyms that consented to a research client's research are public on chain already
 * (ConsentGranted events with that grantee and purpose). An export pins the chain's block at its
 * transaction time; the cohort is every pseudonym with such an event up to that block, and each
 * is exported only if `isPermitted` held at that same block (granted, not revoked, not expired).
 * So a resumed run sees exactly the cohort the first run saw, and a revocation mined before the
 * kick-off keeps the patient out of that export and every later one.
 */

/** Patients whose consent an export reads in one batch of calls at the job's block. */
export const CONSENT_WINDOW = 64;

const ATTEMPTS = 3;
const BACKOFF_MS = 250;

export class ResearchCohort {
  readonly #contract: Contract;
  readonly #provider: JsonRpcProvider;

  constructor(provider: JsonRpcProvider, consentRegistryAddress: string) {
    this.#provider = provider;
    this.#contract = new Contract(consentRegistryAddress, ConsentRegistryInterface, provider);
  }

  /** The chain's latest block: the one an export starting now reads consents at. */
  async currentBlock(): Promise<number> {
    return withRetries(() => this.#provider.getBlockNumber(), { attempts: ATTEMPTS, baseMs: BACKOFF_MS, retryable: isTransientNetworkError });
  }

  /** Every pseudonym (64 hex, as the catalog keys them) that granted `clientId` research consent up to `block`, sorted. */
  async candidates(clientId: string, block: number): Promise<string[]> {
    const filter = this.#contract.filters.ConsentGranted!(null, granteeKey(clientId), purposeKey('research'));
    const events = await withRetries(() => this.#contract.queryFilter(filter, 0, block), { attempts: ATTEMPTS, baseMs: BACKOFF_MS, retryable: isTransientNetworkError });
    const pseudonyms = events.filter((event): event is EventLog => 'args' in event).map((event) => String(event.args[0]).toLowerCase().replace(/^0x/, ''));
    return [...new Set(pseudonyms)].sort();
  }

  /**
   * `permittedAt` for each of `pseudonyms`, in order: the calls are made at once, so a provider that
   * batches JSON-RPC requests (export-services.ts) sends them as one batch.
   */
  async permittedMany(pseudonyms: readonly string[], clientId: string, block: number): Promise<boolean[]> {
    return Promise.all(pseudonyms.map((pseudonym) => this.permittedAt(pseudonym, clientId, block)));
  }

  /** Whether `pseudonym`'s research consent to `clientId` was in force at `block` (read as of that block, never cached). */
  async permittedAt(pseudonym: string, clientId: string, block: number): Promise<boolean> {
    const method = this.#contract.getFunction('isPermitted');
    return Boolean(
      await withRetries(() => method.staticCall(`0x${pseudonym}`, granteeKey(clientId), purposeKey('research'), { blockTag: block }), {
        attempts: ATTEMPTS,
        baseMs: BACKOFF_MS,
        retryable: isTransientNetworkError,
      }),
    );
  }
}
