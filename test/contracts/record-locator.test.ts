import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Contract, ContractTransactionResponse, JsonRpcSigner } from 'ethers';
import type { LocalChain } from '../../infra/local/chain.ts';
import { RecordLocatorAbi } from '../../contracts/generated/index.ts';
import {
  DEFAULT_ADMIN_ROLE,
  OPERATOR_ROLE,
  ZERO32,
  abiAssertions,
  mined,
  idSequence,
  startContractChain,
} from '../support/contract-fixtures.ts';
import type { ContractChain } from '../support/contract-fixtures.ts';

/** EIP-7825 (Osaka) per-transaction gas cap: a full batch must fit under it on current chains. */
const TX_GAS_CAP = 16_777_216n;

let env: ContractChain;
let chain: LocalChain;
let admin: JsonRpcSigner;
let operator: JsonRpcSigner;
let stranger: JsonRpcSigner;
let locator: Contract;

const nextId = idSequence('locator');
/** Fresh opaque ids per test (never reused across tests). */
const newProviderId = () => nextId('provider');
const newPseudonym = () => nextId('pseudonym');

beforeAll(async () => {
  env = await startContractChain({ tmpPrefix: 'fhx-locator-', newProviderId });
  ({ chain, admin, operator, stranger } = env);
  locator = env.deployed('RecordLocator', RecordLocatorAbi);
});

afterAll(async () => {
  await env?.stop();
});

/** Typed views of the ABI methods the tests use (ethers' Contract methods are dynamic). */
interface LocatorReads {
  OPERATOR_ROLE(): Promise<string>;
  MAX_BATCH(): Promise<bigint>;
  providerRegistry(): Promise<string>;
  hasRole(role: string, account: string): Promise<boolean>;
  providersOf(pseudonym: string): Promise<string[]>;
  holds(pseudonym: string, providerId: string): Promise<boolean>;
}
interface LocatorWrites {
  registerHoldings(pseudonyms: string[], providerIds: string[]): Promise<ContractTransactionResponse>;
}

/** The locator connected to `signer`. */
function as(signer: JsonRpcSigner): LocatorWrites {
  return locator.connect(signer) as unknown as LocatorWrites;
}

/** Read-only calls. */
const reads = (): LocatorReads => locator as unknown as LocatorReads;

/** Receipts, events and reverts decoded through the locator's ABI. */
const { decode, events, expectCustomError } = abiAssertions(RecordLocatorAbi);

describe('RecordLocator', () => {
  test('is wired to the ProviderRegistry and sets up roles from the constructor', async () => {
    expect(await reads().providerRegistry()).toBe(chain.contracts.ProviderRegistry);
    expect(await reads().OPERATOR_ROLE()).toBe(OPERATOR_ROLE);
    expect(await reads().hasRole(DEFAULT_ADMIN_ROLE, admin.address)).toBe(true);
    expect(await reads().hasRole(OPERATOR_ROLE, operator.address)).toBe(true);
    expect(await reads().hasRole(OPERATOR_ROLE, admin.address)).toBe(false);
    expect(await reads().hasRole(DEFAULT_ADMIN_ROLE, operator.address)).toBe(false);
  });

  test('registerHoldings by the operator records the pairs and emits HoldingRegistered for each', async () => {
    const p1 = await env.confirmedProvider();
    const p2 = await env.confirmedProvider();
    const a = newPseudonym();
    const b = newPseudonym();
    expect(await reads().providersOf(a)).toEqual([]);
    expect(await reads().holds(a, p1)).toBe(false);

    const evs = await events(as(operator).registerHoldings([a, a, b], [p1, p2, p1]));
    expect(evs).toEqual([
      { name: 'HoldingRegistered', args: [a, p1] },
      { name: 'HoldingRegistered', args: [a, p2] },
      { name: 'HoldingRegistered', args: [b, p1] },
    ]);
    expect(await reads().providersOf(a)).toEqual([p1, p2]);
    expect(await reads().providersOf(b)).toEqual([p1]);
    expect(await reads().holds(a, p1)).toBe(true);
    expect(await reads().holds(a, p2)).toBe(true);
    expect(await reads().holds(b, p1)).toBe(true);
    expect(await reads().holds(b, p2)).toBe(false);
  });

  test('re-registering existing pairs is idempotent: no error, no event, no duplicate', async () => {
    const p1 = await env.confirmedProvider();
    const p2 = await env.confirmedProvider();
    const a = newPseudonym();
    await events(as(operator).registerHoldings([a], [p1]));

    // The whole batch already exists: succeeds with no events.
    expect(await events(as(operator).registerHoldings([a], [p1]))).toEqual([]);
    // Mixed batch: only the new pair emits; a pair repeated inside the batch emits once.
    expect(await events(as(operator).registerHoldings([a, a, a, a], [p1, p2, p2, p1]))).toEqual([
      { name: 'HoldingRegistered', args: [a, p2] },
    ]);
    expect(await reads().providersOf(a)).toEqual([p1, p2]);
  });

  test('registerHoldings by a non-operator reverts with AccessControlUnauthorizedAccount(account, role)', async () => {
    const pid = await env.confirmedProvider();
    const a = newPseudonym();
    await expectCustomError(as(stranger).registerHoldings([a], [pid]), 'AccessControlUnauthorizedAccount', [
      stranger.address,
      OPERATOR_ROLE,
    ]);
    // The admin is not an operator either.
    await expectCustomError(as(admin).registerHoldings([a], [pid]), 'AccessControlUnauthorizedAccount', [
      admin.address,
      OPERATOR_ROLE,
    ]);
    expect(await reads().holds(a, pid)).toBe(false);
  });

  test('unknown, applied (unconfirmed) and suspended providers cannot register; the batch is atomic', async () => {
    const confirmed = await env.confirmedProvider();
    const unknown = newProviderId();
    const applied = await env.appliedProvider();
    const suspended = await env.confirmedProvider();
    await mined(env.registryAs(admin).suspend(suspended));
    const a = newPseudonym();

    for (const pid of [unknown, applied, suspended]) {
      await expectCustomError(as(operator).registerHoldings([a], [pid]), 'RecordLocatorProviderNotConfirmed', [pid]);
      // A valid pair earlier in the same batch is rolled back with it.
      await expectCustomError(as(operator).registerHoldings([a, a], [confirmed, pid]), 'RecordLocatorProviderNotConfirmed', [
        pid,
      ]);
    }
    // Zero provider id: never confirmed.
    await expectCustomError(as(operator).registerHoldings([a], [ZERO32]), 'RecordLocatorProviderNotConfirmed', [ZERO32]);
    expect(await reads().providersOf(a)).toEqual([]);

    // A provider suspended after registering cannot re-register, even an existing pair.
    const later = await env.confirmedProvider();
    await events(as(operator).registerHoldings([a], [later]));
    await mined(env.registryAs(admin).suspend(later));
    await expectCustomError(as(operator).registerHoldings([a], [later]), 'RecordLocatorProviderNotConfirmed', [later]);
    // Registration is history: the pair stays.
    expect(await reads().holds(a, later)).toBe(true);
  });

  test('mismatched array lengths revert with RecordLocatorLengthMismatch(lengths)', async () => {
    const pid = await env.confirmedProvider();
    const a = newPseudonym();
    const b = newPseudonym();
    await expectCustomError(as(operator).registerHoldings([a, b], [pid]), 'RecordLocatorLengthMismatch', [2n, 1n]);
    await expectCustomError(as(operator).registerHoldings([a], [pid, pid]), 'RecordLocatorLengthMismatch', [1n, 2n]);
    await expectCustomError(as(operator).registerHoldings([], [pid]), 'RecordLocatorLengthMismatch', [0n, 1n]);
    expect(await reads().holds(a, pid)).toBe(false);
  });

  test('the zero pseudonym is rejected', async () => {
    const pid = await env.confirmedProvider();
    await expectCustomError(as(operator).registerHoldings([ZERO32], [pid]), 'RecordLocatorInvalidPseudonym', [ZERO32]);
  });

  test('an empty batch is a no-op', async () => {
    expect(await events(as(operator).registerHoldings([], []))).toEqual([]);
  });

  test('batch limit: MAX_BATCH + 1 pairs revert with RecordLocatorBatchTooLarge(length, limit); a full batch fits a transaction', async () => {
    const max = await reads().MAX_BATCH();
    const pid = await env.confirmedProvider();

    const tooMany = Number(max) + 1;
    const over = Array.from({ length: tooMany }, () => newPseudonym());
    await expectCustomError(
      as(operator).registerHoldings(over, Array<string>(tooMany).fill(pid)),
      'RecordLocatorBatchTooLarge',
      [max + 1n, max],
    );
    expect(await reads().holds(over[0]!, pid)).toBe(false);

    // A full batch of new pairs (all distinct pseudonyms: the most expensive case) succeeds and
    // stays under the EIP-7825 per-transaction gas cap.
    const full = over.slice(0, Number(max));
    const receipt = await mined(as(operator).registerHoldings(full, Array<string>(full.length).fill(pid)));
    expect(decode(receipt)).toHaveLength(full.length);
    expect(receipt.gasUsed).toBeLessThan(TX_GAS_CAP);
    console.log(`registerHoldings gas: ${max} new pairs (MAX_BATCH) ${receipt.gasUsed}`);
    expect(await reads().holds(full[full.length - 1]!, pid)).toBe(true);
  });

  test('gas: registerHoldings with 1 and 100 new pairs (from receipts)', async () => {
    const pid = await env.confirmedProvider();
    const one = await mined(as(operator).registerHoldings([newPseudonym()], [pid]));
    const hundred = Array.from({ length: 100 }, () => newPseudonym());
    const r100 = await mined(as(operator).registerHoldings(hundred, Array<string>(100).fill(pid)));
    expect(decode(r100)).toHaveLength(100);
    // Same 100 pairs again: all skipped.
    const again = await mined(as(operator).registerHoldings(hundred, Array<string>(100).fill(pid)));
    expect(decode(again)).toEqual([]);
    // 100 new pairs alternating over 5 providers (a registry lookup for every pair).
    const pids: string[] = [];
    for (let i = 0; i < 5; i++) pids.push(await env.confirmedProvider());
    const mixedProviders = Array.from({ length: 100 }, (_, i) => pids[i % pids.length]!);
    const rMixed = await mined(
      as(operator).registerHoldings(
        Array.from({ length: 100 }, () => newPseudonym()),
        mixedProviders,
      ),
    );
    console.log(
      `registerHoldings gas: 1 new pair ${one.gasUsed}; 100 new pairs (one provider) ${r100.gasUsed}; ` +
        `100 existing pairs (skipped) ${again.gasUsed}; 100 new pairs alternating over 5 providers ${rMixed.gasUsed}`,
    );
    expect(one.gasUsed).toBeGreaterThan(0n);
  });
});
