import { randomUUID } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Resource } from 'fhir/r4.d.ts';
import { canonicalJson, commitmentOfCanonical, newSalts } from '../../ledger/commitment.ts';
import type { SealedObjects } from './sealed-object.ts';

/**
 * Sealed patient objects in the vault bucket. One object holds the resources of one patient (or
 * of the provider's partition) from one commit, each with the salt of its commitment:
 *
 *   { "format": "fhirx-object/1", "entries": [ { "type", "id", "versionId", "lastUpdated",
 *     "salt" (base64, 32 bytes), "resource" (RFC 8785 canonical JSON) }, ... ] }
 *
 * sealed as an Encryption SDK message bound to (pseudonym, provider, object key). The salt lives
 * only here, so the commitment anchored on chain cannot be tested against guessed content, and
 * once the patient's branch key is erased nothing links it to anything.
 *
 * Object keys are `o/<random UUID>`: no PHI, no pseudonym, no provider in keys or metadata.
 * Manifests (`m/<random UUID>`) hold a commit's response and index plan: ids and pseudonyms, no PHI.
 */

export const OBJECT_FORMAT = 'fhirx-object/1';

export interface ObjectEntry {
  type: string;
  id: string;
  versionId: string;
  lastUpdated: string;
  salt: string;
  resource: Resource;
}

export interface SealInput {
  pseudonym: string;
  providerId: string;
  resources: readonly { type: string; id: string; versionId: number; lastUpdated: string; resource: Resource }[];
}

export interface SealedPayload {
  objectKey: string;
  ciphertext: Uint8Array;
  /** Per resource, in order: its commitment (0x + 64 hex). */
  commitments: string[];
  plaintextBytes: number;
}

export function newObjectKey(): string {
  return `o/${randomUUID()}`;
}

export function newManifestKey(): string {
  return `m/${randomUUID()}`;
}

export class VaultObjects {
  readonly #s3: S3Client;
  readonly #bucket: string;
  readonly #sealer: SealedObjects | undefined;

  /** Without a sealer the store only puts, gets and deletes bytes (manifests, leaves files, deletions). */
  constructor(s3: S3Client, bucket: string, sealer?: SealedObjects) {
    this.#s3 = s3;
    this.#bucket = bucket;
    this.#sealer = sealer;
  }

  #requireSealer(): SealedObjects {
    if (!this.#sealer) throw new Error('This object store was built without keys: it cannot seal or open');
    return this.#sealer;
  }

  get bucket(): string {
    return this.#bucket;
  }

  /** Canonicalises, salts, commits and seals one object's resources (nothing is written). */
  async seal(input: SealInput, objectKey: string = newObjectKey()): Promise<SealedPayload> {
    const commitments: string[] = [];
    const parts: string[] = [];
    const salts = newSalts(input.resources.length);
    for (const [index, item] of input.resources.entries()) {
      const canonical = canonicalJson(item.resource);
      const salt = salts[index]!;
      commitments.push(commitmentOfCanonical(salt, canonical));
      parts.push(
        `{"type":${JSON.stringify(item.type)},"id":${JSON.stringify(item.id)},"versionId":"${item.versionId}","lastUpdated":"${item.lastUpdated}",` +
          `"salt":"${Buffer.from(salt.buffer, salt.byteOffset, salt.length).toString('base64')}","resource":${canonical}}`,
      );
    }
    const plaintext = Buffer.from(`{"format":"${OBJECT_FORMAT}","entries":[${parts.join(',')}]}`, 'utf8');
    const ciphertext = await this.#requireSealer().seal(plaintext, { pseudonym: input.pseudonym, providerId: input.providerId, objectId: objectKey });
    return { objectKey, ciphertext, commitments, plaintextBytes: plaintext.length };
  }

  async put(key: string, body: Uint8Array | string, contentType: string): Promise<void> {
    await this.#s3.send(new PutObjectCommand({ Bucket: this.#bucket, Key: key, Body: body, ContentType: contentType }));
  }

  /** The object's bytes, or undefined if it does not exist. */
  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      const { Body } = await this.#s3.send(new GetObjectCommand({ Bucket: this.#bucket, Key: key }));
      return Body ? await Body.transformToByteArray() : undefined;
    } catch (error) {
      if ((error as Error).name === 'NoSuchKey' || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.#s3.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: key }));
  }

  /** Opens a sealed object: its entries. Fails (PatientErasedError, SealedObjectError) if it does not open under the binding. */
  async open(key: string, pseudonym: string, providerId: string): Promise<{ entries: ObjectEntry[]; bytes: number } | undefined> {
    const ciphertext = await this.get(key);
    if (!ciphertext) return undefined;
    const plaintext = await this.#requireSealer().open(ciphertext, { pseudonym, providerId, objectId: key });
    const parsed = JSON.parse(Buffer.from(plaintext).toString('utf8')) as { format?: string; entries?: ObjectEntry[] };
    if (parsed.format !== OBJECT_FORMAT || !Array.isArray(parsed.entries)) throw new Error('Not a vault object');
    return { entries: parsed.entries, bytes: plaintext.length };
  }
}
