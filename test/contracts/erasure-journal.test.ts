import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ContractFactory, id } from 'ethers';
import type { Contract, ContractTransactionResponse, JsonRpcSigner } from 'ethers';
import { ErasureJournalAbi, ErasureJournalBytecode } from '../../contracts/generated/index.ts';
import { DEFAULT_ADMIN_ROLE, OPERATOR_ROLE, ZERO32, abiAssertions, idSequence, startContractChain } from '../support/contract-fixtures.ts';
import type { ContractChain } from '../support/contract-fixtures.ts';

/**
 * contracts/ErasureJournal.sol: the journal of erasures a restore cannot roll back. Only the
 * relayer (OPERATOR_ROLE) records; each erasure is recorded once (the first time is kept, a
 * repeat emits nothing); the events are exact and carry only the pseudonym and the holder's
 * on-chain id.
 */

interface JournalWrites {
  recordPersonErasure(pseudonym: string): Promise<ContractTransactionResponse>;
  recordHolderErasure(pseudonym: string, providerId: string): Promise<ContractTransactionResponse>;
}
interface JournalReads {
  OPERATOR_ROLE(): Promise<string>;
  hasRole(role: string, account: string): Promise<boolean>;
  personErasedAt(pseudonym: string): Promise<bigint>;
  holderErasedAt(pseudonym: string, providerId: string): Promise<bigint>;
}

let env: ContractChain;
let admin: JsonRpcSigner;
let operator: JsonRpcSigner;
let stranger: JsonRpcSigner;
let journal: Contract;
const next = idSequence('journal');
const { events, expectCustomError } = abiAssertions(ErasureJournalAbi);
const as = (signer: JsonRpcSigner) => journal.connect(signer) as unknown as JournalWrites;
const reads = () => journal as unknown as JournalReads;

async function blockTime(tx: Promise<ContractTransactionResponse>): Promise<{ time: bigint; tx: ContractTransactionResponse }> {
  const sent = await tx;
  const receipt = await sent.wait();
  const block = await env.provider.getBlock(receipt!.blockNumber);
  return { time: BigInt(block!.timestamp), tx: sent };
}

beforeAll(async () => {
  env = await startContractChain({ tmpPrefix: 'fhx-journal-' });
  ({ admin, operator, stranger } = env);
  journal = env.deployed('ErasureJournal', ErasureJournalAbi);
});

afterAll(async () => {
  await env?.stop();
});

describe('ErasureJournal', () => {
  test('roles are set up from the constructor: the admin administers, the relayer records', async () => {
    expect(await reads().OPERATOR_ROLE()).toBe(OPERATOR_ROLE);
    expect(await reads().hasRole(DEFAULT_ADMIN_ROLE, admin.address)).toBe(true);
    expect(await reads().hasRole(OPERATOR_ROLE, operator.address)).toBe(true);
    expect(await reads().hasRole(OPERATOR_ROLE, admin.address)).toBe(false);
    expect(await reads().hasRole(DEFAULT_ADMIN_ROLE, operator.address)).toBe(false);
  });

  test('the constructor refuses the zero address for either role', async () => {
    const factory = new ContractFactory(ErasureJournalAbi, ErasureJournalBytecode, admin);
    await expectCustomError(factory.getDeployTransaction(ZERO_ADDRESS, operator.address).then((tx) => admin.call(tx)), 'ErasureJournalZeroAddress', []);
    await expectCustomError(factory.getDeployTransaction(admin.address, ZERO_ADDRESS).then((tx) => admin.call(tx)), 'ErasureJournalZeroAddress', []);
  });

  test("recordPersonErasure by the relayer emits PersonErased(pseudonym, block time) and keeps that time", async () => {
    const pseudonym = next('person');
    const sent = as(operator).recordPersonErasure(pseudonym);
    const evs = await events(sent);
    const { timestamp } = (await env.provider.getBlock('latest'))!;
    expect(evs).toEqual([{ name: 'PersonErased', args: [pseudonym, BigInt(timestamp)] }]);
    expect(await reads().personErasedAt(pseudonym)).toBe(BigInt(timestamp));
  });

  test('recording a person again emits nothing and keeps the first time', async () => {
    const pseudonym = next('person');
    const first = await blockTime(as(operator).recordPersonErasure(pseudonym));
    await env.provider.send('evm_increaseTime', [60]);
    expect(await events(as(operator).recordPersonErasure(pseudonym))).toEqual([]);
    expect(await reads().personErasedAt(pseudonym)).toBe(first.time);
  });

  test("recordHolderErasure emits HolderPartitionErased(pseudonym, providerId, block time); another holder of the same person is recorded apart", async () => {
    const pseudonym = next('person');
    const hospital = id('dev-hospital-a');
    const clinic = id('dev-clinic-b');
    const evs = await events(as(operator).recordHolderErasure(pseudonym, hospital));
    const { timestamp } = (await env.provider.getBlock('latest'))!;
    expect(evs).toEqual([{ name: 'HolderPartitionErased', args: [pseudonym, hospital, BigInt(timestamp)] }]);
    expect(await reads().holderErasedAt(pseudonym, hospital)).toBe(BigInt(timestamp));
    expect(await reads().holderErasedAt(pseudonym, clinic)).toBe(0n);
    // A holder's erasure is not the person's.
    expect(await reads().personErasedAt(pseudonym)).toBe(0n);
    expect(await events(as(operator).recordHolderErasure(pseudonym, hospital))).toEqual([]);
    const again = await events(as(operator).recordHolderErasure(pseudonym, clinic));
    expect(again).toHaveLength(1);
    expect(again[0]!.args.slice(0, 2)).toEqual([pseudonym, clinic]);
  });

  test('the zero pseudonym or provider id is refused with the exact custom error', async () => {
    await expectCustomError(as(operator).recordPersonErasure(ZERO32), 'ErasureJournalInvalidPseudonym', [ZERO32]);
    await expectCustomError(as(operator).recordHolderErasure(ZERO32, id('dev-hospital-a')), 'ErasureJournalInvalidPseudonym', [ZERO32]);
    const pseudonym = next('person');
    await expectCustomError(as(operator).recordHolderErasure(pseudonym, ZERO32), 'ErasureJournalInvalidProviderId', [ZERO32]);
  });

  test('anyone but the relayer is refused (AccessControlUnauthorizedAccount), the admin included', async () => {
    const pseudonym = next('person');
    for (const signer of [stranger, admin]) {
      await expectCustomError(as(signer).recordPersonErasure(pseudonym), 'AccessControlUnauthorizedAccount', [signer.address, OPERATOR_ROLE]);
      await expectCustomError(as(signer).recordHolderErasure(pseudonym, id('dev-hospital-a')), 'AccessControlUnauthorizedAccount', [signer.address, OPERATOR_ROLE]);
    }
    expect(await reads().personErasedAt(pseudonym)).toBe(0n);
  });
});

const ZERO_ADDRESS = `0x${'00'.repeat(20)}`;
