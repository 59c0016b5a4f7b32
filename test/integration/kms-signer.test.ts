import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateAliasCommand, CreateKeyCommand, DisableKeyCommand, EnableKeyCommand, GetPublicKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import type { CreateKeyCommandInput } from '@aws-sdk/client-kms';
import {
  Interface,
  NonceManager,
  Signature,
  Transaction,
  Wallet,
  computeAddress,
  getAddress,
  hashMessage,
  hexlify,
  id,
  keccak256,
  parseEther,
  recoverAddress,
  toBeHex,
  toUtf8Bytes,
  verifyAuthorization,
  verifyMessage,
  verifyTypedData,
} from 'ethers';
import type { Contract, JsonRpcSigner } from 'ethers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ProviderRegistryAbi } from '../../contracts/generated/index.ts';
import { TransactionSender, resolveSigner } from '../../functions/ledger/chain-client.ts';
import { KmsSigner, KmsSignerError, parseDerSignature, secp256k1PublicKeyFromSpki } from '../../functions/ledger/kms-signer.ts';
import { startKmsStandIn, type KmsStandIn } from '../../infra/local/kms-stand-in.ts';
import { OPERATOR_ROLE, startContractChain } from '../support/contract-fixtures.ts';
import type { ContractChain } from '../support/contract-fixtures.ts';

/**
 * KmsSigner against the real KMS stand-in (secp256k1 SIGN_VERIFY keys) and a real anvil chain with
 * the exchange's contracts. The stand-in returns high-s signatures about half the time, as KMS
 * does, so the low-s normalisation and both recovery ids are exercised.
 */

const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const HALF_N = SECP256K1_N / 2n;
/** DER SubjectPublicKeyInfo header of an uncompressed secp256k1 key: id-ecPublicKey, secp256k1. */
const SECP256K1_SPKI_HEADER = '3056301006072a8648ce3d020106052b8104000a034200';
const registryInterface = Interface.from(ProviderRegistryAbi);

interface ProviderRecord {
  status: bigint;
  name: string;
}

let kmsDataDir: string;
let standIn: KmsStandIn;
let kms: KMSClient;
let env: ContractChain;
let keyArn: string;
let signer: KmsSigner;
let address: string;

async function createKey(input: CreateKeyCommandInput): Promise<string> {
  const { KeyMetadata } = await kms.send(new CreateKeyCommand(input));
  if (!KeyMetadata?.Arn) throw new Error('CreateKey returned no ARN');
  return KeyMetadata.Arn;
}

const createSigningKey = () => createKey({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' });

/** Funds `account` on anvil (no transaction needed). */
async function fund(account: string, ether = '10'): Promise<void> {
  await env.provider.send('anvil_setBalance', [account, toBeHex(parseEther(ether))]);
}

function expectLowS(signature: string | Signature): void {
  const { s } = Signature.from(signature);
  expect(BigInt(s) <= HALF_N).toBe(true);
}

beforeAll(async () => {
  kmsDataDir = await mkdtemp(join(tmpdir(), 'fhx-kms-signer-kms-'));
  standIn = await startKmsStandIn({ dataDir: kmsDataDir });
  kms = new KMSClient({ endpoint: standIn.url, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  env = await startContractChain({ tmpPrefix: 'fhx-kms-signer-chain-' });
  keyArn = await createSigningKey();
  signer = new KmsSigner(kms, keyArn, env.provider);
  address = await signer.getAddress();
  await fund(address);
});

afterAll(async () => {
  kms?.destroy();
  await standIn?.close();
  await env?.stop();
  if (kmsDataDir) await rm(kmsDataDir, { recursive: true, force: true });
});

describe('KmsSigner address', () => {
  test('is computeAddress of the uncompressed point at the end of the secp256k1 SubjectPublicKeyInfo', async () => {
    const { PublicKey } = await kms.send(new GetPublicKeyCommand({ KeyId: keyArn }));
    const spki = Buffer.from(PublicKey ?? []);

    expect(spki.subarray(0, 23).toString('hex')).toBe(SECP256K1_SPKI_HEADER);
    expect(address).toBe(computeAddress(hexlify(spki.subarray(-65))));
    expect(secp256k1PublicKeyFromSpki(spki)).toBe(hexlify(spki.subarray(-65)));
    expect(address).toMatch(/^0x[0-9a-fA-F]{40}$/);
    expect(address).toBe(getAddress(address)); // checksummed
  });

  test('is fetched from KMS once per signer (GetPublicKey is cached), and connect() keeps it', async () => {
    const fresh = new KmsSigner(kms, keyArn, env.provider);
    const before = standIn.stats().calls.GetPublicKey ?? 0;

    const addresses = await Promise.all([fresh.getAddress(), fresh.getAddress(), fresh.getAddress()]);
    const connected = fresh.connect(null);

    expect(addresses).toEqual([address, address, address]);
    expect(await connected.getAddress()).toBe(address);
    expect(connected.provider).toBeNull();
    expect((standIn.stats().calls.GetPublicKey ?? 0) - before).toBe(1);
  });

  test('the same key named by an alias has the same address', async () => {
    const alias = 'alias/kms-signer-operator';
    await kms.send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: keyArn }));

    expect(await new KmsSigner(kms, alias).getAddress()).toBe(address);
  });

  test('a SubjectPublicKeyInfo on another curve (P-256), or not an SPKI at all, is refused', () => {
    const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'der', type: 'spki' });

    expect(() => secp256k1PublicKeyFromSpki(p256)).toThrow(/not an EC key on secp256k1/);
    expect(() => secp256k1PublicKeyFromSpki(new Uint8Array(88).fill(4))).toThrow(/not a DER SubjectPublicKeyInfo/);
  });
});

describe('KmsSigner signatures', () => {
  test('signMessage makes an EIP-191 signature that verifyMessage attributes to the KMS address', async () => {
    const signature = await signer.signMessage('I operate the exchange');

    expect(verifyMessage('I operate the exchange', signature)).toBe(address);
    expect(verifyMessage('I operate another exchange', signature)).not.toBe(address);
    expectLowS(signature);
  });

  test('signMessage of bytes signs the bytes', async () => {
    const message = new Uint8Array([0, 1, 2, 3, 255]);
    const signature = await signer.signMessage(message);

    expect(recoverAddress(hashMessage(message), signature)).toBe(address);
  });

  test('signTypedData makes an EIP-712 signature that verifyTypedData attributes to the KMS address', async () => {
    const domain = { name: 'fhir-exchange', version: '1', chainId: 31337, verifyingContract: await env.registry.getAddress() };
    const types = { Consent: [{ name: 'patient', type: 'bytes32' }, { name: 'grantee', type: 'address' }, { name: 'expires', type: 'uint64' }] };
    const value = { patient: id('patient-1'), grantee: address, expires: 1_900_000_000n };

    const signature = await signer.signTypedData(domain, types, value);

    expect(verifyTypedData(domain, types, value, signature)).toBe(address);
    expect(verifyTypedData(domain, types, { ...value, expires: 1_900_000_001n }, signature)).not.toBe(address);
    expectLowS(signature);
  });

  test('20 digests in a row all recover to the KMS address with low s, using both recovery ids', async () => {
    const parities = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const digest = keccak256(toUtf8Bytes(`digest ${i}`));
      const signature = await signer.signDigest(digest);

      expect(recoverAddress(digest, signature)).toBe(address);
      expect(BigInt(signature.s) <= HALF_N).toBe(true);
      parities.add(signature.yParity);
    }

    expect([...parities].sort()).toEqual([0, 1]);
  });

  test('signDigest refuses anything but 32 bytes', async () => {
    await expect(signer.signDigest(new Uint8Array(31))).rejects.toThrow(/a digest must be 32 bytes/);
  });

  test('authorize makes an EIP-7702 authorization that verifyAuthorization attributes to the KMS address', async () => {
    const target = await env.registry.getAddress();
    const authorization = await signer.authorize({ address: target, nonce: 7, chainId: 31337 });

    expect(authorization).toMatchObject({ address: target, nonce: 7n, chainId: 31337n });
    expect(verifyAuthorization(authorization, authorization.signature)).toBe(address);
    expectLowS(authorization.signature);
  });

  test('signTransaction matches what a Wallet with the same key would sign (same unsigned hash and sender), from an offline signer', async () => {
    const offline = new KmsSigner(kms, keyArn);
    const request = { to: Wallet.createRandom().address, value: 1n, nonce: 3, gasLimit: 21_000n, chainId: 31337n, type: 2, maxFeePerGas: 2n * 10n ** 9n, maxPriorityFeePerGas: 10n ** 9n };

    const serialized = await offline.signTransaction({ ...request, from: address });
    const parsed = Transaction.from(serialized);

    expect(parsed.from).toBe(address);
    expect(parsed).toMatchObject({ to: request.to, value: 1n, nonce: 3, gasLimit: 21_000n, chainId: 31337n, type: 2 });
    expect(parsed.unsignedHash).toBe(Transaction.from(request).unsignedHash);
    expect(BigInt(parsed.signature!.s) <= HALF_N).toBe(true);
  });

  test('signTransaction with another from address is refused', async () => {
    await expect(signer.signTransaction({ to: address, value: 1n, nonce: 0, gasLimit: 21_000n, chainId: 31337n, gasPrice: 1n, from: Wallet.createRandom().address })).rejects.toThrow(
      /transaction from address mismatch/,
    );
  });

  test('parseDerSignature reads minimal DER integers and refuses negative, non-minimal or trailing bytes', () => {
    // SEQUENCE { INTEGER 0x00ff (needs a leading zero), INTEGER 0x01 }
    expect(parseDerSignature(Buffer.from('3007020200ff020101', 'hex'))).toEqual({ r: 255n, s: 1n });
    expect(parseDerSignature(Buffer.from('30060201ff020101', 'hex'))).toBeUndefined(); // negative r
    expect(parseDerSignature(Buffer.from('300702020001020101', 'hex'))).toBeUndefined(); // non-minimal r
    expect(parseDerSignature(Buffer.from('3007020200ff02010100', 'hex'))).toBeUndefined(); // trailing byte
  });
});

describe('KmsSigner transactions on anvil', () => {
  test('an EIP-1559 value transfer through NonceManager is mined, from the KMS address', async () => {
    const recipient = Wallet.createRandom().address;
    const managed = new NonceManager(signer);

    const response = await managed.sendTransaction({ to: recipient, value: parseEther('0.25') });
    const receipt = await response.wait();

    expect(receipt?.status).toBe(1);
    expect(receipt?.from).toBe(address);
    expect(response.type).toBe(2);
    expect(response.chainId).toBe(31337n);
    expect(await env.provider.getBalance(recipient)).toBe(parseEther('0.25'));
  });

  test('a legacy (type 0, EIP-155) transfer through NonceManager is mined, from the KMS address', async () => {
    const recipient = Wallet.createRandom().address;
    const managed = new NonceManager(signer);
    const { gasPrice } = await env.provider.getFeeData();

    const response = await managed.sendTransaction({ to: recipient, value: 12345n, type: 0, gasPrice });
    const receipt = await response.wait();
    const mined = await env.provider.getTransaction(response.hash);

    expect(receipt?.status).toBe(1);
    expect(receipt?.from).toBe(address);
    expect(mined?.type).toBe(0);
    expect(mined?.chainId).toBe(31337n);
    expect(await env.provider.getBalance(recipient)).toBe(12345n);
  });

  test('consecutive sends through one NonceManager get consecutive nonces', async () => {
    const managed = new NonceManager(signer);
    const start = await env.provider.getTransactionCount(address, 'pending');

    const responses = [];
    for (let i = 0; i < 3; i++) responses.push(await managed.sendTransaction({ to: Wallet.createRandom().address, value: 1n }));
    const receipts = await Promise.all(responses.map((response) => response.wait()));

    expect(responses.map((response) => response.nonce)).toEqual([start, start + 1, start + 2]);
    expect(receipts.map((receipt) => [receipt?.status, receipt?.from])).toEqual([
      [1, address],
      [1, address],
      [1, address],
    ]);
  });

  test('a contract call through chain-client (resolveSigner kms: + TransactionSender) is mined from the KMS address', async () => {
    const operatorKeyArn = await createSigningKey();
    const kmsSigner = await resolveSigner(env.provider, { kind: 'kms', keyId: operatorKeyArn }, 'OPERATOR_SIGNER', kms);
    const operatorAddress = await kmsSigner.getAddress();
    await fund(operatorAddress);
    const admin: JsonRpcSigner = env.admin;
    await (await (env.registry.connect(admin) as Contract).getFunction('grantRole')(OPERATOR_ROLE, operatorAddress)).wait();
    const sender = new TransactionSender(async () => kmsSigner);
    const providerId = id('kms-signed-clinic');

    const response = await sender.send({
      to: await env.registry.getAddress(),
      data: registryInterface.encodeFunctionData('applyProvider', [providerId, 'KMS Clinic', 'https://kms.example/fhir', '']),
    });
    const receipt = await response.wait();
    const record = (await env.registry.getFunction('getProvider')(providerId)) as ProviderRecord;
    const applied = receipt?.logs.map((log) => registryInterface.parseLog(log)).find((log) => log?.name === 'ProviderApplied');

    expect(kmsSigner).toBeInstanceOf(KmsSigner);
    expect(await sender.address()).toBe(operatorAddress);
    expect(receipt?.status).toBe(1);
    expect(receipt?.from).toBe(operatorAddress);
    expect(record.status).toBe(1n);
    expect(record.name).toBe('KMS Clinic');
    expect(applied?.args.toArray()).toEqual([providerId, 'KMS Clinic', 'https://kms.example/fhir', operatorAddress]);
  });

  test('concurrent contract calls through one TransactionSender are all mined with consecutive nonces', async () => {
    const sender = new TransactionSender(() => resolveSigner(env.provider, { kind: 'kms', keyId: keyArn }, 'OPERATOR_SIGNER', kms));
    await (await (env.registry.connect(env.admin) as Contract).getFunction('grantRole')(OPERATOR_ROLE, address)).wait();
    const ids = ['kms-parallel-1', 'kms-parallel-2', 'kms-parallel-3'].map((name) => id(name));
    const registryAddress = await env.registry.getAddress();

    const responses = await Promise.all(
      ids.map((providerId) => sender.send({ to: registryAddress, data: registryInterface.encodeFunctionData('applyProvider', [providerId, 'P', 'https://p.example/fhir', '']) })),
    );
    const receipts = await Promise.all(responses.map((response) => response.wait()));
    const nonces = responses.map((response) => response.nonce).sort((a, b) => a - b);

    expect(receipts.map((receipt) => [receipt?.status, receipt?.from])).toEqual(ids.map(() => [1, address]));
    expect(nonces.map((nonce) => nonce - nonces[0]!)).toEqual([0, 1, 2]);
  });
});

describe('KmsSigner failures', () => {
  test('resolveSigner with a symmetric key fails, labelled with the role, before any transaction', async () => {
    const symmetric = await createKey({});

    await expect(resolveSigner(env.provider, { kind: 'kms', keyId: symmetric }, 'ADMIN_SIGNER', kms)).rejects.toMatchObject({
      name: 'KmsSignerError',
      kmsErrorName: 'UnsupportedOperationException',
      message: expect.stringMatching(/^ADMIN_SIGNER: KMS GetPublicKey with key .* failed: UnsupportedOperationException$/),
    });
  });

  test('resolveSigner with an unknown key fails with NotFoundException, labelled with the role', async () => {
    await expect(resolveSigner(env.provider, { kind: 'kms', keyId: 'alias/nobody' }, 'OPERATOR_SIGNER', kms)).rejects.toMatchObject({
      name: 'KmsSignerError',
      kmsErrorName: 'NotFoundException',
      message: expect.stringMatching(/^OPERATOR_SIGNER: /),
    });
  });

  test('signing with a disabled key fails with a KmsSignerError naming only DisabledException, and works again once re-enabled', async () => {
    const keyId = await createSigningKey();
    const disabled = new KmsSigner(kms, keyId, env.provider);
    const disabledAddress = await disabled.getAddress();
    await kms.send(new DisableKeyCommand({ KeyId: keyId }));

    const failure = await disabled.signMessage('secret-ish payload').then(
      () => undefined,
      (error: unknown) => error,
    );
    await kms.send(new EnableKeyCommand({ KeyId: keyId }));
    const signature = await disabled.signMessage('after re-enabling');

    expect(failure).toBeInstanceOf(KmsSignerError);
    expect(failure).toMatchObject({ kmsErrorName: 'DisabledException', message: `KMS Sign with key ${keyId} failed: DisabledException` });
    expect(String((failure as Error).message)).not.toContain('secret-ish');
    expect((failure as Error).cause).toBeUndefined();
    expect(verifyMessage('after re-enabling', signature)).toBe(disabledAddress);
  });

  test('a failed GetPublicKey is not cached: the next getAddress asks KMS again', async () => {
    const keyId = await createSigningKey();
    await kms.send(new DisableKeyCommand({ KeyId: keyId }));
    const later = new KmsSigner(kms, keyId);

    await expect(later.getAddress()).rejects.toMatchObject({ kmsErrorName: 'DisabledException' });
    await kms.send(new EnableKeyCommand({ KeyId: keyId }));

    expect(await later.getAddress()).toMatch(/^0x[0-9a-fA-F]{40}$/);
  });
});
