import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { KmsError, type EncryptionContext } from './protocol.ts';

/**
 * The stand-in's ciphertext blob format (opaque to clients, as real KMS ciphertexts are):
 *
 *   offset  size  field
 *   0       1     format version (1)
 *   1       16    KMS key id (the key's UUID as 16 raw bytes)
 *   17      12    AES-GCM IV (random per blob)
 *   29      16    AES-GCM authentication tag
 *   45      n     AES-256-GCM ciphertext
 *
 * The AAD is the 17-byte header (version and key id) followed by the canonical encoding of the
 * encryption context, so changing the key id, the version or any context entry fails the tag check.
 * This is how KMS binds the encryption context ("additional authenticated data"):
 * https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html
 */

const FORMAT_VERSION = 1;
const KEY_ID_BYTES = 16;
const HEADER_BYTES = 1 + KEY_ID_BYTES;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const MIN_BLOB_BYTES = HEADER_BYTES + IV_BYTES + TAG_BYTES;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function keyIdToBytes(keyId: string): Buffer {
  if (!UUID.test(keyId)) throw new Error('KMS key ids must be lower-case UUIDs');
  return Buffer.from(keyId.replaceAll('-', ''), 'hex');
}

function bytesToKeyId(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Canonical encoding of an encryption context: entry count, then each key and value as
 * (uint32 big-endian byte length, UTF-8 bytes), entries sorted by the UTF-8 bytes of their keys.
 * Length prefixes make the encoding unambiguous ({"a": "bc"} and {"ab": "c"} differ), and sorting
 * makes it independent of the order in which the client serialized the map.
 */
export function canonicalContext(context: EncryptionContext): Buffer {
  const entries = Object.entries(context)
    .map(([key, value]) => [Buffer.from(key, 'utf8'), Buffer.from(value, 'utf8')] as const)
    .sort(([a], [b]) => Buffer.compare(a, b));
  const parts: Buffer[] = [uint32(entries.length)];
  for (const [key, value] of entries) parts.push(uint32(key.length), key, uint32(value.length), value);
  return Buffer.concat(parts);
}

function uint32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}

function invalidCiphertext(): KmsError {
  return new KmsError('InvalidCiphertextException', 'The ciphertext is invalid, was not made by this key, or does not match the encryption context.');
}

/** Encrypts `plaintext` under a symmetric KMS key's 32-byte material. */
export function sealCiphertext(keyId: string, material: Buffer, plaintext: Buffer, context: EncryptionContext): Buffer {
  const header = Buffer.concat([Buffer.of(FORMAT_VERSION), keyIdToBytes(keyId)]);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', material, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.concat([header, canonicalContext(context)]));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
}

/**
 * The key id a blob claims to be encrypted under. Unauthenticated until `openCiphertext` succeeds:
 * use it only to pick the key to try (as KMS does when Decrypt is called without a KeyId).
 */
export function ciphertextKeyId(blob: Buffer): string {
  if (blob.length < MIN_BLOB_BYTES || blob[0] !== FORMAT_VERSION) throw invalidCiphertext();
  return bytesToKeyId(blob.subarray(1, HEADER_BYTES));
}

/** Decrypts and authenticates a blob; any mismatch (key, context, tampering) is an InvalidCiphertextException. */
export function openCiphertext(blob: Buffer, material: Buffer, context: EncryptionContext): Buffer {
  if (blob.length < MIN_BLOB_BYTES || blob[0] !== FORMAT_VERSION) throw invalidCiphertext();
  const header = blob.subarray(0, HEADER_BYTES);
  const iv = blob.subarray(HEADER_BYTES, HEADER_BYTES + IV_BYTES);
  const tag = blob.subarray(HEADER_BYTES + IV_BYTES, MIN_BLOB_BYTES);
  const body = blob.subarray(MIN_BLOB_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', material, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tag);
    decipher.setAAD(Buffer.concat([header, canonicalContext(context)]));
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw invalidCiphertext();
  }
}
