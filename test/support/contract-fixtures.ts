/**
 * Fixtures shared by the contract tests (test/contracts/*.test.ts): a local chain with the
 * exchange's contracts deployed on a temp data dir, an ethers provider and the anvil signers,
 * ProviderRegistry set-up (applied / confirmed providers), fresh ids, and receipt / revert
 * assertions decoded through a contract's ABI.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { Contract, Interface, JsonRpcProvider, id, isCallException } from 'ethers';
import type { ContractTransactionResponse, InterfaceAbi, JsonRpcSigner, Signer, TransactionReceipt } from 'ethers';
import { startLocalChain } from '../../infra/local/chain.ts';
import type { LocalChain } from '../../infra/local/chain.ts';
import { ProviderRegistryAbi } from '../../contracts/generated/index.ts';

export const OPERATOR_ROLE = id('OPERATOR_ROLE');
export const DEFAULT_ADMIN_ROLE = `0x${'00'.repeat(32)}`;
export const ZERO32 = DEFAULT_ADMIN_ROLE;

/** A decoded event: its name and positional args. */
export interface DecodedEvent {
  name: string;
  args: unknown[];
}

/** The ProviderRegistry writes the contract tests use (ethers' Contract methods are dynamic). */
export interface ProviderRegistryWrites {
  applyProvider(providerId: string, name: string, fhirEndpoint: string, metadata: string): Promise<ContractTransactionResponse>;
  confirm(providerId: string): Promise<ContractTransactionResponse>;
  suspend(providerId: string): Promise<ContractTransactionResponse>;
}

/**
 * A counter-based id generator: `next(kind)` is `id('<prefix>-<kind>-<n>')` (or `id('<kind>-<n>')`
 * without a prefix), with one counter for every kind, so ids are never reused within a test file.
 */
export function idSequence(prefix?: string): (kind: string) => string {
  let nextId = 1;
  return (kind) => id(prefix ? `${prefix}-${kind}-${nextId++}` : `${kind}-${nextId++}`);
}

export interface ContractChain {
  dataDir: string;
  chain: LocalChain;
  provider: JsonRpcProvider;
  /** anvil account 0: deployer, DEFAULT_ADMIN_ROLE holder. */
  admin: JsonRpcSigner;
  /** anvil account 1: OPERATOR_ROLE holder. */
  operator: JsonRpcSigner;
  /** anvil account 2: holds no role. */
  stranger: JsonRpcSigner;
  /** The deployed ProviderRegistry (read-only; see `registryAs`). */
  registry: Contract;
  /** The deployed contract `name`, read-only; throws if it was not deployed. */
  deployed(name: string, abi: InterfaceAbi): Contract;
  /** The ProviderRegistry connected to `signer`. */
  registryAs(signer: Signer): ProviderRegistryWrites;
  /** Has the operator apply `providerId` (a fresh one by default); returns it. */
  appliedProvider(providerId?: string): Promise<string>;
  /** Has the operator apply and the admin confirm `providerId` (a fresh one by default); returns it. */
  confirmedProvider(providerId?: string): Promise<string>;
  /** Destroys the provider, stops the chain and removes the data dir. */
  stop(): Promise<void>;
}

export interface StartContractChainOptions {
  /** Prefix of the temp data dir, e.g. `fhx-anchor-`. */
  tmpPrefix: string;
  /** Fresh provider ids for `appliedProvider()` / `confirmedProvider()` without an argument. */
  newProviderId?: () => string;
}

/** Starts a local chain on a fresh temp dir and connects a provider and the anvil signers to it. */
export async function startContractChain(options: StartContractChainOptions): Promise<ContractChain> {
  const dataDir = await mkdtemp(join(tmpdir(), options.tmpPrefix));
  let chain: LocalChain | undefined;
  let provider: JsonRpcProvider | undefined;
  const stop = async () => {
    provider?.destroy();
    await chain?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    chain = await startLocalChain({ dataDir, port: 0 });
    provider = new JsonRpcProvider(chain.rpcUrl, chain.chainId, { staticNetwork: true, cacheTimeout: -1 });
    const admin = await provider.getSigner(0);
    const operator = await provider.getSigner(1);
    const stranger = await provider.getSigner(2);
    const { contracts } = chain;
    const connected = provider;
    const deployed = (name: string, abi: InterfaceAbi): Contract => {
      const address = contracts[name];
      if (!address) throw new Error(`${name} was not deployed`);
      return new Contract(address, abi, connected);
    };
    const registry = deployed('ProviderRegistry', ProviderRegistryAbi);
    const registryAs = (signer: Signer) => registry.connect(signer) as unknown as ProviderRegistryWrites;
    const freshProviderId = () => {
      if (!options.newProviderId) throw new Error('startContractChain: no newProviderId given');
      return options.newProviderId();
    };
    const appliedProvider = async (providerId = freshProviderId()): Promise<string> => {
      await mined(registryAs(operator).applyProvider(providerId, 'Clinic', 'https://fhir.example.org/r4', 'meta'));
      return providerId;
    };
    const confirmedProvider = async (providerId?: string): Promise<string> => {
      const pid = await appliedProvider(providerId);
      await mined(registryAs(admin).confirm(pid));
      return pid;
    };
    return {
      dataDir,
      chain,
      provider,
      admin,
      operator,
      stranger,
      registry,
      deployed,
      registryAs,
      appliedProvider,
      confirmedProvider,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Waits for the transaction and asserts it succeeded (status 1). */
export async function mined(txp: Promise<ContractTransactionResponse>): Promise<TransactionReceipt> {
  const receipt = await (await txp).wait();
  if (!receipt) throw new Error('no receipt');
  expect(receipt.status).toBe(1);
  return receipt;
}

/** Decodes a receipt's events through `iface` (every log must decode). */
export function decodeEvents(iface: Interface, receipt: TransactionReceipt): DecodedEvent[] {
  return receipt.logs.map((log) => {
    const parsed = iface.parseLog(log);
    if (!parsed) throw new Error(`undecodable log ${log.topics[0]}`);
    return { name: parsed.name, args: parsed.args.toArray() };
  });
}

/** Asserts the call reverts with the named custom error (decoded through `iface`) and exact args. */
export async function expectCustomError(iface: Interface, p: Promise<unknown>, name: string, args: unknown[]): Promise<void> {
  let caught: unknown;
  try {
    await p;
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected revert ${name}`).toBeDefined();
  if (!isCallException(caught)) throw caught;
  expect(caught.data, 'revert data').toBeTruthy();
  const decoded = iface.parseError(caught.data!);
  expect(decoded?.name).toBe(name);
  expect(decoded?.args.toArray()).toEqual(args);
  // For calls (not sent transactions) ethers also decodes it on its own; it must agree.
  if (caught.revert) expect({ name: caught.revert.name, args: [...caught.revert.args] }).toEqual({ name, args });
}

/** The assertions above bound to one contract's ABI. */
export interface AbiAssertions {
  /** Decodes a receipt's events through the ABI. */
  decode(receipt: TransactionReceipt): DecodedEvent[];
  /** Sends a transaction, asserts it succeeded and returns the decoded events of its receipt. */
  events(txp: Promise<ContractTransactionResponse>): Promise<DecodedEvent[]>;
  /** Asserts the call reverts with the named custom error (decoded through the ABI) and exact args. */
  expectCustomError(p: Promise<unknown>, name: string, args: unknown[]): Promise<void>;
}

export function abiAssertions(abi: InterfaceAbi): AbiAssertions {
  const iface = Interface.from(abi);
  return {
    decode: (receipt) => decodeEvents(iface, receipt),
    events: async (txp) => decodeEvents(iface, await mined(txp)),
    expectCustomError: (p, name, args) => expectCustomError(iface, p, name, args),
  };
}
