import { randomBytes } from 'node:crypto';
import { Wallet, keccak256, solidityPacked, toUtf8Bytes, verifyTypedData } from 'ethers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OperationOutcomeError } from '../../functions/fhir/outcomes.ts';
import { createChainClient } from '../../functions/ledger/chain-client.ts';
import type { ChainClient } from '../../functions/ledger/chain-client.ts';
import { ConsentRegistry, granteeKey, purposeKey, reasonCommitment } from '../../functions/ledger/consent-registry.ts';
import { chainConfigSchema, parseConfig } from '../../schemas/config.ts';
import { startContractChain } from '../support/contract-fixtures.ts';
import type { ContractChain } from '../support/contract-fixtures.ts';

/**
 * functions/ledger/consent-registry.ts against contracts/ConsentRegistry.sol on anvil: enrollment,
 * EIP-712 consents signed by a wallet and relayed by the operator, the contract refusing forged,
 * replayed and expired ones (as 4xx outcomes), the isPermitted cache bound, and emergency access.
 */

let env: ContractChain;
let chain: ChainClient;
let registry: ConsentRegistry;
let clock = Date.now();
let providerId: string;

const pseudonym = () => randomBytes(32).toString('hex');

async function status(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OperationOutcomeError) return error.status;
    throw error;
  }
  return 200;
}

async function enrolled(): Promise<{ pseudonym: string; wallet: Wallet }> {
  const p = pseudonym();
  const wallet = Wallet.createRandom() as unknown as Wallet;
  await registry.setController(p, wallet.address, providerId);
  return { pseudonym: p, wallet };
}

beforeAll(async () => {
  env = await startContractChain({ tmpPrefix: 'fhx-consent-ledger-' });
  providerId = 'consent-test-hospital';
  await env.confirmedProvider(granteeKey(providerId));
  chain = createChainClient(
    parseConfig(chainConfigSchema, {
      CHAIN_RPC_URL: env.chain.rpcUrl,
      CHAIN_ID: String(env.chain.chainId),
      PROVIDER_REGISTRY_ADDRESS: env.chain.contracts['ProviderRegistry']!,
      CONSENT_REGISTRY_ADDRESS: env.chain.contracts['ConsentRegistry']!,
      OPERATOR_SIGNER: 'rpc-account:1',
      ADMIN_SIGNER: 'rpc-account:0',
    }),
  );
  registry = new ConsentRegistry(chain, { now: () => clock });
});

afterAll(async () => {
  chain?.destroy();
  await env?.stop();
});

describe('enrollment', () => {
  test('the operator sets a controller once; a second enrollment is a 409 and changes nothing', async () => {
    const { pseudonym: p, wallet } = await enrolled();
    expect(await registry.controllerOf(p)).toBe(wallet.address);
    expect(await status(registry.setController(p, Wallet.createRandom().address, providerId))).toBe(409);
    expect(await registry.controllerOf(p)).toBe(wallet.address);
  });

  test('an unknown provider cannot vouch (409), and a malformed address is a 400', async () => {
    expect(await status(registry.setController(pseudonym(), Wallet.createRandom().address, 'nobody-clinic'))).toBe(409);
    expect(await status(registry.setController(pseudonym(), '0x1234', providerId))).toBe(400);
  });

  test('a pseudonym without a controller has none', async () => {
    expect(await registry.controllerOf(pseudonym())).toBeUndefined();
  });
});

describe('consents signed by the controller', () => {
  test('grant → permitted; the typed data is what the contract checks; revoke → not permitted after the cache bound', async () => {
    const { pseudonym: p, wallet } = await enrolled();
    const grant = await registry.grantTypedData(p, 'dev-hospital-b', 'treatment', new Date(clock + 3_600_000));
    expect(grant.message).toMatchObject({ grantee: granteeKey('dev-hospital-b'), purpose: purposeKey('treatment'), nonce: '0' });
    const signature = await wallet.signTypedData(grant.domain, grant.types, grant.message);
    expect(verifyTypedData(grant.domain, grant.types, grant.message, signature)).toBe(wallet.address);
    expect(await registry.isPermitted(p, 'dev-hospital-b', 'treatment')).toBe(false);

    const sent = await registry.relayGrant(grant.message, signature);
    expect(sent.transactionHash).toMatch(/^0x[0-9a-f]{64}$/);
    // The relaying process forgets its cached answer at once.
    expect(await registry.isPermitted(p, 'dev-hospital-b', 'treatment')).toBe(true);
    expect(await registry.isPermitted(p, 'dev-hospital-b', 'research')).toBe(false);
    expect(await registry.isPermitted(p, 'someone-else', 'treatment')).toBe(false);

    // Another process (its own cache) sees the revocation within the cache bound, not before.
    const other = new ConsentRegistry(chain, { now: () => clock });
    expect(await other.isPermitted(p, 'dev-hospital-b', 'treatment')).toBe(true);
    const revocation = await registry.revocationTypedData(p, 'dev-hospital-b', 'treatment');
    expect(revocation.message.nonce).toBe('1');
    await registry.relayRevocation(revocation.message, await wallet.signTypedData(revocation.domain, revocation.types, revocation.message));
    expect(await registry.isPermitted(p, 'dev-hospital-b', 'treatment')).toBe(false);
    expect(await other.isPermitted(p, 'dev-hospital-b', 'treatment')).toBe(true);
    clock += other.cacheMs;
    expect(await other.isPermitted(p, 'dev-hospital-b', 'treatment')).toBe(false);

    const consents = await registry.consentsOf(p);
    expect(consents).toEqual([expect.objectContaining({ grantee: granteeKey('dev-hospital-b'), purpose: 'treatment', expiry: 0, active: false, changedAt: expect.objectContaining({ kind: 'revoked' }) })]);
  });

  test('a signature by anyone but the controller is refused by the contract (403), and nothing changes', async () => {
    const { pseudonym: p } = await enrolled();
    const grant = await registry.grantTypedData(p, 'dev-hospital-b', 'treatment', new Date(clock + 3_600_000));
    const forged = await Wallet.createRandom().signTypedData(grant.domain, grant.types, grant.message);
    expect(await status(registry.relayGrant(grant.message, forged))).toBe(403);
    expect(await registry.nonceOf(p)).toBe(0n);
    expect(await registry.isPermitted(p, 'dev-hospital-b', 'treatment')).toBe(false);
  });

  test('a replayed grant is refused (409: the nonce was used)', async () => {
    const { pseudonym: p, wallet } = await enrolled();
    const grant = await registry.grantTypedData(p, 'research-org-1', 'research', new Date(clock + 3_600_000));
    const signature = await wallet.signTypedData(grant.domain, grant.types, grant.message);
    await registry.relayGrant(grant.message, signature);
    expect(await status(registry.relayGrant(grant.message, signature))).toBe(409);
    expect(await registry.nonceOf(p)).toBe(1n);
  });

  test('an expired grant is refused: when prepared (400) and, signed anyway, by the contract (400)', async () => {
    const { pseudonym: p, wallet } = await enrolled();
    expect(await status(registry.grantTypedData(p, 'dev-hospital-b', 'treatment', new Date(clock - 1_000)))).toBe(400);
    const grant = await registry.grantTypedData(p, 'dev-hospital-b', 'treatment', new Date(clock + 3_600_000));
    const message = { ...grant.message, expiry: String(Math.floor(clock / 1000) - 3_600) };
    const signature = await wallet.signTypedData(grant.domain, grant.types, message);
    expect(await status(registry.relayGrant(message, signature))).toBe(400);
  });

  test('a grant for a patient nobody enrolled is a 409; malformed messages are 400s naming the field', async () => {
    const p = pseudonym();
    const grant = await registry.grantTypedData(p, 'dev-hospital-b', 'treatment', new Date(clock + 3_600_000));
    const signature = await Wallet.createRandom().signTypedData(grant.domain, grant.types, grant.message);
    expect(await status(registry.relayGrant(grant.message, signature))).toBe(409);
    const error = await registry.relayGrant({ ...grant.message, grantee: 'dev-hospital-b' }, signature).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OperationOutcomeError);
    expect((error as OperationOutcomeError).outcome.issue[0]!.expression).toEqual(['grantee']);
    expect(await status(registry.relayGrant(grant.message, 'not-hex'))).toBe(400);
  });
});

describe('emergency access', () => {
  test('is recorded with a salted commitment to the reason, which opens only with its salt', async () => {
    const p = pseudonym();
    const reason = 'unconscious in the emergency department';
    const { commitment, salt } = reasonCommitment(reason);
    expect(commitment).not.toBe(keccak256(toUtf8Bytes(reason)));
    await registry.recordEmergencyAccess(p, providerId, commitment);
    const events = await registry.emergencyAccessesOf(p);
    expect(events).toEqual([expect.objectContaining({ provider: granteeKey(providerId), reasonCommitment: commitment })]);
    expect(keccak256(solidityPacked(['bytes32', 'bytes'], [salt, toUtf8Bytes(reason)]))).toBe(commitment);
    const receipt = await chain.provider.getTransactionReceipt(events[0]!.transactionHash);
    const transaction = await chain.provider.getTransaction(events[0]!.transactionHash);
    const onChain = JSON.stringify({ logs: receipt!.logs.map((log) => [log.data, log.topics]), data: transaction!.data }).toLowerCase();
    expect(onChain).not.toContain(Buffer.from(reason).toString('hex'));
  });

  test('a provider that is not confirmed cannot be recorded (409)', async () => {
    expect(await status(registry.recordEmergencyAccess(pseudonym(), 'nobody-clinic', reasonCommitment('x').commitment))).toBe(409);
  });
});
