import { Contract, Interface, isError } from 'ethers';
import type { TransactionResponse } from 'ethers';
import { AnchorRegistryAbi } from '../../contracts/generated/index.ts';
import { ConfigError } from '../../schemas/config.ts';
import { chainClient } from './chain-client.ts';
import type { ChainClient } from './chain-client.ts';
import { onChainProviderId } from './provider-registry.ts';

/**
 * The exchange's view of contracts/AnchorRegistry.sol: Merkle roots over salted commitments,
 * each written once, for a confirmed provider. What goes on chain is the root, the leaf count and
 * the provider's on-chain id: nothing derived from PHI without the salt that lives only inside the
 * encrypted objects.
 *
 * `anchor` is idempotent: a root already on chain (a retry after a crash, or after a transaction
 * that seemed lost but was mined) answers the anchor that is there instead of failing.
 */

export const AnchorRegistryInterface = new Interface(AnchorRegistryAbi);
const TX_WAIT_MS = 8_000;

export interface AnchorRecord {
  root: string;
  leafCount: number;
  /** The provider's on-chain id. */
  providerId: string;
  anchoredAt: number;
  blockNumber: number;
  /** Set when this call sent the transaction that anchored the root. */
  transactionHash?: string;
  gasUsed?: bigint;
}

export class AnchorRegistry {
  readonly chain: ChainClient;
  readonly address: string;
  readonly #contract: Contract;

  constructor(chain: ChainClient, address: string | undefined) {
    if (!address) throw new ConfigError('Invalid configuration: ANCHOR_REGISTRY_ADDRESS: required by anchoring');
    this.chain = chain;
    this.address = address;
    this.#contract = new Contract(address, AnchorRegistryInterface, chain.provider);
  }

  /** The anchor of `root`, or undefined if it is not on chain. */
  async anchorOf(root: string, blockTag?: number): Promise<AnchorRecord | undefined> {
    const anchored = (await this.#contract.getFunction('isAnchored').staticCall(root, blockTag === undefined ? {} : { blockTag })) as boolean;
    if (!anchored) return undefined;
    const stored = (await this.#contract.getFunction('anchorOf').staticCall(root, blockTag === undefined ? {} : { blockTag })) as {
      providerId: string;
      leafCount: bigint;
      anchoredAt: bigint;
      blockNumber: bigint;
    };
    return { root, leafCount: Number(stored.leafCount), providerId: stored.providerId, anchoredAt: Number(stored.anchoredAt), blockNumber: Number(stored.blockNumber) };
  }

  /** What the contract says of (root, leaf, proof): true only for an anchored root and a proof that leads to it. */
  async verify(root: string, leaf: string, proof: readonly string[]): Promise<boolean> {
    return (await this.#contract.getFunction('verify').staticCall(root, leaf, proof)) as boolean;
  }

  /**
   * Anchors `root` over `leafCount` leaves for the exchange provider `providerId`, by the
   * operator. A root that is already on chain is answered as it is (nothing is sent).
   */
  async anchor(root: string, leafCount: number, providerId: string): Promise<AnchorRecord> {
    const existing = await this.anchorOf(root);
    if (existing) return existing;
    const data = AnchorRegistryInterface.encodeFunctionData('anchor', [root, leafCount, onChainProviderId(providerId)]);
    let response: TransactionResponse;
    try {
      response = await this.chain.operator.send({ to: this.address, data });
    } catch (error) {
      // Raced with another sender of the same root (or a mined retry): the root is there.
      const there = await this.anchorOf(root).catch(() => undefined);
      if (there) return there;
      throw error;
    }
    let receipt;
    try {
      receipt = await response.wait(1, TX_WAIT_MS);
    } catch (error) {
      if (isError(error, 'CALL_EXCEPTION')) {
        const there = await this.anchorOf(root).catch(() => undefined);
        if (there) return there;
      }
      // Not mined in time: it may have been dropped. The next send asks the node for the nonce.
      if (isError(error, 'TIMEOUT')) this.chain.operator.reset();
      throw error;
    }
    if (!receipt) throw new Error(`Transaction ${response.hash} has no receipt`);
    const anchored = await this.anchorOf(root, receipt.blockNumber);
    if (!anchored) throw new Error(`Transaction ${response.hash} was mined but ${root} is not anchored`);
    return { ...anchored, transactionHash: receipt.hash, gasUsed: receipt.gasUsed };
  }

  /** The transaction that anchored `root`, from its RootAnchored event (found by the root, an indexed topic). */
  async anchoringTransaction(root: string, blockNumber: number): Promise<string | undefined> {
    const logs = await this.chain.provider.getLogs({
      address: this.address,
      fromBlock: blockNumber,
      toBlock: blockNumber,
      topics: [AnchorRegistryInterface.getEvent('RootAnchored')!.topicHash, root],
    });
    return logs[0]?.transactionHash;
  }
}

let shared: AnchorRegistry | undefined;
export function anchorRegistry(): AnchorRegistry {
  const chain = chainClient();
  if (shared?.chain !== chain) shared = new AnchorRegistry(chain, chain.config.ANCHOR_REGISTRY_ADDRESS);
  return shared;
}
