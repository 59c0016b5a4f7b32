import { Contract, Interface } from 'ethers';
import { ConsentRegistryAbi, ErasureJournalAbi } from '../../contracts/generated/index.ts';
import { ConfigError } from '../../schemas/config.ts';
import { badRequest } from '../fhir/outcomes.ts';
import { chainClient } from './chain-client.ts';
import type { ChainClient } from './chain-client.ts';
import { parseContractRevert, sendAndConfirm } from './contract-call.ts';
import type { ConfirmedTransaction } from './contract-call.ts';
import { KmsSignerError, signerFailure } from './kms-signer.ts';
import { RegistryRoleError, onChainProviderId } from './provider-registry.ts';
import { pseudonymBytes32 } from './record-locator.ts';

/**
 * The exchange's view of contracts/ErasureJournal.sol, the journal a restore cannot roll back
 * (DESIGN.md "Recovery"): every erasure is recorded on chain before any key is destroyed, and a
 * restored exchange replays what was recorded after its snapshot (functions/vault/erase/erasure-replay.ts).
 *
 * Three events make the journal, read in chain order:
 * - `ErasureJournal.PersonErased(pseudonym, erasedAt)`: a person's erasure under a legal order;
 * - `ErasureJournal.HolderPartitionErased(pseudonym, providerId, erasedAt)`: a holder's erasure;
 * - `ConsentRegistry.ErasureRequested(pseudonym, requestedAt)`: the patient's own signed request
 *   (a person's erasure), already on chain, so it is not recorded twice.
 * What goes on chain: the pseudonym (an HMAC under a KMS key) and the provider's on-chain id
 * (keccak256 of its exchange id). Nothing else.
 */

export const ErasureJournalInterface = new Interface(ErasureJournalAbi);
const ConsentEvents = new Interface(ConsentRegistryAbi);

const PERSON_ERASED = ErasureJournalInterface.getEvent('PersonErased')!.topicHash;
const HOLDER_ERASED = ErasureJournalInterface.getEvent('HolderPartitionErased')!.topicHash;
const ERASURE_REQUESTED = ConsentEvents.getEvent('ErasureRequested')!.topicHash;
/** Blocks per eth_getLogs request (providers cap the range; anvil does not, public RPCs do at 10k or less). */
const LOG_RANGE = 5_000;

/** One journaled erasure, in chain order. */
export interface JournaledErasure {
  kind: 'person' | 'holder';
  /** 64 lower-case hex digits, no `0x` (as the vault keys its partitions). */
  pseudonym: string;
  /** For a holder's erasure: the holder's on-chain provider id (`0x` + 64 hex digits). */
  providerId?: string;
  blockNumber: number;
  logIndex: number;
  transactionHash: string;
}

/** What the vault's erasure needs of the journal: record before it destroys. */
export interface ErasureJournalWriter {
  recordPersonErasure(pseudonym: string): Promise<ConfirmedTransaction | undefined>;
  recordHolderErasure(pseudonym: string, providerId: string): Promise<ConfirmedTransaction | undefined>;
}

/** What the replay reads. */
export interface ErasureJournalReader {
  /** The newest block number. */
  head(): Promise<number>;
  /** Every journaled erasure in blocks `fromBlock..toBlock` (inclusive), in chain order. */
  erasuresBetween(fromBlock: number, toBlock: number): Promise<JournaledErasure[]>;
}

export class ErasureJournal implements ErasureJournalWriter, ErasureJournalReader {
  readonly chain: ChainClient;
  readonly address: string;
  readonly consentRegistryAddress: string | undefined;
  readonly #contract: Contract;

  constructor(chain: ChainClient) {
    const address = chain.config.ERASURE_JOURNAL_ADDRESS;
    if (!address) throw new ConfigError('Invalid configuration: ERASURE_JOURNAL_ADDRESS: required by erasures and their replay');
    this.chain = chain;
    this.address = address;
    this.consentRegistryAddress = chain.config.CONSENT_REGISTRY_ADDRESS;
    this.#contract = new Contract(address, ErasureJournalInterface, chain.provider);
  }

  /** Records a person's erasure (every holder), unless it is on chain already; answers the transaction it sent. */
  async recordPersonErasure(pseudonym: string): Promise<ConfirmedTransaction | undefined> {
    const key = pseudonymBytes32(pseudonym);
    if (Number(await this.#contract.getFunction('personErasedAt').staticCall(key)) !== 0) return undefined;
    const data = ErasureJournalInterface.encodeFunctionData('recordPersonErasure', [key]);
    return sendAndConfirm(this.chain.operator, this.address, data, "the person's erasure record", translate);
  }

  /** Records a holder's erasure of its partition of `pseudonym`, unless it is on chain already. */
  async recordHolderErasure(pseudonym: string, providerId: string): Promise<ConfirmedTransaction | undefined> {
    const key = pseudonymBytes32(pseudonym);
    const holder = onChainProviderId(providerId);
    if (Number(await this.#contract.getFunction('holderErasedAt').staticCall(key, holder)) !== 0) return undefined;
    const data = ErasureJournalInterface.encodeFunctionData('recordHolderErasure', [key, holder]);
    return sendAndConfirm(this.chain.operator, this.address, data, "the holder's erasure record", translate);
  }

  async head(): Promise<number> {
    return this.chain.provider.getBlockNumber();
  }

  async erasuresBetween(fromBlock: number, toBlock: number): Promise<JournaledErasure[]> {
    const addresses = [this.address, ...(this.consentRegistryAddress ? [this.consentRegistryAddress] : [])];
    const found: JournaledErasure[] = [];
    for (let start = fromBlock; start <= toBlock; start += LOG_RANGE) {
      const end = Math.min(toBlock, start + LOG_RANGE - 1);
      const logs = await this.chain.provider.getLogs({ address: addresses, topics: [[PERSON_ERASED, HOLDER_ERASED, ERASURE_REQUESTED]], fromBlock: start, toBlock: end });
      for (const log of logs) {
        const address = log.address.toLowerCase();
        const topic = log.topics[0];
        const pseudonym = (log.topics[1] ?? '').replace(/^0x/, '').toLowerCase();
        const base = { pseudonym, blockNumber: log.blockNumber, logIndex: log.index, transactionHash: log.transactionHash };
        if (address === this.address.toLowerCase() && topic === PERSON_ERASED) found.push({ kind: 'person', ...base });
        else if (address === this.address.toLowerCase() && topic === HOLDER_ERASED) found.push({ kind: 'holder', ...base, providerId: (log.topics[2] ?? '').toLowerCase() });
        else if (address === this.consentRegistryAddress?.toLowerCase() && topic === ERASURE_REQUESTED) found.push({ kind: 'person', ...base });
      }
    }
    return found.sort((a, b) => a.blockNumber - b.blockNumber || a.logIndex - b.logIndex);
  }
}

/** The contract's custom errors as outcomes; nothing names a pseudonym. */
function translate(error: unknown): unknown {
  if (error instanceof KmsSignerError) return signerFailure(error, 'the erasure record');
  const revert = parseContractRevert(ErasureJournalInterface, error);
  switch (revert?.name) {
    case 'ErasureJournalInvalidPseudonym':
      return badRequest('A pseudonym must be 32 non-zero bytes (64 hex digits)', 'pseudonym');
    case 'ErasureJournalInvalidProviderId':
      return badRequest('A provider id must not be empty', 'providerId');
    case 'AccessControlUnauthorizedAccount':
      return new RegistryRoleError('The operator signer lacks OPERATOR_ROLE on the erasure journal');
    default:
      return error;
  }
}

let shared: ErasureJournal | undefined;

/** The erasure journal over the process's chain client. */
export function erasureJournal(): ErasureJournal {
  const chain = chainClient();
  if (shared?.chain !== chain) shared = new ErasureJournal(chain);
  return shared;
}
