import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Wallet, id } from 'ethers';
import type { ContractTransactionResponse, HDNodeWallet, JsonRpcProvider, JsonRpcSigner, Signer, TypedDataDomain } from 'ethers';
import { ConsentRegistryAbi } from '../../contracts/generated/index.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Contract, JsonRpcProvider as RpcProvider } from 'ethers';
import { LOCAL_RECOVERY_DELAY_SECONDS, startLocalChain } from '../../infra/local/chain.ts';
import { DEFAULT_ADMIN_ROLE, OPERATOR_ROLE, abiAssertions, idSequence, mined, startContractChain } from '../support/contract-fixtures.ts';
import type { ContractChain } from '../support/contract-fixtures.ts';
import { CANCELLATION_TYPES, CONSENT_TYPES, ERASURE_TYPES, PROPOSAL_TYPES, RESEARCH, REVOCATION_TYPES, SCOPE, TREATMENT, ZERO_ADDRESS } from '../support/consent-typed-data.ts';
import type { ConsentMessage, RecoveryMessage } from '../support/consent-typed-data.ts';

/**
 * ConsentRegistry's recovery of a lost or stolen key: proposed by the operator with the new
 * wallet's EIP-712 signature, executable only after the delay, cancelled by the current
 * controller's signature or vetoed by the admin. Time is moved with anvil's evm_increaseTime.
 */

interface PendingRecovery {
  newController: string;
  providerId: string;
  executableAt: bigint;
  toObject(): Record<string, unknown>;
}
interface RecoveryReads {
  RECOVERY_PROPOSAL_TYPEHASH(): Promise<string>;
  RECOVERY_CANCELLATION_TYPEHASH(): Promise<string>;
  MIN_RECOVERY_DELAY(): Promise<bigint>;
  MAX_RECOVERY_DELAY(): Promise<bigint>;
  recoveryDelay(): Promise<bigint>;
  pendingRecoveryOf(pseudonym: string): Promise<PendingRecovery>;
  controllerOf(pseudonym: string): Promise<string>;
  nonceOf(pseudonym: string): Promise<bigint>;
  isPermitted(pseudonym: string, grantee: string, purpose: string): Promise<boolean>;
}
interface RecoveryWrites {
  setController(pseudonym: string, controller: string, providerId: string): Promise<ContractTransactionResponse>;
  changeController(pseudonym: string, newController: string): Promise<ContractTransactionResponse>;
  setRecoveryDelay(delay: bigint | number): Promise<ContractTransactionResponse>;
  proposeRecovery(p: RecoveryMessage, signature: string, providerId: string): Promise<ContractTransactionResponse>;
  cancelRecovery(c: RecoveryMessage, signature: string): Promise<ContractTransactionResponse>;
  vetoRecovery(pseudonym: string, newController: string, reasonCode: string): Promise<ContractTransactionResponse>;
  executeRecovery(pseudonym: string): Promise<ContractTransactionResponse>;
  grant(c: ConsentMessage, signature: string): Promise<ContractTransactionResponse>;
  revoke(r: Omit<ConsentMessage, 'scope' | 'expiry'>, signature: string): Promise<ContractTransactionResponse>;
  requestErasure(e: { pseudonym: string; nonce: bigint }, signature: string): Promise<ContractTransactionResponse>;
}

let env: ContractChain;
let provider: JsonRpcProvider;
let admin: JsonRpcSigner;
let operator: JsonRpcSigner;
let stranger: JsonRpcSigner;
let consents: Contract;
let domain: TypedDataDomain;
let vouching: string;

const nextId = idSequence('recovery');
const newProviderId = () => nextId('provider');
const newPseudonym = () => nextId('pseudonym');
const newGrantee = () => nextId('grantee');

const as = (signer: Signer) => consents.connect(signer) as unknown as RecoveryWrites;
const reads = () => consents as unknown as RecoveryReads;
const { events, expectCustomError } = abiAssertions(ConsentRegistryAbi);

beforeAll(async () => {
  env = await startContractChain({ tmpPrefix: 'fhx-recovery-', newProviderId });
  ({ provider, admin, operator, stranger } = env);
  consents = env.deployed('ConsentRegistry', ConsentRegistryAbi);
  domain = { name: 'fhir-exchange ConsentRegistry', version: '1', chainId: env.chain.chainId, verifyingContract: env.chain.contracts.ConsentRegistry! };
  vouching = await env.confirmedProvider();
});

afterAll(async () => {
  await env?.stop();
});

async function chainNow(): Promise<bigint> {
  const block = await provider.getBlock('latest');
  if (!block) throw new Error('no latest block');
  return BigInt(block.timestamp);
}

/** Moves chain time forward by `seconds` and mines a block (no real waiting). */
async function advance(seconds: bigint): Promise<void> {
  await provider.send('evm_increaseTime', [Number(seconds)]);
  await provider.send('evm_mine', []);
}

async function patient(): Promise<{ pseudonym: string; controller: HDNodeWallet }> {
  const pseudonym = newPseudonym();
  const controller = Wallet.createRandom();
  await mined(as(operator).setController(pseudonym, controller.address, vouching));
  return { pseudonym, controller };
}

async function proposal(pseudonym: string, newController: string): Promise<RecoveryMessage> {
  return { pseudonym, newController, nonce: await reads().nonceOf(pseudonym) };
}
const signProposal = (w: HDNodeWallet, p: RecoveryMessage, d: TypedDataDomain = domain) => w.signTypedData(d, PROPOSAL_TYPES, p);
const signCancellation = (w: HDNodeWallet, c: RecoveryMessage, d: TypedDataDomain = domain) => w.signTypedData(d, CANCELLATION_TYPES, c);

/** The operator relays `next`'s recovery of `pseudonym`; returns the proposal and its executableAt. */
async function proposed(pseudonym: string, next: HDNodeWallet, providerId = vouching): Promise<{ p: RecoveryMessage; executableAt: bigint }> {
  const p = await proposal(pseudonym, next.address);
  await mined(as(operator).proposeRecovery(p, await signProposal(next, p), providerId));
  return { p, executableAt: (await reads().pendingRecoveryOf(pseudonym)).executableAt };
}

async function consentFor(pseudonym: string, grantee = newGrantee(), purpose = TREATMENT): Promise<ConsentMessage> {
  return { pseudonym, grantee, purpose, scope: SCOPE, expiry: (await chainNow()) + 30n * 86_400n, nonce: await reads().nonceOf(pseudonym) };
}

describe('ConsentRegistry recovery: delay and type hashes', () => {
  test('the delay is set at deployment (the local chain: 20 s), within documented bounds, and the type hashes are the documented ones', async () => {
    expect(await reads().recoveryDelay()).toBe(BigInt(LOCAL_RECOVERY_DELAY_SECONDS));
    expect(await reads().MIN_RECOVERY_DELAY()).toBe(10n);
    expect(await reads().MAX_RECOVERY_DELAY()).toBe(30n * 86_400n);
    expect(await reads().RECOVERY_PROPOSAL_TYPEHASH()).toBe(id('RecoveryProposal(bytes32 pseudonym,address newController,uint256 nonce)'));
    expect(await reads().RECOVERY_CANCELLATION_TYPEHASH()).toBe(id('RecoveryCancellation(bytes32 pseudonym,address newController,uint256 nonce)'));
  });

  test('only the admin changes the delay, within bounds, with RecoveryDelayChanged', async () => {
    for (const signer of [operator, stranger]) {
      await expectCustomError(as(signer).setRecoveryDelay(3600), 'AccessControlUnauthorizedAccount', [signer.address, DEFAULT_ADMIN_ROLE]);
    }
    for (const delay of [0n, 9n, 30n * 86_400n + 1n]) {
      await expectCustomError(as(admin).setRecoveryDelay(delay), 'ConsentRegistryRecoveryDelayOutOfBounds', [delay]);
    }
    expect(await events(as(admin).setRecoveryDelay(72n * 3600n))).toEqual([{ name: 'RecoveryDelayChanged', args: [20n, 259_200n] }]);
    expect(await events(as(admin).setRecoveryDelay(20n))).toEqual([{ name: 'RecoveryDelayChanged', args: [259_200n, 20n] }]);
    expect(await reads().recoveryDelay()).toBe(20n);
  });
});

describe('ConsentRegistry recovery: the happy path', () => {
  test('proposed with the new wallet\'s signature, executed after the delay: consents stay with the pseudonym, the old key signs nothing more', async () => {
    const { pseudonym, controller: old } = await patient();
    // The lost key had granted a treatment consent and a research consent.
    const treatment = await consentFor(pseudonym);
    await mined(as(operator).grant(treatment, await old.signTypedData(domain, CONSENT_TYPES, treatment)));
    const research = await consentFor(pseudonym, newGrantee(), RESEARCH);
    await mined(as(operator).grant(research, await old.signTypedData(domain, CONSENT_TYPES, research)));
    expect(await reads().nonceOf(pseudonym)).toBe(2n);

    const next = Wallet.createRandom();
    const p = await proposal(pseudonym, next.address);
    const before = await chainNow();
    const proposedEvents = await events(as(operator).proposeRecovery(p, await signProposal(next, p), vouching));
    const executableAt = (await reads().pendingRecoveryOf(pseudonym)).executableAt;
    expect(executableAt).toBeGreaterThanOrEqual(before + 20n);
    expect(executableAt).toBeLessThanOrEqual(before + 22n);
    expect(proposedEvents).toEqual([{ name: 'RecoveryProposed', args: [pseudonym, next.address, vouching, executableAt] }]);
    expect((await reads().pendingRecoveryOf(pseudonym)).toObject()).toEqual({ newController: next.address, providerId: vouching, executableAt });
    // The proposal used the pseudonym's nonce; the old key still controls until execution.
    expect(await reads().nonceOf(pseudonym)).toBe(3n);
    expect(await reads().controllerOf(pseudonym)).toBe(old.address);

    // Too early, for anyone.
    await expectCustomError(as(stranger).executeRecovery(pseudonym), 'ConsentRegistryRecoveryNotReady', [pseudonym, executableAt]);
    await advance(executableAt - (await chainNow()));
    const executed = await events(as(stranger).executeRecovery(pseudonym));
    expect(executed).toEqual([
      { name: 'ControllerChanged', args: [pseudonym, old.address, next.address] },
      { name: 'RecoveryExecuted', args: [pseudonym, old.address, next.address] },
    ]);
    expect(await reads().controllerOf(pseudonym)).toBe(next.address);
    expect((await reads().pendingRecoveryOf(pseudonym)).executableAt).toBe(0n);
    await expectCustomError(as(stranger).executeRecovery(pseudonym), 'ConsentRegistryNoPendingRecovery', [pseudonym, ZERO_ADDRESS]);

    // Consents survive the switch.
    expect(await reads().isPermitted(pseudonym, treatment.grantee, TREATMENT)).toBe(true);
    expect(await reads().isPermitted(pseudonym, research.grantee, RESEARCH)).toBe(true);

    // The old key can sign nothing: grant, revoke, erasure, cancellation, a new proposal's cancellation.
    const grant = await consentFor(pseudonym);
    expect(grant.nonce).toBe(3n);
    await expectCustomError(as(operator).grant(grant, await old.signTypedData(domain, CONSENT_TYPES, grant)), 'ConsentRegistryInvalidSignature', [pseudonym, next.address]);
    const revocation = { pseudonym, grantee: treatment.grantee, purpose: TREATMENT, nonce: 3n };
    await expectCustomError(as(operator).revoke(revocation, await old.signTypedData(domain, REVOCATION_TYPES, revocation)), 'ConsentRegistryInvalidSignature', [pseudonym, next.address]);
    const erasure = { pseudonym, nonce: 3n };
    await expectCustomError(as(operator).requestErasure(erasure, await old.signTypedData(domain, ERASURE_TYPES, erasure)), 'ConsentRegistryInvalidSignature', [pseudonym, next.address]);
    // A second recovery away from the new key: the old key cannot cancel it, the new one can.
    const third = Wallet.createRandom();
    await proposed(pseudonym, third);
    const cancellation = { pseudonym, newController: third.address, nonce: await reads().nonceOf(pseudonym) };
    await expectCustomError(as(operator).cancelRecovery(cancellation, await signCancellation(old, cancellation)), 'ConsentRegistryInvalidSignature', [pseudonym, next.address]);
    expect(await events(as(operator).cancelRecovery(cancellation, await signCancellation(next, cancellation)))).toEqual([
      { name: 'RecoveryCancelled', args: [pseudonym, next.address, third.address] },
    ]);

    // The new key signs with the carried-on nonce: it revokes what the old key granted.
    const byNew = { pseudonym, grantee: treatment.grantee, purpose: TREATMENT, nonce: await reads().nonceOf(pseudonym) };
    expect(byNew.nonce).toBe(5n);
    expect(await events(as(operator).revoke(byNew, await next.signTypedData(domain, REVOCATION_TYPES, byNew)))).toEqual([
      { name: 'ConsentRevoked', args: [pseudonym, treatment.grantee, TREATMENT] },
    ]);
    expect(await reads().isPermitted(pseudonym, treatment.grantee, TREATMENT)).toBe(false);
  });
});

describe('ConsentRegistry recovery: cancellation and veto', () => {
  test('the current controller cancels with a signature (relayed by anyone); the recovery can then never be executed', async () => {
    const { pseudonym, controller } = await patient();
    const next = Wallet.createRandom();
    const { executableAt } = await proposed(pseudonym, next);
    const c = { pseudonym, newController: next.address, nonce: await reads().nonceOf(pseudonym) };
    // Not the new wallet, not a stranger's key.
    for (const signer of [next, Wallet.createRandom()]) {
      await expectCustomError(as(stranger).cancelRecovery(c, await signCancellation(signer, c)), 'ConsentRegistryInvalidSignature', [pseudonym, controller.address]);
    }
    // Naming another new controller is not this recovery.
    const other = { ...c, newController: Wallet.createRandom().address };
    await expectCustomError(as(stranger).cancelRecovery(other, await signCancellation(controller, other)), 'ConsentRegistryNoPendingRecovery', [pseudonym, other.newController]);

    const signature = await signCancellation(controller, c);
    expect(await events(as(stranger).cancelRecovery(c, signature))).toEqual([{ name: 'RecoveryCancelled', args: [pseudonym, controller.address, next.address] }]);
    expect((await reads().pendingRecoveryOf(pseudonym)).executableAt).toBe(0n);
    // Replayed: the nonce is spent.
    await expectCustomError(as(stranger).cancelRecovery(c, signature), 'ConsentRegistryInvalidNonce', [pseudonym, c.nonce, c.nonce + 1n]);
    await advance(executableAt - (await chainNow()) + 5n);
    await expectCustomError(as(stranger).executeRecovery(pseudonym), 'ConsentRegistryNoPendingRecovery', [pseudonym, ZERO_ADDRESS]);
    expect(await reads().controllerOf(pseudonym)).toBe(controller.address);
  });

  test('the admin vetoes with a reason code only; the operator and others cannot', async () => {
    const { pseudonym, controller } = await patient();
    const next = Wallet.createRandom();
    await proposed(pseudonym, next);
    const reasonCode = id('salted commitment to an off-chain reason');
    for (const signer of [operator, stranger]) {
      await expectCustomError(as(signer).vetoRecovery(pseudonym, next.address, reasonCode), 'AccessControlUnauthorizedAccount', [signer.address, DEFAULT_ADMIN_ROLE]);
    }
    const wrong = Wallet.createRandom().address;
    await expectCustomError(as(admin).vetoRecovery(pseudonym, wrong, reasonCode), 'ConsentRegistryNoPendingRecovery', [pseudonym, wrong]);
    expect(await events(as(admin).vetoRecovery(pseudonym, next.address, reasonCode))).toEqual([
      { name: 'RecoveryVetoed', args: [pseudonym, next.address, admin.address, reasonCode] },
    ]);
    await expectCustomError(as(admin).vetoRecovery(pseudonym, next.address, reasonCode), 'ConsentRegistryNoPendingRecovery', [pseudonym, next.address]);
    await advance(60n);
    await expectCustomError(as(stranger).executeRecovery(pseudonym), 'ConsentRegistryNoPendingRecovery', [pseudonym, ZERO_ADDRESS]);
    expect(await reads().controllerOf(pseudonym)).toBe(controller.address);
    // A new recovery can be proposed afterwards, with a fresh signature and nonce.
    await proposed(pseudonym, next);
    expect((await reads().pendingRecoveryOf(pseudonym)).newController).toBe(next.address);
  });
});

describe('ConsentRegistry recovery: refusals', () => {
  test('only the operator proposes, for a confirmed provider, an enrolled pseudonym and a new wallet that signed', async () => {
    const { pseudonym, controller } = await patient();
    const next = Wallet.createRandom();
    const p = await proposal(pseudonym, next.address);
    const signature = await signProposal(next, p);
    for (const signer of [admin, stranger]) {
      await expectCustomError(as(signer).proposeRecovery(p, signature, vouching), 'AccessControlUnauthorizedAccount', [signer.address, OPERATOR_ROLE]);
    }
    const suspended = await env.confirmedProvider();
    await mined(env.registryAs(admin).suspend(suspended));
    for (const pid of [newProviderId(), await env.appliedProvider(), suspended]) {
      await expectCustomError(as(operator).proposeRecovery(p, signature, pid), 'ConsentRegistryProviderNotConfirmed', [pid]);
    }
    const orphan = { ...p, pseudonym: newPseudonym() };
    await expectCustomError(as(operator).proposeRecovery(orphan, await signProposal(next, orphan), vouching), 'ConsentRegistryNoController', [orphan.pseudonym]);
    const toSelf = { ...p, newController: controller.address };
    await expectCustomError(as(operator).proposeRecovery(toSelf, await signProposal(controller, toSelf), vouching), 'ConsentRegistryRecoveryToController', [pseudonym, controller.address]);
    await expectCustomError(as(operator).proposeRecovery({ ...p, newController: ZERO_ADDRESS }, signature, vouching), 'ConsentRegistryZeroAddress', []);
    // The relayer cannot hand the pseudonym to a wallet that did not sign: another's signature, another domain.
    await expectCustomError(as(operator).proposeRecovery(p, await signProposal(Wallet.createRandom(), p), vouching), 'ConsentRegistryInvalidRecoverySignature', [pseudonym, next.address]);
    await expectCustomError(as(operator).proposeRecovery(p, await signProposal(next, p, { ...domain, chainId: 1 }), vouching), 'ConsentRegistryInvalidRecoverySignature', [pseudonym, next.address]);
    const redirected = { ...p, newController: Wallet.createRandom().address };
    await expectCustomError(as(operator).proposeRecovery(redirected, signature, vouching), 'ConsentRegistryInvalidRecoverySignature', [pseudonym, redirected.newController]);
    // Out-of-order nonce.
    const ahead = { ...p, nonce: p.nonce + 1n };
    await expectCustomError(as(operator).proposeRecovery(ahead, await signProposal(next, ahead), vouching), 'ConsentRegistryInvalidNonce', [pseudonym, ahead.nonce, p.nonce]);
    expect((await reads().pendingRecoveryOf(pseudonym)).executableAt).toBe(0n);
    expect(await reads().nonceOf(pseudonym)).toBe(p.nonce);

    // One recovery at a time; the signature cannot be replayed.
    await mined(as(operator).proposeRecovery(p, signature, vouching));
    const pending = await reads().pendingRecoveryOf(pseudonym);
    const second = await proposal(pseudonym, Wallet.createRandom().address);
    await expectCustomError(as(operator).proposeRecovery(second, signature, vouching), 'ConsentRegistryRecoveryPending', [pseudonym, next.address, pending.executableAt]);
    const c = { pseudonym, newController: next.address, nonce: await reads().nonceOf(pseudonym) };
    await mined(as(operator).cancelRecovery(c, await signCancellation(controller, c)));
    await expectCustomError(as(operator).proposeRecovery(p, signature, vouching), 'ConsentRegistryInvalidNonce', [pseudonym, p.nonce, p.nonce + 2n]);
  });

  test('a recovery whose vouching provider was suspended meanwhile cannot be executed', async () => {
    const { pseudonym, controller } = await patient();
    const provider = await env.confirmedProvider();
    const { executableAt } = await proposed(pseudonym, Wallet.createRandom(), provider);
    await mined(env.registryAs(admin).suspend(provider));
    await advance(executableAt - (await chainNow()) + 1n);
    await expectCustomError(as(stranger).executeRecovery(pseudonym), 'ConsentRegistryProviderNotConfirmed', [provider]);
    expect(await reads().controllerOf(pseudonym)).toBe(controller.address);
  });

  test('a delay changed after the proposal does not move it', async () => {
    const { pseudonym } = await patient();
    const { executableAt } = await proposed(pseudonym, Wallet.createRandom());
    await mined(as(admin).setRecoveryDelay(3600n));
    try {
      expect((await reads().pendingRecoveryOf(pseudonym)).executableAt).toBe(executableAt);
      await advance(executableAt - (await chainNow()));
      await mined(as(stranger).executeRecovery(pseudonym));
    } finally {
      await mined(as(admin).setRecoveryDelay(20n));
    }
  });
});

describe('ConsentRegistry recovery: the delay on the local chain', () => {
  test('npm start --recovery-delay: a kept deployment is given the requested delay by the admin, at the same address', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'fhx-recovery-delay-'));
    try {
      const first = await startLocalChain({ dataDir, port: 0, recoveryDelaySeconds: 30 });
      const address = first.contracts['ConsentRegistry']!;
      const delayOf = async (rpcUrl: string) => {
        const rpc = new RpcProvider(rpcUrl, first.chainId, { staticNetwork: true, cacheTimeout: -1 });
        try {
          return (await new Contract(address, ConsentRegistryAbi, rpc).getFunction('recoveryDelay')()) as bigint;
        } finally {
          rpc.destroy();
        }
      };
      expect(await delayOf(first.rpcUrl)).toBe(30n);
      await first.stop();
      const second = await startLocalChain({ dataDir, port: 0, recoveryDelaySeconds: 45 });
      try {
        expect(second.contracts['ConsentRegistry']).toBe(address);
        expect(await delayOf(second.rpcUrl)).toBe(45n);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
