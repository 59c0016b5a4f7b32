import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { id } from 'ethers';
import type { Contract, JsonRpcSigner } from 'ethers';
import { ProviderRegistryAbi } from '../../contracts/generated/index.ts';
import {
  DEFAULT_ADMIN_ROLE,
  OPERATOR_ROLE,
  abiAssertions,
  idSequence,
  startContractChain,
} from '../support/contract-fixtures.ts';
import type { ContractChain, ProviderRegistryWrites } from '../support/contract-fixtures.ts';

const Status = { None: 0n, Applied: 1n, Confirmed: 2n, Suspended: 3n } as const;

let env: ContractChain;
let admin: JsonRpcSigner;
let operator: JsonRpcSigner;
let stranger: JsonRpcSigner;
let registry: Contract;

const nextId = idSequence();
/** A fresh opaque provider id per test (ids are never reused across tests). */
const newProviderId = () => nextId('provider');

beforeAll(async () => {
  env = await startContractChain({ tmpPrefix: 'fhx-registry-', newProviderId });
  ({ admin, operator, stranger, registry } = env);
});

afterAll(async () => {
  await env?.stop();
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

/** The registry connected to `signer`. */
const as = (signer: JsonRpcSigner): ProviderRegistryWrites => env.registryAs(signer);

/** Read-only calls. */
const reads = (): RegistryReads => registry as unknown as RegistryReads;

const { events, expectCustomError } = abiAssertions(ProviderRegistryAbi);

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
    await env.appliedProvider(pid);
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
    await env.appliedProvider(pid);
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
    await env.appliedProvider(pid);
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
    await env.appliedProvider(pid);
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
    await env.appliedProvider(pid);
    await expectCustomError(as(operator).suspend(pid), 'AccessControlUnauthorizedAccount', [
      operator.address,
      DEFAULT_ADMIN_ROLE,
    ]);
    const evs = await events(as(admin).suspend(pid));
    expect(evs).toEqual([{ name: 'ProviderSuspended', args: [pid, admin.address] }]);
    expect((await reads().getProvider(pid)).status).toBe(Status.Suspended);
  });
});
