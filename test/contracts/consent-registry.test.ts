import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TypedDataEncoder, Wallet, id, parseEther } from 'ethers';
import type {
  Contract,
  ContractTransactionResponse,
  HDNodeWallet,
  JsonRpcProvider,
  JsonRpcSigner,
  Signer,
  TransactionReceipt,
  TypedDataDomain,
} from 'ethers';
import type { LocalChain } from '../../infra/local/chain.ts';
import { ConsentRegistryAbi } from '../../contracts/generated/index.ts';
import {
  DEFAULT_ADMIN_ROLE,
  OPERATOR_ROLE,
  ZERO32,
  abiAssertions,
  idSequence,
  mined,
  startContractChain,
} from '../support/contract-fixtures.ts';
import type { ContractChain } from '../support/contract-fixtures.ts';
import { CONSENT_TYPES, ERASURE_TYPES, RESEARCH, REVOCATION_TYPES, SCOPE, TREATMENT, ZERO_ADDRESS } from '../support/consent-typed-data.ts';
import type { ConsentMessage, ErasureMessage, RevocationMessage } from '../support/consent-typed-data.ts';

let env: ContractChain;
let chain: LocalChain;
let provider: JsonRpcProvider;
let admin: JsonRpcSigner;
let operator: JsonRpcSigner;
let stranger: JsonRpcSigner;
let consents: Contract;
/** The registry's real EIP-712 domain. */
let domain: TypedDataDomain;
/** A confirmed provider that vouches for controllers in most tests. */
let vouching: string;

const nextId = idSequence('consent');
/** Fresh opaque ids per test (never reused across tests). */
const newProviderId = () => nextId('provider');
const newPseudonym = () => nextId('pseudonym');
const newGrantee = () => nextId('grantee');

/** Typed views of the ABI methods the tests use (ethers' Contract methods are dynamic). */
interface ConsentRecord {
  scope: string;
  expiry: bigint;
  /** ethers Result: the named fields as a plain object. */
  toObject(): Record<string, unknown>;
}
interface ConsentReads {
  OPERATOR_ROLE(): Promise<string>;
  PURPOSE_TREATMENT(): Promise<string>;
  PURPOSE_RESEARCH(): Promise<string>;
  CONSENT_TYPEHASH(): Promise<string>;
  REVOCATION_TYPEHASH(): Promise<string>;
  ERASURE_TYPEHASH(): Promise<string>;
  DOMAIN_SEPARATOR(): Promise<string>;
  eip712Domain(): Promise<[string, string, string, bigint, string, string, bigint[]]>;
  providerRegistry(): Promise<string>;
  hasRole(role: string, account: string): Promise<boolean>;
  controllerOf(pseudonym: string): Promise<string>;
  nonceOf(pseudonym: string): Promise<bigint>;
  isPermitted(pseudonym: string, grantee: string, purpose: string): Promise<boolean>;
  consentOf(pseudonym: string, grantee: string, purpose: string): Promise<ConsentRecord>;
}
interface ConsentWrites {
  setController(pseudonym: string, controller: string, providerId: string): Promise<ContractTransactionResponse>;
  changeController(pseudonym: string, newController: string): Promise<ContractTransactionResponse>;
  grant(c: ConsentMessage, signature: string): Promise<ContractTransactionResponse>;
  revoke(r: RevocationMessage, signature: string): Promise<ContractTransactionResponse>;
  recordEmergencyAccess(pseudonym: string, providerId: string, reasonCode: string): Promise<ContractTransactionResponse>;
  requestErasure(e: ErasureMessage, signature: string): Promise<ContractTransactionResponse>;
}

/** The consent registry connected to `signer`. */
function as(signer: Signer): ConsentWrites {
  return consents.connect(signer) as unknown as ConsentWrites;
}

/** Read-only calls. */
const reads = (): ConsentReads => consents as unknown as ConsentReads;

/** Receipts, events and reverts decoded through the consent registry's ABI. */
const { decode, events, expectCustomError } = abiAssertions(ConsentRegistryAbi);

beforeAll(async () => {
  env = await startContractChain({ tmpPrefix: 'fhx-consent-', newProviderId });
  ({ chain, provider, admin, operator, stranger } = env);
  consents = env.deployed('ConsentRegistry', ConsentRegistryAbi);
  const consentAddress = chain.contracts.ConsentRegistry!; // deployed() has checked it is there
  domain = { name: 'fhir-exchange ConsentRegistry', version: '1', chainId: chain.chainId, verifyingContract: consentAddress };
  vouching = await env.confirmedProvider();
});

afterAll(async () => {
  await env?.stop();
});

/** Timestamp of the latest block (chain time, which tests may move forward). */
async function chainNow(): Promise<bigint> {
  const block = await provider.getBlock('latest');
  if (!block) throw new Error('no latest block');
  return BigInt(block.timestamp);
}

/** A new patient: a pseudonym and a fresh controller wallet (not an anvil account), set on chain. */
async function patient(): Promise<{ pseudonym: string; controller: HDNodeWallet }> {
  const pseudonym = newPseudonym();
  const controller = Wallet.createRandom();
  await mined(as(operator).setController(pseudonym, controller.address, vouching));
  return { pseudonym, controller };
}

/** A consent message for the pseudonym's next nonce, valid for a day. */
async function consentFor(pseudonym: string, over: Partial<ConsentMessage> = {}): Promise<ConsentMessage> {
  return {
    pseudonym,
    grantee: over.grantee ?? newGrantee(),
    purpose: TREATMENT,
    scope: SCOPE,
    expiry: (await chainNow()) + 86_400n,
    nonce: await reads().nonceOf(pseudonym),
    ...over,
  };
}

const signConsent = (w: HDNodeWallet, c: ConsentMessage, d: TypedDataDomain = domain) =>
  w.signTypedData(d, CONSENT_TYPES, c);
const signRevocation = (w: HDNodeWallet, r: RevocationMessage, d: TypedDataDomain = domain) =>
  w.signTypedData(d, REVOCATION_TYPES, r);

/** Grants `c` signed by `w`, relayed by the operator; returns the receipt. */
async function granted(w: HDNodeWallet, c: ConsentMessage): Promise<TransactionReceipt> {
  return mined(as(operator).grant(c, await signConsent(w, c)));
}

describe('ConsentRegistry: setup and EIP-712 domain', () => {
  test('is wired to the ProviderRegistry, sets up roles and exposes the purposes', async () => {
    expect(await reads().providerRegistry()).toBe(chain.contracts.ProviderRegistry);
    expect(await reads().OPERATOR_ROLE()).toBe(OPERATOR_ROLE);
    expect(await reads().hasRole(DEFAULT_ADMIN_ROLE, admin.address)).toBe(true);
    expect(await reads().hasRole(OPERATOR_ROLE, operator.address)).toBe(true);
    expect(await reads().hasRole(OPERATOR_ROLE, admin.address)).toBe(false);
    expect(await reads().hasRole(DEFAULT_ADMIN_ROLE, operator.address)).toBe(false);
    expect(await reads().PURPOSE_TREATMENT()).toBe(TREATMENT);
    expect(await reads().PURPOSE_RESEARCH()).toBe(RESEARCH);
  });

  test('the EIP-712 domain and type hashes are the documented ones', async () => {
    const [fields, name, version, chainId, verifyingContract, salt, extensions] = await reads().eip712Domain();
    expect(fields).toBe('0x0f'); // name, version, chainId, verifyingContract
    expect({ name, version, chainId, verifyingContract }).toEqual({
      name: 'fhir-exchange ConsentRegistry',
      version: '1',
      chainId: 31337n,
      verifyingContract: chain.contracts.ConsentRegistry,
    });
    expect(salt).toBe(ZERO32);
    expect(extensions).toEqual([]);
    expect(await reads().DOMAIN_SEPARATOR()).toBe(TypedDataEncoder.hashDomain(domain));
    expect(await reads().CONSENT_TYPEHASH()).toBe(
      id('Consent(bytes32 pseudonym,bytes32 grantee,bytes32 purpose,bytes32 scope,uint64 expiry,uint256 nonce)'),
    );
    expect(await reads().REVOCATION_TYPEHASH()).toBe(
      id('Revocation(bytes32 pseudonym,bytes32 grantee,bytes32 purpose,uint256 nonce)'),
    );
    // ethers derives the same primary type strings from the type definitions used for signing.
    expect(TypedDataEncoder.from(CONSENT_TYPES).encodeType('Consent')).toBe(
      'Consent(bytes32 pseudonym,bytes32 grantee,bytes32 purpose,bytes32 scope,uint64 expiry,uint256 nonce)',
    );
    expect(TypedDataEncoder.from(REVOCATION_TYPES).encodeType('Revocation')).toBe(
      'Revocation(bytes32 pseudonym,bytes32 grantee,bytes32 purpose,uint256 nonce)',
    );
  });
});

describe('ConsentRegistry: controllers', () => {
  test('setController by the operator for a confirmed provider emits ControllerSet', async () => {
    const pseudonym = newPseudonym();
    const controller = Wallet.createRandom();
    expect(await reads().controllerOf(pseudonym)).toBe(ZERO_ADDRESS);
    const evs = await events(as(operator).setController(pseudonym, controller.address, vouching));
    expect(evs).toEqual([{ name: 'ControllerSet', args: [pseudonym, controller.address, vouching] }]);
    expect(await reads().controllerOf(pseudonym)).toBe(controller.address);
    expect(await reads().nonceOf(pseudonym)).toBe(0n);
  });

  test('the operator cannot set a controller twice: ConsentRegistryControllerAlreadySet(pseudonym, controller)', async () => {
    const { pseudonym, controller } = await patient();
    const other = Wallet.createRandom();
    await expectCustomError(
      as(operator).setController(pseudonym, other.address, vouching),
      'ConsentRegistryControllerAlreadySet',
      [pseudonym, controller.address],
    );
    // Not via another confirmed provider either.
    await expectCustomError(
      as(operator).setController(pseudonym, other.address, await env.confirmedProvider()),
      'ConsentRegistryControllerAlreadySet',
      [pseudonym, controller.address],
    );
    expect(await reads().controllerOf(pseudonym)).toBe(controller.address);
  });

  test('setController by a non-operator reverts with AccessControlUnauthorizedAccount(account, role)', async () => {
    const pseudonym = newPseudonym();
    const controller = Wallet.createRandom();
    for (const signer of [stranger, admin]) {
      await expectCustomError(
        as(signer).setController(pseudonym, controller.address, vouching),
        'AccessControlUnauthorizedAccount',
        [signer.address, OPERATOR_ROLE],
      );
    }
    expect(await reads().controllerOf(pseudonym)).toBe(ZERO_ADDRESS);
  });

  test('an unknown, applied (unconfirmed) or suspended provider cannot set a controller', async () => {
    const suspended = await env.confirmedProvider();
    await mined(env.registryAs(admin).suspend(suspended));
    const pseudonym = newPseudonym();
    const controller = Wallet.createRandom();
    for (const pid of [newProviderId(), await env.appliedProvider(), suspended, ZERO32]) {
      await expectCustomError(
        as(operator).setController(pseudonym, controller.address, pid),
        'ConsentRegistryProviderNotConfirmed',
        [pid],
      );
    }
    expect(await reads().controllerOf(pseudonym)).toBe(ZERO_ADDRESS);
  });

  test('setController rejects the zero pseudonym and the zero controller', async () => {
    const controller = Wallet.createRandom();
    await expectCustomError(as(operator).setController(ZERO32, controller.address, vouching), 'ConsentRegistryInvalidPseudonym', [
      ZERO32,
    ]);
    await expectCustomError(as(operator).setController(newPseudonym(), ZERO_ADDRESS, vouching), 'ConsentRegistryZeroAddress', []);
  });

  test('changeController only by the current controller; old signatures stop working, the nonce carries on', async () => {
    const { pseudonym, controller } = await patient();
    const current = controller.connect(provider);
    // The controller sends this transaction itself, so it needs ether.
    expect((await (await admin.sendTransaction({ to: current.address, value: parseEther('1') })).wait())?.status).toBe(1);
    const next = Wallet.createRandom();

    // Not the operator, not the admin, not anyone else.
    for (const signer of [operator, admin, stranger]) {
      await expectCustomError(as(signer).changeController(pseudonym, next.address), 'ConsentRegistryNotController', [
        pseudonym,
        signer.address,
      ]);
    }
    // A pseudonym without a controller.
    const orphan = newPseudonym();
    await expectCustomError(as(current).changeController(orphan, next.address), 'ConsentRegistryNoController', [orphan]);
    // Not to the zero address.
    await expectCustomError(as(current).changeController(pseudonym, ZERO_ADDRESS), 'ConsentRegistryZeroAddress', []);

    // One grant by the first controller uses nonce 0.
    await granted(controller, await consentFor(pseudonym));
    expect(await reads().nonceOf(pseudonym)).toBe(1n);

    const evs = await events(as(current).changeController(pseudonym, next.address));
    expect(evs).toEqual([{ name: 'ControllerChanged', args: [pseudonym, current.address, next.address] }]);
    expect(await reads().controllerOf(pseudonym)).toBe(next.address);

    // The previous controller has no say any more, not even with a valid next nonce.
    const c = await consentFor(pseudonym);
    expect(c.nonce).toBe(1n);
    await expectCustomError(as(operator).grant(c, await signConsent(controller, c)), 'ConsentRegistryInvalidSignature', [
      pseudonym,
      next.address,
    ]);
    await expectCustomError(as(current).changeController(pseudonym, current.address), 'ConsentRegistryNotController', [
      pseudonym,
      current.address,
    ]);
    // The new controller signs with the carried-on nonce.
    await granted(next, c);
    expect(await reads().isPermitted(pseudonym, c.grantee, TREATMENT)).toBe(true);
    expect(await reads().nonceOf(pseudonym)).toBe(2n);
  });
});

describe('ConsentRegistry: grant and revoke (EIP-712)', () => {
  test('a grant signed by the controller and relayed by the operator emits ConsentGranted; isPermitted becomes true', async () => {
    const { pseudonym, controller } = await patient();
    const c = await consentFor(pseudonym);
    expect(await reads().isPermitted(pseudonym, c.grantee, TREATMENT)).toBe(false);

    const receipt = await granted(controller, c);
    expect(decode(receipt)).toEqual([
      { name: 'ConsentGranted', args: [pseudonym, c.grantee, TREATMENT, SCOPE, c.expiry] },
    ]);
    console.log(`grant gas: ${receipt.gasUsed}`);
    expect(await reads().isPermitted(pseudonym, c.grantee, TREATMENT)).toBe(true);
    expect((await reads().consentOf(pseudonym, c.grantee, TREATMENT)).toObject()).toEqual({ scope: SCOPE, expiry: c.expiry });
    expect(await reads().nonceOf(pseudonym)).toBe(1n);
    // Only for that grantee and purpose.
    expect(await reads().isPermitted(pseudonym, c.grantee, RESEARCH)).toBe(false);
    expect(await reads().isPermitted(pseudonym, newGrantee(), TREATMENT)).toBe(false);
    expect(await reads().isPermitted(newPseudonym(), c.grantee, TREATMENT)).toBe(false);
  });

  test('the signature, not the sender, is the authority: anyone may relay a signed grant', async () => {
    const { pseudonym, controller } = await patient();
    const c = await consentFor(pseudonym, { purpose: RESEARCH });
    const evs = await events(as(stranger).grant(c, await signConsent(controller, c)));
    expect(evs).toEqual([{ name: 'ConsentGranted', args: [pseudonym, c.grantee, RESEARCH, SCOPE, c.expiry] }]);
    expect(await reads().isPermitted(pseudonym, c.grantee, RESEARCH)).toBe(true);
  });

  test('a grant signed by someone other than the controller fails with ConsentRegistryInvalidSignature', async () => {
    const { pseudonym, controller } = await patient();
    const c = await consentFor(pseudonym);
    const impostor = Wallet.createRandom();
    await expectCustomError(as(operator).grant(c, await signConsent(impostor, c)), 'ConsentRegistryInvalidSignature', [
      pseudonym,
      controller.address,
    ]);
    // A valid signature over different content (the operator changing the grantee) fails too.
    const sig = await signConsent(controller, c);
    await expectCustomError(as(operator).grant({ ...c, grantee: newGrantee() }, sig), 'ConsentRegistryInvalidSignature', [
      pseudonym,
      controller.address,
    ]);
    await expectCustomError(as(operator).grant({ ...c, purpose: RESEARCH }, sig), 'ConsentRegistryInvalidSignature', [
      pseudonym,
      controller.address,
    ]);
    await expectCustomError(as(operator).grant({ ...c, expiry: c.expiry + 1n }, sig), 'ConsentRegistryInvalidSignature', [
      pseudonym,
      controller.address,
    ]);
    // Malformed signatures.
    await expectCustomError(as(operator).grant(c, '0x'), 'ConsentRegistryInvalidSignature', [pseudonym, controller.address]);
    await expectCustomError(as(operator).grant(c, `0x${'11'.repeat(65)}`), 'ConsentRegistryInvalidSignature', [
      pseudonym,
      controller.address,
    ]);
    // The controller's signature over a Revocation with the same fields is not a Consent.
    const asRevocation = await signRevocation(controller, { pseudonym, grantee: c.grantee, purpose: c.purpose, nonce: c.nonce });
    await expectCustomError(as(operator).grant(c, asRevocation), 'ConsentRegistryInvalidSignature', [
      pseudonym,
      controller.address,
    ]);
    expect(await reads().isPermitted(pseudonym, c.grantee, TREATMENT)).toBe(false);
    expect(await reads().nonceOf(pseudonym)).toBe(0n);
  });

  test('domain separation: a signature for another chain id or another verifying contract fails', async () => {
    const { pseudonym, controller } = await patient();
    const c = await consentFor(pseudonym);
    const wrongDomains: TypedDataDomain[] = [
      { ...domain, chainId: 1 },
      { ...domain, verifyingContract: chain.contracts.AnchorRegistry! },
      { ...domain, verifyingContract: Wallet.createRandom().address },
      { ...domain, name: 'fhir-exchange ConsentRegistry v2' },
      { ...domain, version: '2' },
    ];
    for (const d of wrongDomains) {
      await expectCustomError(as(operator).grant(c, await signConsent(controller, c, d)), 'ConsentRegistryInvalidSignature', [
        pseudonym,
        controller.address,
      ]);
    }
    // Same for revocations.
    await granted(controller, c);
    const r = { pseudonym, grantee: c.grantee, purpose: c.purpose, nonce: 1n };
    for (const d of wrongDomains) {
      await expectCustomError(
        as(operator).revoke(r, await signRevocation(controller, r, d)),
        'ConsentRegistryInvalidSignature',
        [pseudonym, controller.address],
      );
    }
    expect(await reads().isPermitted(pseudonym, c.grantee, TREATMENT)).toBe(true);
  });

  test('a replayed grant fails with ConsentRegistryInvalidNonce(pseudonym, nonce, expected); so does a skipped nonce', async () => {
    const { pseudonym, controller } = await patient();
    const c = await consentFor(pseudonym);
    const sig = await signConsent(controller, c);
    await mined(as(operator).grant(c, sig));
    await expectCustomError(as(operator).grant(c, sig), 'ConsentRegistryInvalidNonce', [pseudonym, 0n, 1n]);

    const skipped = await consentFor(pseudonym, { nonce: 5n });
    await expectCustomError(as(operator).grant(skipped, await signConsent(controller, skipped)), 'ConsentRegistryInvalidNonce', [
      pseudonym,
      5n,
      1n,
    ]);
    // A replayed consent after a revocation does not resurrect it.
    const r = { pseudonym, grantee: c.grantee, purpose: c.purpose, nonce: 1n };
    await mined(as(operator).revoke(r, await signRevocation(controller, r)));
    await expectCustomError(as(operator).grant(c, sig), 'ConsentRegistryInvalidNonce', [pseudonym, 0n, 2n]);
    expect(await reads().isPermitted(pseudonym, c.grantee, TREATMENT)).toBe(false);
  });

  test('a grant whose expiry is not in the future fails with ConsentRegistryExpired(pseudonym, expiry)', async () => {
    const { pseudonym, controller } = await patient();
    const now = await chainNow();
    for (const expiry of [now, now - 3_600n, 0n]) {
      const c = await consentFor(pseudonym, { expiry });
      await expectCustomError(as(operator).grant(c, await signConsent(controller, c)), 'ConsentRegistryExpired', [
        pseudonym,
        expiry,
      ]);
    }
    expect(await reads().nonceOf(pseudonym)).toBe(0n);
  });

  test('a consent stops permitting once its expiry passes', async () => {
    const { pseudonym, controller } = await patient();
    const c = await consentFor(pseudonym, { expiry: (await chainNow()) + 600n });
    await granted(controller, c);
    expect(await reads().isPermitted(pseudonym, c.grantee, TREATMENT)).toBe(true);

    await provider.send('evm_increaseTime', [601]);
    await provider.send('evm_mine', []);
    expect(await chainNow()).toBeGreaterThanOrEqual(c.expiry);
    expect(await reads().isPermitted(pseudonym, c.grantee, TREATMENT)).toBe(false);
    // The record is still there (history), just not permitting.
    expect((await reads().consentOf(pseudonym, c.grantee, TREATMENT)).expiry).toBe(c.expiry);
  });

  test('a grant for a pseudonym without a controller fails with ConsentRegistryNoController(pseudonym)', async () => {
    const pseudonym = newPseudonym();
    const w = Wallet.createRandom();
    const c = await consentFor(pseudonym);
    await expectCustomError(as(operator).grant(c, await signConsent(w, c)), 'ConsentRegistryNoController', [pseudonym]);
    const r = { pseudonym, grantee: c.grantee, purpose: c.purpose, nonce: 0n };
    await expectCustomError(as(operator).revoke(r, await signRevocation(w, r)), 'ConsentRegistryNoController', [pseudonym]);
  });

  test('a revocation signed by the controller emits ConsentRevoked; isPermitted becomes false', async () => {
    const { pseudonym, controller } = await patient();
    const c = await consentFor(pseudonym);
    await granted(controller, c);
    expect(await reads().isPermitted(pseudonym, c.grantee, TREATMENT)).toBe(true);

    const r: RevocationMessage = { pseudonym, grantee: c.grantee, purpose: TREATMENT, nonce: 1n };
    const sig = await signRevocation(controller, r);
    const receipt = await mined(as(operator).revoke(r, sig));
    expect(decode(receipt)).toEqual([{ name: 'ConsentRevoked', args: [pseudonym, c.grantee, TREATMENT] }]);
    console.log(`revoke gas: ${receipt.gasUsed}`);
    expect(await reads().isPermitted(pseudonym, c.grantee, TREATMENT)).toBe(false);
    expect((await reads().consentOf(pseudonym, c.grantee, TREATMENT)).toObject()).toEqual({ scope: ZERO32, expiry: 0n });
    expect(await reads().nonceOf(pseudonym)).toBe(2n);

    // Replaying the revocation fails on the nonce; a fresh one finds nothing to revoke.
    await expectCustomError(as(operator).revoke(r, sig), 'ConsentRegistryInvalidNonce', [pseudonym, 1n, 2n]);
    const again = { ...r, nonce: 2n };
    await expectCustomError(as(operator).revoke(again, await signRevocation(controller, again)), 'ConsentRegistryNotGranted', [
      pseudonym,
      c.grantee,
      TREATMENT,
    ]);
    // A new grant (next nonce) permits again.
    await granted(controller, await consentFor(pseudonym, { grantee: c.grantee }));
    expect(await reads().isPermitted(pseudonym, c.grantee, TREATMENT)).toBe(true);
  });

  test('a revocation not signed by the controller fails; the patient can submit it without the operator', async () => {
    const { pseudonym, controller } = await patient();
    const c = await consentFor(pseudonym);
    await granted(controller, c);
    const r: RevocationMessage = { pseudonym, grantee: c.grantee, purpose: TREATMENT, nonce: 1n };
    await expectCustomError(
      as(operator).revoke(r, await signRevocation(Wallet.createRandom(), r)),
      'ConsentRegistryInvalidSignature',
      [pseudonym, controller.address],
    );
    expect(await reads().isPermitted(pseudonym, c.grantee, TREATMENT)).toBe(true);

    // The relayer cannot hold back a revocation: anyone (here a stranger) can submit the signed message.
    const evs = await events(as(stranger).revoke(r, await signRevocation(controller, r)));
    expect(evs).toEqual([{ name: 'ConsentRevoked', args: [pseudonym, c.grantee, TREATMENT] }]);
    expect(await reads().isPermitted(pseudonym, c.grantee, TREATMENT)).toBe(false);
  });
});

describe('ConsentRegistry: emergency access', () => {
  test('recordEmergencyAccess by the operator emits EmergencyAccessRecorded with the block time', async () => {
    const pseudonym = newPseudonym();
    const reason = id('reason:unconscious-patient');
    const receipt = await mined(as(operator).recordEmergencyAccess(pseudonym, vouching, reason));
    const block = await provider.getBlock(receipt.blockNumber);
    if (!block) throw new Error('no block');
    expect(decode(receipt)).toEqual([
      { name: 'EmergencyAccessRecorded', args: [pseudonym, vouching, reason, BigInt(block.timestamp)] },
    ]);
    // Emergency access is not consent.
    expect(await reads().isPermitted(pseudonym, vouching, TREATMENT)).toBe(false);
  });

  test('recordEmergencyAccess by a non-operator reverts with AccessControlUnauthorizedAccount(account, role)', async () => {
    for (const signer of [stranger, admin]) {
      await expectCustomError(
        as(signer).recordEmergencyAccess(newPseudonym(), vouching, id('reason')),
        'AccessControlUnauthorizedAccount',
        [signer.address, OPERATOR_ROLE],
      );
    }
  });

  test('an unknown, applied (unconfirmed) or suspended provider cannot record emergency access', async () => {
    const suspended = await env.confirmedProvider();
    await mined(env.registryAs(admin).suspend(suspended));
    for (const pid of [newProviderId(), await env.appliedProvider(), suspended]) {
      await expectCustomError(
        as(operator).recordEmergencyAccess(newPseudonym(), pid, id('reason')),
        'ConsentRegistryProviderNotConfirmed',
        [pid],
      );
    }
    await expectCustomError(as(operator).recordEmergencyAccess(ZERO32, vouching, id('reason')), 'ConsentRegistryInvalidPseudonym', [
      ZERO32,
    ]);
  });
});

describe('ConsentRegistry: erasure requests (EIP-712)', () => {
  const signErasure = (w: HDNodeWallet, e: ErasureMessage, d: TypedDataDomain = domain) => w.signTypedData(d, ERASURE_TYPES, e);

  test('the type hash is the documented one', async () => {
    expect(await reads().ERASURE_TYPEHASH()).toBe(id('ErasureRequest(bytes32 pseudonym,uint256 nonce)'));
    expect(TypedDataEncoder.from(ERASURE_TYPES).encodeType('ErasureRequest')).toBe('ErasureRequest(bytes32 pseudonym,uint256 nonce)');
  });

  test("a request signed by the controller, relayed by anyone, emits ErasureRequested with the block time and consumes the nonce", async () => {
    const { pseudonym, controller } = await patient();
    const request = { pseudonym, nonce: await reads().nonceOf(pseudonym) };
    const receipt = await mined(as(stranger).requestErasure(request, await signErasure(controller, request)));
    const block = await provider.getBlock(receipt.blockNumber);
    expect(decode(receipt)).toEqual([{ name: 'ErasureRequested', args: [pseudonym, BigInt(block!.timestamp)] }]);
    expect(await reads().nonceOf(pseudonym)).toBe(request.nonce + 1n);
  });

  test('another signer, another domain, a replay or a pseudonym without a controller is refused with the exact error', async () => {
    const { pseudonym, controller } = await patient();
    const request = { pseudonym, nonce: await reads().nonceOf(pseudonym) };
    await expectCustomError(as(operator).requestErasure(request, await signErasure(Wallet.createRandom(), request)), 'ConsentRegistryInvalidSignature', [pseudonym, controller.address]);
    await expectCustomError(as(operator).requestErasure(request, await signErasure(controller, request, { ...domain, chainId: 1 })), 'ConsentRegistryInvalidSignature', [pseudonym, controller.address]);
    const signature = await signErasure(controller, request);
    await mined(as(operator).requestErasure(request, signature));
    await expectCustomError(as(operator).requestErasure(request, signature), 'ConsentRegistryInvalidNonce', [pseudonym, request.nonce, request.nonce + 1n]);
    const orphan = newPseudonym();
    await expectCustomError(as(operator).requestErasure({ pseudonym: orphan, nonce: 0n }, await signErasure(controller, { pseudonym: orphan, nonce: 0n })), 'ConsentRegistryNoController', [orphan]);
  });
});
