import { Contract, Interface, isError } from 'ethers';
import type { TransactionReceipt, TransactionResponse } from 'ethers';
import { RecordLocatorAbi } from '../../contracts/generated/index.ts';
import { ConfigError } from '../../schemas/config.ts';
import { OperationOutcomeError, badRequest, conflict, issue, outcome } from '../fhir/outcomes.ts';
import { backoffDelay, isTransientNetworkError, sleep, withRetries } from '../platform/retry.ts';
import { chainClient } from './chain-client.ts';
import { KmsSignerError, signerFailure } from './kms-signer.ts';
import type { ChainClient } from './chain-client.ts';
import { RegistryRoleError, providerKey } from './provider-registry.ts';
import type { ProviderKey } from './provider-registry.ts';

/**
 * The exchange's view of contracts/RecordLocator.sol: which confirmed providers hold records for
 * a patient, the patient known only by its pseudonym (functions/vault/storage/patient-pseudonym.ts: an
 * HMAC under a KMS key, 32 bytes).
 *
 * What goes on chain, which anyone can read: the pseudonym (opaque without the exchange's HMAC
 * key) and the provider's on-chain id (keccak256 of the exchange provider id, exactly as
 * provider-registry.ts derives it). Never an identifier, a name or anything derived from PHI
 * without a secret.
 *
 * Registration is sent by the operator in batches of at most MAX_BATCH pairs (the contract's
 * limit), each waited for with one confirmation. The contract skips pairs it already has, so a
 * batch can always be sent again: a batch whose send or receipt failed on a transient RPC error
 * is retried. The contract's custom errors become OperationOutcome errors (409 for a provider that
 * is not confirmed).
 */

export const RecordLocatorInterface = new Interface(RecordLocatorAbi);

/** The contract's MAX_BATCH. */
export const MAX_BATCH = 200;
/** How long a transaction may take to be mined (inside Lambda's 10 s timeout). */
const TX_WAIT_MS = 8_000;
/** Attempts per batch on transient RPC errors, and the first back-off (doubled each time). */
const ATTEMPTS = 3;
const BACKOFF_MS = 250;

const PSEUDONYM = /^(0x)?[0-9a-fA-F]{64}$/;
const ZERO = /^(0x)?0{64}$/;

export interface Holding {
  /** The patient pseudonym: 64 hex digits, with or without `0x` (as PseudonymService returns it, or as on chain). */
  pseudonym: string;
  /** The exchange provider id, or its on-chain id (`0x` + 64 hex digits). */
  providerId: string;
}

export interface HoldingsBatch {
  transactionHash: string;
  blockNumber: number;
  /** Pairs in the batch (after removing duplicates). */
  pairs: number;
  /** Pairs the chain did not have before (HoldingRegistered events); the rest were skipped. */
  registered: number;
}

export interface HoldingsRegistration {
  /** Distinct pairs sent. */
  pairs: number;
  /** Newly registered pairs, over all batches. */
  registered: number;
  batches: HoldingsBatch[];
}

/** The pseudonym as a bytes32 (`0x` + 64 lower-case hex digits); 400 if it is not one, or is zero. */
export function pseudonymBytes32(pseudonym: string): string {
  // The message names neither the value nor its position: pseudonyms are not shown anywhere.
  if (!PSEUDONYM.test(pseudonym) || ZERO.test(pseudonym)) throw badRequest('A pseudonym must be 32 non-zero bytes (64 hex digits)', 'pseudonym');
  return (pseudonym.startsWith('0x') ? pseudonym : `0x${pseudonym}`).toLowerCase();
}

export class RecordLocator {
  readonly chain: ChainClient;
  readonly address: string;
  readonly #contract: Contract;

  constructor(chain: ChainClient) {
    const address = chain.config.RECORD_LOCATOR_ADDRESS;
    if (!address) throw new ConfigError('Invalid configuration: RECORD_LOCATOR_ADDRESS: required by the record locator');
    this.chain = chain;
    this.address = address;
    this.#contract = new Contract(address, RecordLocatorInterface, chain.provider);
  }

  /**
   * Records that each provider holds records for its pseudonym. Duplicates are dropped, pairs are
   * grouped by provider (the contract checks a provider's confirmation once per run of equal ids)
   * and sent in batches of at most MAX_BATCH, one after the other. Idempotent: pairs already on
   * chain cost gas but register nothing. A provider that is not confirmed fails its batch (409);
   * batches sent before it stay registered.
   */
  async registerHoldings(pairs: readonly Holding[]): Promise<HoldingsRegistration> {
    const keys = new Map<string, ProviderKey>();
    const distinct = new Map<string, { pseudonym: string; provider: string }>();
    for (const pair of pairs) {
      const pseudonym = pseudonymBytes32(pair.pseudonym);
      const key = providerKey(pair.providerId);
      if (!keys.has(key.onChainId) || key.providerId) keys.set(key.onChainId, key);
      distinct.set(`${pseudonym}:${key.onChainId}`, { pseudonym, provider: key.onChainId });
    }
    // Stable order: by provider (first appearance), then as given.
    const order = [...keys.keys()];
    const sorted = [...distinct.values()].sort((a, b) => order.indexOf(a.provider) - order.indexOf(b.provider));
    const batches: HoldingsBatch[] = [];
    for (let start = 0; start < sorted.length; start += MAX_BATCH) {
      const batch = sorted.slice(start, start + MAX_BATCH);
      batches.push(await this.#sendBatch(batch, keys));
    }
    return { pairs: sorted.length, registered: batches.reduce((sum, batch) => sum + batch.registered, 0), batches };
  }

  /** The on-chain ids (lower case) of the providers registered as holding records for `pseudonym`, in registration order. */
  async providersOf(pseudonym: string, blockTag?: number): Promise<string[]> {
    const ids = (await this.#withRetries(() =>
      this.#contract.getFunction('providersOf').staticCall(pseudonymBytes32(pseudonym), blockTag === undefined ? {} : { blockTag }),
    )) as string[];
    return [...ids].map((value) => String(value).toLowerCase());
  }

  async #sendBatch(batch: { pseudonym: string; provider: string }[], keys: Map<string, ProviderKey>): Promise<HoldingsBatch> {
    const data = RecordLocatorInterface.encodeFunctionData('registerHoldings', [batch.map((pair) => pair.pseudonym), batch.map((pair) => pair.provider)]);
    let response: TransactionResponse | undefined;
    let receipt: TransactionReceipt | null = null;
    for (let attempt = 1; ; attempt++) {
      try {
        // A response whose receipt timed out is waited for again rather than sent again.
        response ??= await this.chain.operator.send({ to: this.address, data });
        receipt = await response.wait(1, TX_WAIT_MS);
        break;
      } catch (error) {
        if (isError(error, 'CALL_EXCEPTION') && response) {
          // Mined but reverted: a provider was suspended between the estimate and the block.
          throw conflict(`Transaction ${response.hash} registering holdings reverted on chain: a provider's status changed meanwhile`);
        }
        const translated = translate(error, keys);
        if (translated !== error) throw translated;
        if (attempt >= ATTEMPTS || !isTransientNetworkError(error)) {
          if (isError(error, 'TIMEOUT') && response) {
            throw new OperationOutcomeError(
              504,
              outcome(issue('timeout', `Transaction ${response.hash} registering holdings was sent but not mined within ${TX_WAIT_MS / 1000} s; registering again is safe`)),
            );
          }
          throw error;
        }
        // A send that failed on the network may or may not have reached the node: send again
        // (the contract skips what the first one registered).
        if (!isError(error, 'TIMEOUT')) response = undefined;
        await sleep(backoffDelay(attempt, { baseMs: BACKOFF_MS }));
      }
    }
    if (!receipt) throw new Error(`Transaction ${response.hash} has no receipt`);
    const registered = receipt.logs.filter((log) => log.address.toLowerCase() === this.address.toLowerCase() && RecordLocatorInterface.parseLog(log)?.name === 'HoldingRegistered').length;
    return { transactionHash: receipt.hash, blockNumber: receipt.blockNumber, pairs: batch.length, registered };
  }

  #withRetries<T>(call: () => Promise<T>): Promise<T> {
    return withRetries(call, { attempts: ATTEMPTS, baseMs: BACKOFF_MS, retryable: isTransientNetworkError });
  }
}

/** The contract's custom error in a failed call or gas estimate (the revert data, wherever ethers put it). */
export function parseLocatorRevert(error: unknown): { name: string; args: readonly unknown[] } | undefined {
  const e = error as { data?: unknown; info?: { error?: { data?: unknown } }; error?: { data?: unknown } } | undefined;
  const data = [e?.data, e?.info?.error?.data, e?.error?.data].find((candidate): candidate is string => typeof candidate === 'string' && /^0x[0-9a-fA-F]{8}/.test(candidate));
  if (!data) return undefined;
  try {
    const parsed = RecordLocatorInterface.parseError(data);
    return parsed ? { name: parsed.name, args: [...parsed.args] } : undefined;
  } catch {
    return undefined;
  }
}

/** The error to throw for `error`, or `error` itself when it is not the contract's or the signer's. */
function translate(error: unknown, keys: Map<string, ProviderKey>): unknown {
  if (error instanceof KmsSignerError) return signerFailure(error, 'the holdings transaction');
  const revert = parseLocatorRevert(error);
  switch (revert?.name) {
    case 'RecordLocatorProviderNotConfirmed': {
      const onChainId = String(revert.args[0]).toLowerCase();
      const key = keys.get(onChainId);
      return conflict(`Provider ${key?.providerId ?? onChainId} is not a confirmed provider: it cannot hold records on the locator`);
    }
    case 'RecordLocatorInvalidPseudonym':
      return badRequest('A pseudonym must be 32 non-zero bytes (64 hex digits)', 'pseudonym');
    case 'RecordLocatorBatchTooLarge':
    case 'RecordLocatorLengthMismatch':
      return new Error(`The record locator refused the batch (${revert.name})`);
    case 'AccessControlUnauthorizedAccount':
      return new RegistryRoleError('The operator signer lacks OPERATOR_ROLE on the record locator');
    default:
      return error;
  }
}


let shared: RecordLocator | undefined;

/** The locator over the process's chain client (configured from the environment on first use). */
export function recordLocator(): RecordLocator {
  const chain = chainClient();
  if (shared?.chain !== chain) shared = new RecordLocator(chain);
  return shared;
}
