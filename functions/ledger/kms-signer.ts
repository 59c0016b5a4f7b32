import { createPublicKey } from 'node:crypto';
import { GetPublicKeyCommand, SignCommand } from '@aws-sdk/client-kms';
import type { KMSClient } from '@aws-sdk/client-kms';
import { OperationOutcomeError, issue, outcome, serviceUnavailable } from '../fhir/outcomes.ts';
import { isTransientAwsErrorName } from '../platform/retry.ts';
import {
  AbstractSigner,
  Signature,
  Transaction,
  TypedDataEncoder,
  assert,
  assertArgument,
  computeAddress,
  copyRequest,
  getAddress,
  getBigInt,
  getBytes,
  hashAuthorization,
  hashMessage,
  recoverAddress,
  resolveAddress,
  resolveProperties,
  toBeHex,
} from 'ethers';
import type {
  Authorization,
  AuthorizationRequest,
  BytesLike,
  Provider,
  TransactionLike,
  TransactionRequest,
  TypedDataDomain,
  TypedDataField,
} from 'ethers';

/**
 * An ethers v6 signer whose private key is an AWS KMS `ECC_SECG_P256K1` / `SIGN_VERIFY` key: the
 * key never leaves KMS, every signature is a KMS `Sign` call (`ECDSA_SHA_256`, `MessageType`
 * `DIGEST`, over the 32-byte Keccak-256 hash Ethereum signs).
 *
 * - The address is the Keccak-256 of the public key from `GetPublicKey` (fetched once per signer
 *   and cached; a failed fetch is retried on next use). The SubjectPublicKeyInfo is parsed by
 *   node:crypto (OpenSSL), which checks its algorithm identifiers; it must be id-ecPublicKey on
 *   secp256k1 (OID 1.3.132.0.10), and the key must be SIGN_VERIFY with ECDSA_SHA_256.
 * - KMS returns a DER ECDSA signature (r, s) whose s may be in the upper half of the curve order;
 *   Ethereum accepts only s ≤ n/2 (EIP-2), so s is replaced by n − s there (an equally valid
 *   signature of the same digest). KMS returns no recovery id: the one whose recovered address is
 *   ours is chosen.
 * - Transactions, EIP-191 messages, EIP-712 typed data and EIP-7702 authorizations are prepared
 *   exactly as ethers' BaseWallet does, with the signature coming from KMS.
 *
 * Nothing is logged. A failed KMS call becomes a {@link KmsSignerError} that keeps only the AWS
 * error name (e.g. `DisabledException`, `AccessDeniedException`) and the key id, never the
 * request.
 */

/** The order n of the secp256k1 group (SEC 2, section 2.4.1). */
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const HALF_N = SECP256K1_N / 2n;

export class KmsSignerError extends Error {
  override name = 'KmsSignerError';
  /** The AWS error name of the KMS call that failed, if one did (`DisabledException`, ...). */
  readonly kmsErrorName: string | undefined;

  constructor(message: string, kmsErrorName?: string) {
    super(message);
    this.kmsErrorName = kmsErrorName;
  }
}

/**
 * The OperationOutcome for a transaction the signer could not sign: 503 (retry) when KMS was
 * throttled or unavailable, else 500; the message names the KMS error, never key material.
 */
export function signerFailure(error: KmsSignerError, what: string): OperationOutcomeError {
  if (isTransientAwsErrorName(error.kmsErrorName)) {
    return serviceUnavailable(`The transaction signer (KMS) is busy or unavailable: ${what} was not sent. Retry later.`);
  }
  return new OperationOutcomeError(500, outcome(issue('exception', `The transaction signer (KMS) failed (${error.kmsErrorName ?? 'no KMS error'}): ${what} was not sent`)));
}

export class KmsSigner extends AbstractSigner {
  readonly kms: KMSClient;
  /** The KMS key: key id, key ARN, alias name or alias ARN. */
  readonly keyId: string;
  #address: Promise<string> | undefined;

  constructor(kms: KMSClient, keyId: string, provider?: null | Provider) {
    super(provider ?? null);
    this.kms = kms;
    this.keyId = keyId;
  }

  override connect(provider: null | Provider): KmsSigner {
    const signer = new KmsSigner(this.kms, this.keyId, provider);
    signer.#address = this.#address;
    return signer;
  }

  override getAddress(): Promise<string> {
    this.#address ??= this.#fetchAddress().catch((error: unknown) => {
      this.#address = undefined;
      throw error;
    });
    return this.#address;
  }

  async #fetchAddress(): Promise<string> {
    const response = await this.#call('GetPublicKey', () => this.kms.send(new GetPublicKeyCommand({ KeyId: this.keyId })));
    if (response.KeySpec !== 'ECC_SECG_P256K1' || response.KeyUsage !== 'SIGN_VERIFY') {
      throw new KmsSignerError(`KMS key ${this.keyId} is ${response.KeySpec ?? '?'} / ${response.KeyUsage ?? '?'}; an Ethereum signer needs ECC_SECG_P256K1 / SIGN_VERIFY`);
    }
    if (response.SigningAlgorithms && !response.SigningAlgorithms.includes('ECDSA_SHA_256')) {
      throw new KmsSignerError(`KMS key ${this.keyId} does not support ECDSA_SHA_256`);
    }
    if (!response.PublicKey) throw new KmsSignerError(`KMS GetPublicKey returned no public key for ${this.keyId}`);
    return computeAddress(secp256k1PublicKeyFromSpki(response.PublicKey));
  }

  /**
   * Signs a 32-byte digest with the KMS key: the Ethereum signature (low s, with the recovery id)
   * that recovers to {@link getAddress}.
   */
  async signDigest(digest: BytesLike): Promise<Signature> {
    const message = getBytes(digest, 'digest');
    assertArgument(message.length === 32, 'a digest must be 32 bytes', 'digest', '[digest]');
    const address = await this.getAddress();
    const response = await this.#call('Sign', () =>
      this.kms.send(new SignCommand({ KeyId: this.keyId, Message: message, MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' })),
    );
    const der = response.Signature;
    const parsed = der && parseDerSignature(der);
    if (!parsed) throw new KmsSignerError(`KMS Sign returned no DER ECDSA signature for ${this.keyId}`);
    const { r, s } = parsed;
    if (r < 1n || r >= SECP256K1_N || s < 1n || s >= SECP256K1_N) throw new KmsSignerError(`KMS Sign returned an out-of-range signature for ${this.keyId}`);
    const lowS = s > HALF_N ? SECP256K1_N - s : s;
    for (const yParity of [0, 1] as const) {
      const signature = Signature.from({ r: toBeHex(r, 32), s: toBeHex(lowS, 32), yParity });
      if (recoverAddress(message, signature) === address) return signature;
    }
    throw new KmsSignerError(`the KMS signature does not recover to the address of ${this.keyId}`);
  }

  override async signTransaction(request: TransactionRequest): Promise<string> {
    const tx = copyRequest(request);
    // Replace any Addressable or ENS name with an address (as BaseWallet.signTransaction).
    const { to, from } = await resolveProperties({
      to: tx.to ? resolveAddress(tx.to, this) : undefined,
      from: tx.from ? resolveAddress(tx.from, this) : undefined,
    });
    if (to != null) tx.to = to;
    if (from != null) tx.from = from;
    if (tx.from != null) {
      assertArgument(getAddress(tx.from as string) === (await this.getAddress()), 'transaction from address mismatch', 'tx.from', tx.from);
      delete tx.from;
    }
    const unsigned = Transaction.from(tx as TransactionLike<string>);
    unsigned.signature = await this.signDigest(unsigned.unsignedHash);
    return unsigned.serialized;
  }

  /** EIP-191 personal message signature. */
  override async signMessage(message: string | Uint8Array): Promise<string> {
    return (await this.signDigest(hashMessage(message))).serialized;
  }

  /** EIP-712 typed data signature (ENS names in the data resolved through the provider, as BaseWallet does). */
  override async signTypedData(domain: TypedDataDomain, types: Record<string, TypedDataField[]>, value: Record<string, unknown>): Promise<string> {
    const populated = await TypedDataEncoder.resolveNames(domain, types, value, async (name: string) => {
      assert(this.provider != null, 'cannot resolve ENS names without a provider', 'UNSUPPORTED_OPERATION', { operation: 'resolveName', info: { name } });
      const address = await this.provider.resolveName(name);
      assert(address != null, 'unconfigured ENS name', 'UNCONFIGURED_NAME', { value: name });
      return address;
    });
    return (await this.signDigest(TypedDataEncoder.hash(populated.domain, types, populated.value))).serialized;
  }

  /** An EIP-7702 authorization (chain id and nonce filled in from the provider when missing). */
  override async authorize(request: AuthorizationRequest): Promise<Authorization> {
    const auth = await this.populateAuthorization({ ...request, address: await resolveAddress(request.address, this) });
    assertArgument(typeof auth.address === 'string', 'invalid address for authorize', 'auth.address', auth.address);
    const signature = await this.signDigest(hashAuthorization(auth));
    return { address: getAddress(auth.address), nonce: getBigInt(auth.nonce ?? 0), chainId: getBigInt(auth.chainId ?? 0), signature };
  }

  /** Runs a KMS call; a failure keeps only its AWS error name (never the request or the SDK's error object). */
  async #call<T>(operation: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      const name = error instanceof Error ? error.name : 'UnknownError';
      throw new KmsSignerError(`KMS ${operation} with key ${this.keyId} failed: ${name}`, name);
    }
  }
}

/**
 * The uncompressed public key (0x04 ‖ X ‖ Y, hex) in a DER SubjectPublicKeyInfo, which must be an
 * id-ecPublicKey on secp256k1. OpenSSL parses it and checks the algorithm and curve identifiers.
 */
export function secp256k1PublicKeyFromSpki(spki: Uint8Array): string {
  let key;
  try {
    key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
  } catch {
    throw new KmsSignerError('the KMS public key is not a DER SubjectPublicKeyInfo');
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'secp256k1') {
    throw new KmsSignerError('the KMS public key is not an EC key on secp256k1');
  }
  const { x, y } = key.export({ format: 'jwk' });
  const coordinate = (value: string | undefined) => Buffer.from(value ?? '', 'base64url').toString('hex').padStart(64, '0');
  return `0x04${coordinate(x)}${coordinate(y)}`;
}

/**
 * Strict DER parse of an ECDSA-Sig-Value `SEQUENCE { r INTEGER, s INTEGER }` (RFC 3279 2.2.3)
 * with components of at most 256 bits; undefined if the bytes are anything else.
 */
export function parseDerSignature(der: Uint8Array): { r: bigint; s: bigint } | undefined {
  if (der.length < 8 || der.length > 72 || der[0] !== 0x30 || der[1] !== der.length - 2) return undefined;
  const values: bigint[] = [];
  let offset = 2;
  for (let i = 0; i < 2; i++) {
    const length = der[offset + 1];
    if (der[offset] !== 0x02 || length === undefined || length < 1 || length > 33 || offset + 2 + length > der.length) return undefined;
    const bytes = der.subarray(offset + 2, offset + 2 + length);
    if ((bytes[0]! & 0x80) !== 0) return undefined; // negative
    if (length > 1 && bytes[0] === 0 && (bytes[1]! & 0x80) === 0) return undefined; // not minimal
    if (length === 33 && bytes[0] !== 0) return undefined; // more than 256 bits
    values.push(BigInt(`0x${Buffer.from(bytes).toString('hex')}`));
    offset += 2 + length;
  }
  const [r, s] = values;
  return offset === der.length && r !== undefined && s !== undefined ? { r, s } : undefined;
}
