import { Contract, Interface, id, isError } from 'ethers';
import type { EventLog, TransactionReceipt, TransactionResponse } from 'ethers';
import { ProviderRegistryAbi } from '../../contracts/generated/index.ts';
import { OperationOutcomeError, badRequest, conflict, issue, notFound, outcome } from '../fhir/outcomes.ts';
import { chainClient } from './chain-client.ts';
import { KmsSignerError, signerFailure } from './kms-signer.ts';
import type { ChainClient, TransactionSender } from './chain-client.ts';

/**
 * The exchange's view of contracts/ProviderRegistry.sol: providers apply (the operator relays
 * the application), the admin confirms or suspends them.
 *
 * What goes on chain, which anyone can read:
 * - the provider's on-chain id: `keccak256(utf8(providerId))` of the exchange's provider id
 *   string (ethers `id(providerId)`), an opaque bytes32. It is a fixed-size handle, not a secret:
 *   anyone who guesses an exchange id can compute it. The exchange id itself is never sent;
 * - the organisation's display name and FHIR base URL (public by design);
 * - the metadata string (opaque, non-PHI: for example a hash of or pointer to a document).
 * Nothing about patients ever goes to this contract.
 *
 * Every transaction waits for one confirmation. The contract's custom errors become
 * OperationOutcome errors: 409 for an id that has already applied or a status change the
 * contract does not allow, 404 for an unknown id.
 */

export const ProviderRegistryInterface = new Interface(ProviderRegistryAbi);

/** The contract's Status enum, by value. `None` is never returned: an unknown id is a 404. */
const STATUS_NAMES = ['None', 'Applied', 'Confirmed', 'Suspended'] as const;
export type ProviderStatus = Exclude<(typeof STATUS_NAMES)[number], 'None'>;

/** How long a transaction may take to be mined (inside Lambda's 10 s timeout). */
const TX_WAIT_MS = 8_000;
/** Parallel reads when listing. */
const READ_CONCURRENCY = 8;

const ON_CHAIN_ID = /^0x[0-9a-fA-F]{64}$/;

/** The on-chain id of an exchange provider id: keccak256 of its UTF-8 bytes. */
export function onChainProviderId(providerId: string): string {
  return id(providerId);
}

/**
 * A provider as the caller named it: by its exchange id (the on-chain id is derived from it) or
 * by its on-chain id (`0x` + 64 hex digits, which no exchange id can look like).
 */
export interface ProviderKey {
  providerId?: string;
  onChainId: string;
}

export function providerKey(value: string): ProviderKey {
  return ON_CHAIN_ID.test(value) ? { onChainId: value.toLowerCase() } : { providerId: value, onChainId: onChainProviderId(value) };
}

export function isOnChainId(value: string): boolean {
  return ON_CHAIN_ID.test(value);
}

export interface ProviderApplication {
  providerId: string;
  name: string;
  fhirEndpoint: string;
  /** Opaque, public, non-PHI; empty when absent. */
  metadata?: string;
}

export interface OnChainProvider {
  /** The exchange id, when the caller named the provider by it (the chain holds only its hash). */
  providerId?: string;
  onChainId: string;
  status: ProviderStatus;
  name: string;
  fhirEndpoint: string;
  metadata: string;
  appliedAt: Date;
  updatedAt: Date;
}

/** The provider as it stands after a transaction of the exchange, and that transaction. */
export interface ProviderTransaction {
  provider: OnChainProvider;
  transactionHash: string;
  blockNumber: number;
  /** The account that sent it (the operator or the admin). */
  from: string;
}

export interface ListedProvider extends OnChainProvider {
  /** The transaction that carried the application (its ProviderApplied event). */
  applicationTransactionHash: string;
  applicationBlockNumber: number;
  /** The operator that relayed the application. */
  operator: string;
}

export interface ProviderList {
  /** The block the list was read at. */
  blockNumber: number;
  providers: ListedProvider[];
}

/** The configured signer lacks its role on the registry (a deployment fault, not the caller's). */
export class RegistryRoleError extends Error {
  override name = 'RegistryRoleError';
}

type Action = 'apply' | 'confirm' | 'suspend';
const PAST: Record<Action, string> = { apply: 'applied', confirm: 'confirmed', suspend: 'suspended' };

interface StoredProvider {
  status: bigint;
  appliedAt: bigint;
  updatedAt: bigint;
  name: string;
  fhirEndpoint: string;
  metadata: string;
}

export class ProviderRegistry {
  readonly chain: ChainClient;
  readonly address: string;
  readonly #contract: Contract;

  constructor(chain: ChainClient) {
    this.chain = chain;
    this.address = chain.config.PROVIDER_REGISTRY_ADDRESS;
    this.#contract = new Contract(this.address, ProviderRegistryInterface, chain.provider);
  }

  /** Submits the application as the operator; the provider is then Applied. 409 if the id has applied before. */
  async apply(application: ProviderApplication): Promise<ProviderTransaction> {
    const key = providerKey(application.providerId);
    if (!key.providerId) throw badRequest('An application needs the exchange provider id, not an on-chain id', 'providerId');
    const args = [key.onChainId, application.name, application.fhirEndpoint, application.metadata ?? ''];
    return this.#transact(this.chain.operator, 'applyProvider', args, key, 'apply');
  }

  /** Confirms an applied provider, or reinstates a suspended one, as the admin. */
  confirm(provider: string | ProviderKey): Promise<ProviderTransaction> {
    const key = typeof provider === 'string' ? providerKey(provider) : provider;
    return this.#transact(this.chain.admin, 'confirm', [key.onChainId], key, 'confirm');
  }

  /** Suspends an applied or confirmed provider, as the admin. */
  suspend(provider: string | ProviderKey): Promise<ProviderTransaction> {
    const key = typeof provider === 'string' ? providerKey(provider) : provider;
    return this.#transact(this.chain.admin, 'suspend', [key.onChainId], key, 'suspend');
  }

  /** The provider's record; 404 if the id never applied. */
  async get(provider: string | ProviderKey, blockTag?: number): Promise<OnChainProvider> {
    const key = typeof provider === 'string' ? providerKey(provider) : provider;
    const found = await this.find(key, blockTag);
    if (!found) throw notFound(`No provider ${label(key)} is on the registry`);
    return found;
  }

  /** The provider's record, or undefined if the id never applied. */
  async find(provider: string | ProviderKey, blockTag?: number): Promise<OnChainProvider | undefined> {
    const key = typeof provider === 'string' ? providerKey(provider) : provider;
    try {
      const stored = (await this.#contract.getFunction('getProvider').staticCall(key.onChainId, blockTag === undefined ? {} : { blockTag })) as StoredProvider;
      return record(key, stored);
    } catch (error) {
      if (parseRevert(error)?.name === 'ProviderRegistryUnknownProvider') return undefined;
      throw error;
    }
  }

  /** Every provider that ever applied (from the ProviderApplied events), with its current record, oldest first. */
  async list(): Promise<ProviderList> {
    const blockNumber = await this.chain.provider.getBlockNumber();
    const fromBlock = Math.min(this.chain.config.PROVIDER_REGISTRY_FROM_BLOCK, blockNumber);
    const events = (await this.#contract.queryFilter(this.#contract.filters['ProviderApplied']!(), fromBlock, blockNumber)).filter(
      (log): log is EventLog => 'args' in log,
    );
    const providers: ListedProvider[] = [];
    for (let start = 0; start < events.length; start += READ_CONCURRENCY) {
      const batch = events.slice(start, start + READ_CONCURRENCY);
      const records = await Promise.all(batch.map((event) => this.get({ onChainId: String(event.args[0]).toLowerCase() }, blockNumber)));
      records.forEach((provider, index) => {
        const event = batch[index]!;
        providers.push({
          ...provider,
          applicationTransactionHash: event.transactionHash,
          applicationBlockNumber: event.blockNumber,
          operator: String(event.args[3]),
        });
      });
    }
    return { blockNumber, providers };
  }

  async #transact(sender: TransactionSender, method: string, args: unknown[], key: ProviderKey, action: Action): Promise<ProviderTransaction> {
    const data = ProviderRegistryInterface.encodeFunctionData(method, args);
    let response: TransactionResponse;
    try {
      response = await sender.send({ to: this.address, data });
    } catch (error) {
      throw translate(error, key, action);
    }
    let receipt: TransactionReceipt | null;
    try {
      receipt = await response.wait(1, TX_WAIT_MS);
    } catch (error) {
      if (isError(error, 'TIMEOUT')) {
        throw new OperationOutcomeError(
          504,
          outcome(issue('timeout', `Transaction ${response.hash} to ${action} provider ${label(key)} was sent but not mined within ${TX_WAIT_MS / 1000} s; check its status later`)),
        );
      }
      // Mined but reverted: the provider's status changed between the estimate and the block.
      if (isError(error, 'CALL_EXCEPTION')) throw conflict(`Transaction ${response.hash} to ${action} provider ${label(key)} reverted on chain: its status changed meanwhile`);
      throw error;
    }
    if (!receipt) throw new Error(`Transaction ${response.hash} has no receipt`);
    return {
      provider: await this.get(key, receipt.blockNumber),
      transactionHash: receipt.hash,
      blockNumber: receipt.blockNumber,
      from: receipt.from,
    };
  }
}

function label(key: ProviderKey): string {
  return key.providerId ?? key.onChainId;
}

function record(key: ProviderKey, stored: StoredProvider): OnChainProvider {
  const status = STATUS_NAMES[Number(stored.status)];
  if (!status || status === 'None') throw new Error(`The registry returned status ${String(stored.status)}`);
  return {
    ...(key.providerId ? { providerId: key.providerId } : {}),
    onChainId: key.onChainId,
    status,
    name: stored.name,
    fhirEndpoint: stored.fhirEndpoint,
    metadata: stored.metadata,
    appliedAt: new Date(Number(stored.appliedAt) * 1000),
    updatedAt: new Date(Number(stored.updatedAt) * 1000),
  };
}

/**
 * The contract's custom error in a failed call or gas estimate. ethers decodes custom errors of
 * static calls only; for sends the revert data is in `error.data` (or the node's own error).
 */
export function parseRevert(error: unknown): { name: string; args: readonly unknown[] } | undefined {
  const e = error as { data?: unknown; info?: { error?: { data?: unknown } }; error?: { data?: unknown } } | undefined;
  const data = [e?.data, e?.info?.error?.data, e?.error?.data].find((candidate): candidate is string => typeof candidate === 'string' && /^0x[0-9a-fA-F]{8}/.test(candidate));
  if (!data) return undefined;
  try {
    const parsed = ProviderRegistryInterface.parseError(data);
    return parsed ? { name: parsed.name, args: [...parsed.args] } : undefined;
  } catch {
    return undefined;
  }
}

function translate(error: unknown, key: ProviderKey, action: Action): unknown {
  if (error instanceof KmsSignerError) return signerFailure(error, 'the registry transaction');
  const revert = parseRevert(error);
  switch (revert?.name) {
    case 'ProviderRegistryAlreadyApplied':
      return conflict(`Provider ${label(key)} has already applied; a suspended provider is reinstated with $confirm`);
    case 'ProviderRegistryUnknownProvider':
      return notFound(`No provider ${label(key)} is on the registry`);
    case 'ProviderRegistryInvalidStatus': {
      const status = STATUS_NAMES[Number(revert.args[1])] ?? 'unknown';
      return conflict(`Provider ${label(key)} cannot be ${PAST[action]}: its status is ${status}`);
    }
    case 'ProviderRegistryInvalidProviderId':
      return badRequest('The provider id is not valid on the registry', 'providerId');
    case 'AccessControlUnauthorizedAccount':
      return new RegistryRoleError(`The ${action === 'apply' ? 'operator' : 'admin'} signer lacks its role on the provider registry`);
    default:
      return error;
  }
}

let shared: ProviderRegistry | undefined;

/** The registry over the process's chain client (configured from the environment on first use). */
export function providerRegistry(): ProviderRegistry {
  const chain = chainClient();
  if (shared?.chain !== chain) shared = new ProviderRegistry(chain);
  return shared;
}
