import { createHmac, createPublicKey, randomBytes, sign, timingSafeEqual, verify, type KeyObject } from 'node:crypto';
import { Signature, SigningKey, toBeHex } from 'ethers';
import { ciphertextKeyId, openCiphertext, sealCiphertext } from './ciphertext.ts';
import { KEY_SPECS, expectedUsage, isSigningKeySpec, type KeySpec, type KeyStore, type KeyUsage, type KmsKey, type SigningKeySpec } from './key-store.ts';
import {
  KmsError,
  optionalContext,
  optionalEnum,
  optionalInteger,
  optionalString,
  rejectUnsupported,
  requiredBlob,
  requiredEnum,
  requiredString,
  type EncryptionContext,
  type JsonObject,
} from './protocol.ts';
// The stand-in reads signatures with the same strict DER parser as the exchange's KMS signer.
import { parseDerSignature } from '../../../functions/ledger/kms-signer.ts';

/**
 * The KMS operations the stand-in serves, with request and response members named as in the KMS
 * API reference (https://docs.aws.amazon.com/kms/latest/APIReference/API_Operations.html).
 *
 * Response `KeyId` members of cryptographic and key-state operations are always the key ARN, as KMS
 * returns them. `KeyMetadata.KeyId` and `AliasListEntry.TargetKeyId` are the bare key id, because
 * that is what KMS returns there (the ARN is in `KeyMetadata.Arn`).
 */

// Each operation reads and validates all its request members before touching keys, so a malformed
// request is a ValidationException whatever state the keys are in, as in KMS.
export type Operation = (store: KeyStore, request: JsonObject) => Promise<JsonObject> | JsonObject;

// Size limits from the API reference.
const MAX_PLAINTEXT = 4096;
const MAX_CIPHERTEXT = 6144;
const MAX_MAC_MESSAGE = 4096;
const MAX_MAC = 6144;
const MAX_SIGN_MESSAGE = 4096;
const MAX_SIGNATURE = 6144;

// Enum members KMS defines; values the stand-in does not implement are rejected as unsupported
// rather than as invalid, so the error says what is actually wrong.
const ALL_KEY_SPECS = [
  'RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1', 'ECC_NIST_EDWARDS25519',
  'SYMMETRIC_DEFAULT', 'HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512', 'SM2', 'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87',
] as const;
const ALL_KEY_USAGES = ['SIGN_VERIFY', 'ENCRYPT_DECRYPT', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'] as const;
const ENCRYPTION_ALGORITHMS = ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'] as const;
const MAC_ALGORITHMS = ['HMAC_SHA_224', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512'] as const;
type MacAlgorithm = (typeof MAC_ALGORITHMS)[number];
const SIGNING_ALGORITHMS = [
  'RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512', 'RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512', 'ECDSA_SHA_256', 'ECDSA_SHA_384', 'ECDSA_SHA_512', 'ED25519_SHA_512', 'ED25519_PH_SHA_512', 'ML_DSA_SHAKE_256', 'SM2DSA',
] as const;
type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];
const MESSAGE_TYPES = ['RAW', 'DIGEST', 'EXTERNAL_MU'] as const;
type MessageType = (typeof MESSAGE_TYPES)[number];

/** The signing algorithms KMS supports for each asymmetric key spec. */
const SIGNING_ALGORITHMS_OF: Record<SigningKeySpec, readonly SigningAlgorithm[]> = { ECC_SECG_P256K1: ['ECDSA_SHA_256'] };

/** A DIGEST message must be exactly as long as the algorithm's hash (API_Sign: MessageType). */
const DIGEST_BYTES: Partial<Record<SigningAlgorithm, number>> = {
  RSASSA_PSS_SHA_256: 32, RSASSA_PSS_SHA_384: 48, RSASSA_PSS_SHA_512: 64,
  RSASSA_PKCS1_V1_5_SHA_256: 32, RSASSA_PKCS1_V1_5_SHA_384: 48, RSASSA_PKCS1_V1_5_SHA_512: 64,
  ECDSA_SHA_256: 32, ECDSA_SHA_384: 48, ECDSA_SHA_512: 64, ED25519_PH_SHA_512: 64, SM2DSA: 32,
};

/** The order n of the secp256k1 group (SEC 2, section 2.4.1). */
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

const MAC_ALGORITHM_OF: Partial<Record<KeySpec, { algorithm: MacAlgorithm; digest: string }>> = {
  HMAC_256: { algorithm: 'HMAC_SHA_256', digest: 'sha256' },
  HMAC_384: { algorithm: 'HMAC_SHA_384', digest: 'sha384' },
  HMAC_512: { algorithm: 'HMAC_SHA_512', digest: 'sha512' },
};

/** Epoch seconds: the AWS JSON 1.1 wire form of a timestamp. */
function epochSeconds(milliseconds: number): number {
  return milliseconds / 1000;
}

function keyMetadata(store: KeyStore, key: KmsKey): JsonObject {
  const mac = MAC_ALGORITHM_OF[key.keySpec];
  return {
    AWSAccountId: store.accountId,
    KeyId: key.keyId,
    Arn: store.keyArn(key.keyId),
    CreationDate: epochSeconds(key.creationDate),
    Enabled: key.keyState === 'Enabled',
    Description: key.description,
    KeyUsage: key.keyUsage,
    KeyState: key.keyState,
    ...(key.deletionDate === undefined ? {} : { DeletionDate: epochSeconds(key.deletionDate) }),
    Origin: 'AWS_KMS',
    KeyManager: 'CUSTOMER',
    CustomerMasterKeySpec: key.keySpec,
    KeySpec: key.keySpec,
    ...(isSigningKeySpec(key.keySpec)
      ? { SigningAlgorithms: [...SIGNING_ALGORITHMS_OF[key.keySpec]] }
      : mac
        ? { MacAlgorithms: [mac.algorithm] }
        : { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] }),
    MultiRegion: false,
  };
}

/** Key state rules for cryptographic operations (https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html). */
function assertUsable(store: KeyStore, key: KmsKey): void {
  if (key.keyState === 'Disabled') throw new KmsError('DisabledException', `${store.keyArn(key.keyId)} is disabled.`);
  if (key.keyState === 'PendingDeletion') throw new KmsError('KMSInvalidStateException', `${store.keyArn(key.keyId)} is pending deletion.`);
}

function assertUsage(store: KeyStore, key: KmsKey, usage: KeyUsage): void {
  if (key.keyUsage !== usage) {
    throw new KmsError('InvalidKeyUsageException', `${store.keyArn(key.keyId)} key usage is ${key.keyUsage} which is not valid for this operation.`);
  }
}

/** Resolves a key for a cryptographic operation: it must exist, be enabled and have the given usage. */
function usableKey(store: KeyStore, reference: string, usage: KeyUsage): KmsKey {
  const key = store.resolve(reference, { allowAlias: true });
  assertUsable(store, key);
  assertUsage(store, key, usage);
  return key;
}

/** Symmetric keys support only SYMMETRIC_DEFAULT; the other algorithms are for asymmetric keys. */
function checkEncryptionAlgorithm(request: JsonObject, name: string): void {
  const algorithm = optionalEnum(request, name, ENCRYPTION_ALGORITHMS);
  if (algorithm !== undefined && algorithm !== 'SYMMETRIC_DEFAULT') {
    throw new KmsError('InvalidKeyUsageException', `${name} ${algorithm} is not supported for symmetric keys.`);
  }
}

/**
 * Decrypts a ciphertext blob as Decrypt and ReEncrypt do. The key comes from the blob; a KeyId
 * given by the caller must name that same key, else IncorrectKeyException
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html).
 */
function decryptBlob(store: KeyStore, blob: Buffer, context: EncryptionContext, keyReference: string | undefined) {
  const blobKeyId = ciphertextKeyId(blob);
  if (keyReference !== undefined && store.resolve(keyReference, { allowAlias: true }).keyId !== blobKeyId) {
    throw new KmsError('IncorrectKeyException', 'The key ID in the request does not identify a KMS key that can perform this operation.');
  }
  const key = store.findKey(blobKeyId);
  if (!key || key.keyUsage !== 'ENCRYPT_DECRYPT') {
    throw new KmsError('InvalidCiphertextException', 'The ciphertext is invalid, was not made by this key, or does not match the encryption context.');
  }
  assertUsable(store, key);
  return { key, plaintext: openCiphertext(blob, key.material, context) };
}

/** GenerateDataKey(WithoutPlaintext) take exactly one of KeySpec and NumberOfBytes. */
function dataKeyLength(request: JsonObject): number {
  const keySpec = optionalEnum(request, 'KeySpec', ['AES_256', 'AES_128'] as const);
  const numberOfBytes = optionalInteger(request, 'NumberOfBytes', 1, 1024);
  if ((keySpec === undefined) === (numberOfBytes === undefined)) {
    throw new KmsError('ValidationException', 'Specify either KeySpec or NumberOfBytes, but not both.');
  }
  return numberOfBytes ?? (keySpec === 'AES_128' ? 16 : 32);
}

function computeMac(store: KeyStore, request: JsonObject) {
  const message = requiredBlob(request, 'Message', MAX_MAC_MESSAGE);
  const keyReference = requiredString(request, 'KeyId');
  const algorithm = requiredEnum(request, 'MacAlgorithm', MAC_ALGORITHMS);
  const key = usableKey(store, keyReference, 'GENERATE_VERIFY_MAC');
  const mac = MAC_ALGORITHM_OF[key.keySpec];
  if (!mac || mac.algorithm !== algorithm) {
    throw new KmsError('InvalidKeyUsageException', `MacAlgorithm ${algorithm} is not supported by ${store.keyArn(key.keyId)} (${key.keySpec}).`);
  }
  return { key, algorithm, mac: createHmac(mac.digest, key.material).update(message).digest() };
}

interface SigningRequest {
  key: KmsKey & { privateKey: KeyObject; keySpec: SigningKeySpec };
  message: Buffer;
  messageType: 'RAW' | 'DIGEST';
  algorithm: SigningAlgorithm;
}

/** Reads and checks the members Sign and Verify share, then resolves the key (https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html). */
function signingRequest(store: KeyStore, request: JsonObject): SigningRequest {
  const keyReference = requiredString(request, 'KeyId');
  const message = requiredBlob(request, 'Message', MAX_SIGN_MESSAGE);
  const messageType: MessageType = optionalEnum(request, 'MessageType', MESSAGE_TYPES) ?? 'RAW';
  const algorithm = requiredEnum(request, 'SigningAlgorithm', SIGNING_ALGORITHMS);
  if (messageType === 'EXTERNAL_MU' && algorithm !== 'ML_DSA_SHAKE_256') {
    throw new KmsError('ValidationException', 'MessageType EXTERNAL_MU is only valid with the ML_DSA_SHAKE_256 signing algorithm.');
  }
  const digestBytes = DIGEST_BYTES[algorithm];
  if (messageType === 'DIGEST' && digestBytes !== undefined && message.length !== digestBytes) {
    throw new KmsError('ValidationException', `Digest is invalid length for algorithm ${algorithm}: it must be ${digestBytes} bytes.`);
  }
  const key = usableKey(store, keyReference, 'SIGN_VERIFY');
  const { keySpec, privateKey } = key;
  if (!isSigningKeySpec(keySpec) || !privateKey || !SIGNING_ALGORITHMS_OF[keySpec].includes(algorithm)) {
    throw new KmsError('InvalidKeyUsageException', `Algorithm ${algorithm} is incompatible with key spec ${keySpec}.`);
  }
  // EXTERNAL_MU is only valid with ML-DSA, which no supported key spec signs with: it cannot reach here.
  if (messageType === 'EXTERNAL_MU') throw new KmsError('InvalidKeyUsageException', `MessageType EXTERNAL_MU is incompatible with key spec ${keySpec}.`);
  return { key: { ...key, keySpec, privateKey }, message, messageType, algorithm };
}

/**
 * ECDSA_SHA_256 over secp256k1, returning the DER ECDSA-Sig-Value KMS returns (RFC 3279 2.2.3).
 *
 * RAW: OpenSSL (node:crypto) hashes the message with SHA-256 and signs it with a random nonce.
 *
 * DIGEST: node:crypto cannot sign a precomputed digest (its `sign()` always hashes the input, even
 * with a null algorithm), so the digest is signed by ethers' SigningKey (noble-curves secp256k1,
 * RFC 6979 nonce) over the raw private scalar, read from the key's JWK export. That exposes the
 * scalar to JavaScript, which is acceptable only because this stand-in is dev-only.
 *
 * KMS does not normalise s: about half its ECDSA signatures have s > n/2. SigningKey always
 * returns the low-s form, so the stand-in picks (r, s) or (r, n − s), both valid, at random, so
 * that clients meet high-s signatures locally as they will in AWS.
 */
function ecdsaSign({ key, message, messageType }: SigningRequest): Buffer {
  if (messageType === 'RAW') return sign('sha256', message, { key: key.privateKey, dsaEncoding: 'der' });
  const scalar = privateScalar(key.privateKey);
  const signature = new SigningKey(scalar).sign(message);
  const s = BigInt(signature.s);
  return derSignature(BigInt(signature.r), (randomBytes(1)[0]! & 1) === 1 ? SECP256K1_N - s : s);
}

/**
 * Whether `signature` (DER) is a valid ECDSA_SHA_256 signature of the message by the key. RAW is
 * checked by OpenSSL; DIGEST (which node:crypto cannot verify) by recovering the public key from
 * (r, s) with both recovery ids and comparing it with the key's: (r, s) and (r, n − s) are both
 * valid, so s is first brought to the lower half, as ethers' Signature requires.
 */
function ecdsaVerify({ key, message, messageType }: SigningRequest, signature: Buffer): boolean {
  const publicKey = createPublicKey(key.privateKey);
  if (messageType === 'RAW') {
    try {
      return verify('sha256', message, { key: publicKey, dsaEncoding: 'der' }, signature);
    } catch {
      return false;
    }
  }
  const parsed = parseDerSignature(signature);
  if (!parsed) return false;
  const { r, s } = parsed;
  if (r < 1n || r >= SECP256K1_N || s < 1n || s >= SECP256K1_N) return false;
  const lowS = s > SECP256K1_N / 2n ? SECP256K1_N - s : s;
  const jwk = publicKey.export({ format: 'jwk' });
  const expected = `0x04${base64UrlHex(jwk.x)}${base64UrlHex(jwk.y)}`;
  for (const yParity of [0, 1] as const) {
    try {
      const candidate = Signature.from({ r: toBeHex(r, 32), s: toBeHex(lowS, 32), yParity });
      if (SigningKey.recoverPublicKey(message, candidate).toLowerCase() === expected) return true;
    } catch {
      // not a point on the curve for this recovery id
    }
  }
  return false;
}

function base64UrlHex(value: string | undefined): string {
  return Buffer.from(value ?? '', 'base64url').toString('hex').padStart(64, '0');
}

/** The private scalar of an EC private key, as the 0x-prefixed 32-byte hex SigningKey takes. */
function privateScalar(privateKey: KeyObject): string {
  return `0x${base64UrlHex(privateKey.export({ format: 'jwk' }).d)}`;
}

/** DER INTEGER of a non-negative value: minimal big-endian bytes, with a leading 0 if the top bit is set. */
function derInteger(value: bigint): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  const bytes = Buffer.from(hex, 'hex');
  const body = (bytes[0]! & 0x80) !== 0 ? Buffer.concat([Buffer.of(0), bytes]) : bytes;
  return Buffer.concat([Buffer.of(0x02, body.length), body]);
}

/** SEQUENCE { r INTEGER, s INTEGER } (short-form lengths: at most 70 bytes for 256-bit values). */
function derSignature(r: bigint, s: bigint): Buffer {
  const body = Buffer.concat([derInteger(r), derInteger(s)]);
  return Buffer.concat([Buffer.of(0x30, body.length), body]);
}

const ALIAS_NAME = /^alias\/[a-zA-Z0-9/_-]+$/;

export const operations = new Map<string, Operation>([
  [
    'CreateKey',
    async (store, request) => {
      rejectUnsupported(request, ['CustomKeyStoreId', 'XksKeyId', 'MultiRegion']);
      const origin = optionalEnum(request, 'Origin', ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'] as const);
      if (origin !== undefined && origin !== 'AWS_KMS') throw new KmsError('UnsupportedOperationException', `Origin ${origin} is not supported by the KMS stand-in.`);
      // CustomerMasterKeySpec is the deprecated name of KeySpec.
      const keySpec = optionalEnum(request, 'KeySpec', ALL_KEY_SPECS) ?? optionalEnum(request, 'CustomerMasterKeySpec', ALL_KEY_SPECS) ?? 'SYMMETRIC_DEFAULT';
      if (!(KEY_SPECS as readonly string[]).includes(keySpec)) throw new KmsError('UnsupportedOperationException', `KeySpec ${keySpec} is not supported by the KMS stand-in.`);
      const keyUsage = optionalEnum(request, 'KeyUsage', ALL_KEY_USAGES) ?? 'ENCRYPT_DECRYPT';
      // ECC_SECG_P256K1 is SIGN_VERIFY only in KMS, so its CreateKey must say so (the default is ENCRYPT_DECRYPT).
      if (keyUsage !== expectedUsage(keySpec as KeySpec)) throw new KmsError('ValidationException', `KeyUsage ${keyUsage} is not compatible with KeySpec ${keySpec}.`);
      const description = optionalString(request, 'Description', 8192) ?? '';
      // Policy, Tags and BypassPolicyLockoutSafetyCheck are accepted and ignored: the stand-in does no authorization.
      const key = await store.createKey({ keySpec: keySpec as KeySpec, keyUsage, description });
      return { KeyMetadata: keyMetadata(store, key) };
    },
  ],
  [
    'DescribeKey',
    (store, request) => ({ KeyMetadata: keyMetadata(store, store.resolve(requiredString(request, 'KeyId'), { allowAlias: true })) }),
  ],
  [
    'CreateAlias',
    async (store, request) => {
      const aliasName = requiredString(request, 'AliasName', 256);
      const targetKeyReference = requiredString(request, 'TargetKeyId');
      if (!ALIAS_NAME.test(aliasName)) throw new KmsError('ValidationException', "AliasName must begin with 'alias/' and contain only alphanumerics, '/', '_' and '-'.");
      if (aliasName.startsWith('alias/aws/')) throw new KmsError('ValidationException', "Alias names beginning with 'alias/aws/' are reserved for AWS managed keys.");
      const key = store.resolve(targetKeyReference, { allowAlias: false });
      if (key.keyState === 'PendingDeletion') throw new KmsError('KMSInvalidStateException', `${store.keyArn(key.keyId)} is pending deletion.`);
      if (store.findAlias(aliasName)) throw new KmsError('AlreadyExistsException', `An alias with the name ${store.aliasArn(aliasName)} already exists`);
      await store.createAlias(aliasName, key.keyId);
      return {};
    },
  ],
  [
    'ListAliases',
    (store, request) => {
      const keyReference = optionalString(request, 'KeyId');
      const limit = optionalInteger(request, 'Limit', 1, 100) ?? 50;
      // Our marker is the last alias name of the previous page.
      const marker = optionalString(request, 'Marker', 1024);
      const targetKeyId = keyReference === undefined ? undefined : store.resolve(keyReference, { allowAlias: false }).keyId;
      const matching = store
        .listAliases()
        .filter((alias) => targetKeyId === undefined || alias.targetKeyId === targetKeyId)
        .filter((alias) => marker === undefined || alias.aliasName > marker);
      const page = matching.slice(0, limit);
      const truncated = matching.length > limit;
      return {
        Aliases: page.map((alias) => ({
          AliasName: alias.aliasName,
          AliasArn: store.aliasArn(alias.aliasName),
          TargetKeyId: alias.targetKeyId,
          CreationDate: epochSeconds(alias.creationDate),
          LastUpdatedDate: epochSeconds(alias.lastUpdatedDate),
        })),
        Truncated: truncated,
        ...(truncated ? { NextMarker: page.at(-1)?.aliasName } : {}),
      };
    },
  ],
  [
    'ScheduleKeyDeletion',
    async (store, request) => {
      const keyReference = requiredString(request, 'KeyId');
      const pendingWindowInDays = optionalInteger(request, 'PendingWindowInDays', 7, 30) ?? 30;
      const key = store.resolve(keyReference, { allowAlias: false });
      if (key.keyState === 'PendingDeletion') throw new KmsError('KMSInvalidStateException', `${store.keyArn(key.keyId)} is pending deletion.`);
      const deletionDate = Date.now() + pendingWindowInDays * 86_400_000;
      await store.setKeyState(key, 'PendingDeletion', deletionDate);
      return {
        KeyId: store.keyArn(key.keyId),
        DeletionDate: epochSeconds(deletionDate),
        KeyState: 'PendingDeletion',
        PendingWindowInDays: pendingWindowInDays,
      };
    },
  ],
  [
    // Not in the brief's list, but it is the only way out of PendingDeletion; KMS leaves the key Disabled.
    'CancelKeyDeletion',
    async (store, request) => {
      const key = store.resolve(requiredString(request, 'KeyId'), { allowAlias: false });
      if (key.keyState !== 'PendingDeletion') throw new KmsError('KMSInvalidStateException', `${store.keyArn(key.keyId)} is not pending deletion.`);
      await store.setKeyState(key, 'Disabled');
      return { KeyId: store.keyArn(key.keyId) };
    },
  ],
  ['EnableKey', (store, request) => setEnabled(store, request, true)],
  ['DisableKey', (store, request) => setEnabled(store, request, false)],
  [
    'Encrypt',
    (store, request) => {
      rejectUnsupported(request, ['DryRun']);
      const keyReference = requiredString(request, 'KeyId');
      const plaintext = requiredBlob(request, 'Plaintext', MAX_PLAINTEXT);
      const context = optionalContext(request, 'EncryptionContext');
      checkEncryptionAlgorithm(request, 'EncryptionAlgorithm');
      const key = usableKey(store, keyReference, 'ENCRYPT_DECRYPT');
      return {
        CiphertextBlob: sealCiphertext(key.keyId, key.material, plaintext, context).toString('base64'),
        KeyId: store.keyArn(key.keyId),
        EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      };
    },
  ],
  [
    'Decrypt',
    (store, request) => {
      rejectUnsupported(request, ['DryRun', 'Recipient']);
      const blob = requiredBlob(request, 'CiphertextBlob', MAX_CIPHERTEXT);
      const context = optionalContext(request, 'EncryptionContext');
      checkEncryptionAlgorithm(request, 'EncryptionAlgorithm');
      const keyReference = optionalString(request, 'KeyId');
      const { key, plaintext } = decryptBlob(store, blob, context, keyReference);
      return { KeyId: store.keyArn(key.keyId), Plaintext: plaintext.toString('base64'), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' };
    },
  ],
  [
    'ReEncrypt',
    (store, request) => {
      rejectUnsupported(request, ['DryRun']);
      const blob = requiredBlob(request, 'CiphertextBlob', MAX_CIPHERTEXT);
      const sourceKeyReference = optionalString(request, 'SourceKeyId');
      const sourceContext = optionalContext(request, 'SourceEncryptionContext');
      const destinationKeyReference = requiredString(request, 'DestinationKeyId');
      const destinationContext = optionalContext(request, 'DestinationEncryptionContext');
      checkEncryptionAlgorithm(request, 'SourceEncryptionAlgorithm');
      checkEncryptionAlgorithm(request, 'DestinationEncryptionAlgorithm');
      const destination = usableKey(store, destinationKeyReference, 'ENCRYPT_DECRYPT');
      const source = decryptBlob(store, blob, sourceContext, sourceKeyReference);
      const ciphertext = sealCiphertext(destination.keyId, destination.material, source.plaintext, destinationContext);
      source.plaintext.fill(0);
      return {
        CiphertextBlob: ciphertext.toString('base64'),
        SourceKeyId: store.keyArn(source.key.keyId),
        KeyId: store.keyArn(destination.keyId),
        SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      };
    },
  ],
  [
    'GenerateDataKey',
    (store, request) => {
      rejectUnsupported(request, ['DryRun', 'Recipient']);
      const keyReference = requiredString(request, 'KeyId');
      const length = dataKeyLength(request);
      const context = optionalContext(request, 'EncryptionContext');
      const key = usableKey(store, keyReference, 'ENCRYPT_DECRYPT');
      const dataKey = randomBytes(length);
      return {
        CiphertextBlob: sealCiphertext(key.keyId, key.material, dataKey, context).toString('base64'),
        Plaintext: dataKey.toString('base64'),
        KeyId: store.keyArn(key.keyId),
      };
    },
  ],
  [
    'GenerateDataKeyWithoutPlaintext',
    (store, request) => {
      rejectUnsupported(request, ['DryRun']);
      const keyReference = requiredString(request, 'KeyId');
      const length = dataKeyLength(request);
      const context = optionalContext(request, 'EncryptionContext');
      const key = usableKey(store, keyReference, 'ENCRYPT_DECRYPT');
      const dataKey = randomBytes(length);
      const ciphertext = sealCiphertext(key.keyId, key.material, dataKey, context);
      dataKey.fill(0);
      return { CiphertextBlob: ciphertext.toString('base64'), KeyId: store.keyArn(key.keyId) };
    },
  ],
  [
    'GetPublicKey',
    (store, request) => {
      // GrantTokens are accepted and ignored, as elsewhere: the stand-in does no authorization.
      const key = store.resolve(requiredString(request, 'KeyId'), { allowAlias: true });
      assertUsable(store, key);
      if (!isSigningKeySpec(key.keySpec) || !key.privateKey) {
        throw new KmsError('UnsupportedOperationException', `${store.keyArn(key.keyId)} is not an asymmetric KMS key: GetPublicKey does not support key spec ${key.keySpec}.`);
      }
      return {
        KeyId: store.keyArn(key.keyId),
        PublicKey: createPublicKey(key.privateKey).export({ format: 'der', type: 'spki' }).toString('base64'),
        CustomerMasterKeySpec: key.keySpec,
        KeySpec: key.keySpec,
        KeyUsage: key.keyUsage,
        SigningAlgorithms: [...SIGNING_ALGORITHMS_OF[key.keySpec]],
      };
    },
  ],
  [
    'Sign',
    (store, request) => {
      rejectUnsupported(request, ['DryRun']);
      const signing = signingRequest(store, request);
      return { KeyId: store.keyArn(signing.key.keyId), Signature: ecdsaSign(signing).toString('base64'), SigningAlgorithm: signing.algorithm };
    },
  ],
  [
    'Verify',
    (store, request) => {
      rejectUnsupported(request, ['DryRun']);
      const signature = requiredBlob(request, 'Signature', MAX_SIGNATURE);
      const signing = signingRequest(store, request);
      if (!ecdsaVerify(signing, signature)) {
        throw new KmsError('KMSInvalidSignatureException', 'The signature is not valid for this message, key and signing algorithm.');
      }
      return { KeyId: store.keyArn(signing.key.keyId), SignatureValid: true, SigningAlgorithm: signing.algorithm };
    },
  ],
  [
    'GenerateRandom',
    (_store, request) => {
      rejectUnsupported(request, ['CustomKeyStoreId', 'Recipient']);
      const numberOfBytes = optionalInteger(request, 'NumberOfBytes', 1, 1024);
      if (numberOfBytes === undefined) throw new KmsError('ValidationException', 'NumberOfBytes is required.');
      return { Plaintext: randomBytes(numberOfBytes).toString('base64') };
    },
  ],
  [
    'GenerateMac',
    (store, request) => {
      rejectUnsupported(request, ['DryRun']);
      const { key, algorithm, mac } = computeMac(store, request);
      return { Mac: mac.toString('base64'), MacAlgorithm: algorithm, KeyId: store.keyArn(key.keyId) };
    },
  ],
  [
    'VerifyMac',
    (store, request) => {
      rejectUnsupported(request, ['DryRun']);
      const expected = requiredBlob(request, 'Mac', MAX_MAC);
      const { key, algorithm, mac } = computeMac(store, request);
      if (expected.length !== mac.length || !timingSafeEqual(expected, mac)) {
        throw new KmsError('KMSInvalidMacException', 'The MAC is not valid for this message, key and MAC algorithm.');
      }
      return { KeyId: store.keyArn(key.keyId), MacValid: true, MacAlgorithm: algorithm };
    },
  ],
]);

async function setEnabled(store: KeyStore, request: JsonObject, enabled: boolean): Promise<JsonObject> {
  const key = store.resolve(requiredString(request, 'KeyId'), { allowAlias: false });
  if (key.keyState === 'PendingDeletion') throw new KmsError('KMSInvalidStateException', `${store.keyArn(key.keyId)} is pending deletion.`);
  const keyState = enabled ? 'Enabled' : 'Disabled';
  if (key.keyState !== keyState) await store.setKeyState(key, keyState);
  return {};
}
