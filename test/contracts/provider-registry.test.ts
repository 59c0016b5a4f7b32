import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Contract, JsonRpcProvider, id, isCallException } from 'ethers';
import type { ContractTransactionResponse, JsonRpcSigner } from 'ethers';
import { startLocalChain } from '../../infra/local/chain.ts';
import type { LocalChain } from '../../infra/local/chain.ts';
import { ProviderRegistryAbi } from '../../contracts/generated/index.ts';

const OPERATOR_ROLE = id('OPERATOR_ROLE');
const DEFAULT_ADMIN_ROLE = `0x${'00'.repeat(32)}`;
const Status = { None: 0n, Applied: 1n, Confirmed: 2n, Suspended: 3n } as const;

let dataDir: string;
let chain: LocalChain;
let provider: JsonRpcProvider;
let admin: JsonRpcSigner;
let operator: JsonRpcSigner;
let stranger: JsonRpcSigner;
let registry: Contract;

let nextId = 1;
/** A fresh opaque provider id per test (ids are never reused across tests). */
const newProviderId = () => id(`provider-${nextId++}`);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'fhx-registry-'));
  chain = await startLocalChain({ dataDir, port: 0 });
  provider = new JsonRpcProvider(chain.rpcUrl, chain.chainId, { staticNetwork: true, cacheTimeout: -1 });
  admin = await provider.getSigner(0);
  operator = await provider.getSigner(1);
  stranger = await provider.getSigner(2);
  const address = chain.contracts.ProviderRegistry;
  if (!address) throw new Error('ProviderRegistry was not deployed');
  registry = new Contract(address, ProviderRegistryAbi, provider);
});

afterAll(async () => {
  provider?.destroy();
  await chain?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Typed views of the ABI methods the tests use (ethers' Contract methods are dynamic). */
interface ProviderRecord {
  status: bigint;
  appliedAt: bigint;
  updatedAt: bigint;
  name: string;
  fhirEndpoint: string;
  metadata: string;
}
interface RegistryReads {
  OPERATOR_ROLE(): Promise<string>;
  hasRole(role: string, account: string): Promise<boolean>;
  getProvider(providerId: string): Promise<ProviderRecord>;
  isConfirmed(providerId: string): Promise<boolean>;
}
interface RegistryWrites {
  applyProvider(providerId: string, name: string, fhirEndpoint: string, metadata: string): Promise<ContractTransactionResponse>;
  confirm(providerId: string): Promise<ContractTransactionResponse>;
  suspend(providerId: string): Promise<ContractTransactionResponse>;
}

/** The registry connected to `signer`. */
function as(signer: JsonRpcSigner): RegistryWrites {
  return registry.connect(signer) as unknown as RegistryWrites;
}

/** Read-only calls. */
const reads = (): RegistryReads => registry as unknown as RegistryReads;

/** Sends a transaction and returns the decoded events of its receipt. */
async function events(txp: Promise<ContractTransactionResponse>): Promise<Array<{ name: string; args: unknown[] }>> {
  const receipt = await (await txp).wait();
  if (!receipt) throw new Error('no receipt');
  expect(receipt.status).toBe(1);
  return receipt.logs.map((log) => {
    const parsed = registry.interface.parseLog(log);
    if (!parsed) throw new Error(`undecodable log ${log.topics[0]}`);
    return { name: parsed.name, args: parsed.args.toArray() };
  });
}

/** Asserts the call reverts with the named custom error (decoded through the ABI) and exact args. */
async function expectCustomError(p: Promise<unknown>, name: string, args: unknown[]): Promise<void> {
  let caught: unknown;
  try {
    await p;
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected revert ${name}`).toBeDefined();
  if (!isCallException(caught)) throw caught;
  expect(caught.data, 'revert data').toBeTruthy();
  const decoded = registry.interface.parseError(caught.data!);
  expect(decoded?.name).toBe(name);
  expect(decoded?.args.toArray()).toEqual(args);
  // For calls (not sent transactions) ethers also decodes it on its own; it must agree.
  if (caught.revert) expect({ name: caught.revert.name, args: [...caught.revert.args] }).toEqual({ name, args });
}

async function applied(providerId: string) {
  await events(as(operator).applyProvider(providerId, 'Clinic', 'https://fhir.example.org/r4', 'meta'));
}

describe('ProviderRegistry', () => {
  test('roles are set up from the constructor', async () => {
    expect(await reads().OPERATOR_ROLE()).toBe(OPERATOR_ROLE);
    expect(await reads().hasRole(DEFAULT_ADMIN_ROLE, admin.address)).toBe(true);
    expect(await reads().hasRole(OPERATOR_ROLE, operator.address)).toBe(true);
    expect(await reads().hasRole(OPERATOR_ROLE, admin.address)).toBe(false);
    expect(await reads().hasRole(DEFAULT_ADMIN_ROLE, operator.address)).toBe(false);
  });

  test('applyProvider by the operator stores the provider and emits ProviderApplied with exact args', async () => {
    const pid = newProviderId();
    const evs = await events(
      as(operator).applyProvider(pid, 'Northside Clinic', 'https://fhir.northside.example/r4', 'sha256:abcd'),
    );
    expect(evs).toEqual([
      { name: 'ProviderApplied', args: [pid, 'Northside Clinic', 'https://fhir.northside.example/r4', operator.address] },
    ]);

    const p = await reads().getProvider(pid);
    expect(p.status).toBe(Status.Applied);
    expect(p.name).toBe('Northside Clinic');
    expect(p.fhirEndpoint).toBe('https://fhir.northside.example/r4');
    expect(p.metadata).toBe('sha256:abcd');
    expect(p.appliedAt).toBeGreaterThan(0n);
    expect(p.updatedAt).toBe(p.appliedAt);
    expect(await reads().isConfirmed(pid)).toBe(false);
  });

  test('applyProvider by a non-operator reverts with AccessControlUnauthorizedAccount(account, role)', async () => {
    const pid = newProviderId();
    await expectCustomError(as(stranger).applyProvider(pid, 'X', 'https://x', ''), 'AccessControlUnauthorizedAccount', [
      stranger.address,
      OPERATOR_ROLE,
    ]);
    // The admin is not an operator either.
    await expectCustomError(as(admin).applyProvider(pid, 'X', 'https://x', ''), 'AccessControlUnauthorizedAccount', [
      admin.address,
      OPERATOR_ROLE,
    ]);
    await expectCustomError(reads().getProvider(pid), 'ProviderRegistryUnknownProvider', [pid]);
  });

  test('applying twice reverts with ProviderRegistryAlreadyApplied', async () => {
    const pid = newProviderId();
    await applied(pid);
    await expectCustomError(as(operator).applyProvider(pid, 'Again', 'https://again', ''), 'ProviderRegistryAlreadyApplied', [
      pid,
    ]);
  });

  test('applying with the zero id reverts', async () => {
    const zero = DEFAULT_ADMIN_ROLE; // 32 zero bytes
    await expectCustomError(as(operator).applyProvider(zero, 'X', 'https://x', ''), 'ProviderRegistryInvalidProviderId', [
      zero,
    ]);
  });

  test('confirm by the admin emits ProviderConfirmed and isConfirmed becomes true', async () => {
    const pid = newProviderId();
    await applied(pid);
    expect(await reads().isConfirmed(pid)).toBe(false);

    const evs = await events(as(admin).confirm(pid));
    expect(evs).toEqual([{ name: 'ProviderConfirmed', args: [pid, admin.address] }]);
    expect(await reads().isConfirmed(pid)).toBe(true);
    expect((await reads().getProvider(pid)).status).toBe(Status.Confirmed);

    // Confirming again is an invalid transition.
    await expectCustomError(as(admin).confirm(pid), 'ProviderRegistryInvalidStatus', [pid, Status.Confirmed]);
  });

  test('confirm by a non-admin reverts with AccessControlUnauthorizedAccount', async () => {
    const pid = newProviderId();
    await applied(pid);
    await expectCustomError(as(operator).confirm(pid), 'AccessControlUnauthorizedAccount', [
      operator.address,
      DEFAULT_ADMIN_ROLE,
    ]);
    await expectCustomError(as(stranger).confirm(pid), 'AccessControlUnauthorizedAccount', [
      stranger.address,
      DEFAULT_ADMIN_ROLE,
    ]);
    expect(await reads().isConfirmed(pid)).toBe(false);
  });

  test('confirm / suspend of an unknown id revert with ProviderRegistryUnknownProvider(providerId)', async () => {
    const unknown = id('never-applied');
    await expectCustomError(as(admin).confirm(unknown), 'ProviderRegistryUnknownProvider', [unknown]);
    await expectCustomError(as(admin).suspend(unknown), 'ProviderRegistryUnknownProvider', [unknown]);
    expect(await reads().isConfirmed(unknown)).toBe(false);
  });

  test('suspend by the admin emits ProviderSuspended; confirm reinstates', async () => {
    const pid = newProviderId();
    await applied(pid);
    await events(as(admin).confirm(pid));

    const evs = await events(as(admin).suspend(pid));
    expect(evs).toEqual([{ name: 'ProviderSuspended', args: [pid, admin.address] }]);
    expect(await reads().isConfirmed(pid)).toBe(false);
    expect((await reads().getProvider(pid)).status).toBe(Status.Suspended);

    await expectCustomError(as(admin).suspend(pid), 'ProviderRegistryInvalidStatus', [pid, Status.Suspended]);
    await expectCustomError(as(operator).applyProvider(pid, 'Back', 'https://back', ''), 'ProviderRegistryAlreadyApplied', [
      pid,
    ]);

    await events(as(admin).confirm(pid));
    expect(await reads().isConfirmed(pid)).toBe(true);
  });

  test('suspend of an applied (unconfirmed) provider works; suspend by a non-admin reverts', async () => {
    const pid = newProviderId();
    await applied(pid);
    await expectCustomError(as(operator).suspend(pid), 'AccessControlUnauthorizedAccount', [
      operator.address,
      DEFAULT_ADMIN_ROLE,
    ]);
    const evs = await events(as(admin).suspend(pid));
    expect(evs).toEqual([{ name: 'ProviderSuspended', args: [pid, admin.address] }]);
    expect((await reads().getProvider(pid)).status).toBe(Status.Suspended);
  });
});
