import { AsyncLocalStorage } from 'node:async_hooks';
import { AlgorithmSuiteIdentifier, buildClient, CommitmentPolicy, KmsHierarchicalKeyRingNode } from '@aws-crypto/client-node';
import type { BranchKeyIdSupplier, EncryptionContext } from '@aws-crypto/client-node';
import { assertPseudonym, branchKeyIdOf, PatientErasedError } from './patient-keys.ts';
import type { PatientKeyring } from './patient-keys.ts';

/**
 * Sealed objects: what the vault stores in S3. Each is an AWS Encryption SDK message with its own
 * data key, wrapped through the hierarchical keyring by the branch key of the object's holder for
 * that patient (patient-keys.ts: one per (pseudonym, provider)), encrypted with
 * AES-256-GCM under the committing, unsigned suite
 * (ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY) and REQUIRE_ENCRYPT_REQUIRE_DECRYPT.
 *
 * The encryption context is the object's binding { pseudonym, provider, object id }: it is
 * authenticated into the data key's wrapping and the message, and `open` refuses any message whose
 * context is not exactly the binding the caller expects. So a ciphertext moved to another patient,
 * provider or object id does not open. The context is stored in clear in the message header: the
 * provider id and object id must be opaque identifiers, never PHI.
 *
 * Branch key materials are cached in memory for BRANCH_KEY_CACHE_SECONDS (at most
 * BRANCH_KEY_CACHE_ENTRIES entries), so KMS sees about one call per patient per window for sealing
 * (and one per patient and key version for opening), not one per object; concurrent first uses of
 * a patient's key wait for the first one instead of all calling KMS. An erasure in this process
 * drops the patient's cached materials at once; other processes' caches expire within the window.
 */

export interface ObjectBinding {
  /** The patient's pseudonym (64 hex characters): selects the branch key. */
  pseudonym: string;
  /** The provider the object came from (an opaque id). */
  providerId: string;
  /** The object's own id (an opaque id, for example the S3 key's last segment). */
  objectId: string;
}

export const SEAL_SUITE = AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY;
/** Encryption context keys (the `aws-crypto-` prefix is the SDK's; ours is `fhirx:`). */
export const CONTEXT_KEYS = { pseudonym: 'fhirx:pseudonym', providerId: 'fhirx:provider', objectId: 'fhirx:object' } as const;
/**
 * Frame size of the message body. Per-frame costs dominate with the SDK's 4 KiB default: measured
 * here on 1 MB objects, 1 MiB frames sealed and opened 2-4x faster than 4 KiB ones (and faster than
 * 64 KiB). Objects are at most a few MB (Lambda's 6 MB payload), so a frame never holds much.
 */
const FRAME_LENGTH = 1024 * 1024;
const OPAQUE_ID = /^[A-Za-z0-9._:/-]{1,256}$/;

export class InvalidBindingError extends Error {
  override name = 'InvalidBindingError';
}

/** The ciphertext does not open under the expected binding: wrong patient, provider or object, tampered, or not a sealed object. */
export class SealedObjectError extends Error {
  override name = 'SealedObjectError';
}

export function bindingContext(binding: ObjectBinding): EncryptionContext {
  assertPseudonym(binding.pseudonym);
  for (const field of ['providerId', 'objectId'] as const) {
    if (typeof binding[field] !== 'string' || !OPAQUE_ID.test(binding[field])) throw new InvalidBindingError(`${field} must be 1-256 characters of [A-Za-z0-9._:/-]`);
  }
  return { [CONTEXT_KEYS.pseudonym]: binding.pseudonym, [CONTEXT_KEYS.providerId]: binding.providerId, [CONTEXT_KEYS.objectId]: binding.objectId };
}

function sameContext(actual: EncryptionContext, expected: EncryptionContext): boolean {
  const keys = Object.keys(actual);
  return keys.length === Object.keys(expected).length && keys.every((key) => Object.hasOwn(expected, key) && actual[key] === expected[key]);
}

// ---------------------------------------------------------------------------------------------
// the branch key materials cache

type MaterialsCache = NonNullable<ConstructorParameters<typeof KmsHierarchicalKeyRingNode>[0]['cache']>;
type BranchKeyMaterial = Parameters<MaterialsCache['putBranchKeyMaterial']>[1];
type BranchKeyMaterialEntry = Exclude<ReturnType<MaterialsCache['getBranchKeyMaterial']>, false>;

/**
 * The keyring's cache: least recently used entries go first beyond `capacity`, entries expire
 * after their max age, and `purge` drops every entry of one branch key (erasure). Entries are
 * dropped, not zeroed: an operation may still hold the materials it just read, and zeroing them
 * under it could wrap a data key with an all-zero branch key.
 */
class BranchKeyMaterialsCache implements MaterialsCache {
  readonly #entries = new Map<string, { entry: BranchKeyMaterialEntry; expiresAt: number }>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  putBranchKeyMaterial(key: string, response: BranchKeyMaterial, maxAge?: number): void {
    const now = Date.now();
    this.#entries.delete(key);
    this.#entries.set(key, { entry: Object.freeze({ response, now }), expiresAt: maxAge === undefined ? Infinity : now + maxAge });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#capacity) break;
      this.#entries.delete(oldest);
    }
  }

  getBranchKeyMaterial(key: string): BranchKeyMaterialEntry | false {
    const found = this.#entries.get(key);
    if (!found) return false;
    this.#entries.delete(key);
    if (found.expiresAt <= Date.now()) return false;
    this.#entries.set(key, found); // most recently used
    return found.entry;
  }

  del(key: string): void {
    this.#entries.delete(key);
  }

  purge(branchKeyId: string): void {
    for (const [key, { entry }] of this.#entries) if (entry.response.branchKeyIdentifier === branchKeyId) this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }

  // The hierarchical keyring caches branch key materials only.
  putEncryptionMaterial(): never {
    throw new Error('not used by the hierarchical keyring');
  }
  putDecryptionMaterial(): never {
    throw new Error('not used by the hierarchical keyring');
  }
  getEncryptionMaterial(): never {
    throw new Error('not used by the hierarchical keyring');
  }
  getDecryptionMaterial(): never {
    throw new Error('not used by the hierarchical keyring');
  }
}

// ---------------------------------------------------------------------------------------------

export class SealedObjects {
  readonly #keys: PatientKeyring;
  readonly #cache: BranchKeyMaterialsCache;
  readonly #keyring: KmsHierarchicalKeyRingNode;
  readonly #client = buildClient({ commitmentPolicy: CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT, maxEncryptedDataKeys: 1 });
  /** The binding of the operation in progress, checked by the branch key id supplier before any key is fetched. */
  readonly #expected = new AsyncLocalStorage<EncryptionContext>();
  /** Single flight on a cold cache: per (scope, pseudonym), the first use in flight and until when the cache is warm. */
  readonly #warmUntil = new Map<string, number>();
  readonly #warming = new Map<string, Promise<void>>();
  readonly #ttlMs: number;

  constructor(keys: PatientKeyring) {
    this.#keys = keys;
    this.#ttlMs = keys.cacheSeconds * 1000;
    this.#cache = new BranchKeyMaterialsCache(keys.cacheEntries);
    const expected = this.#expected;
    const supplier: BranchKeyIdSupplier = {
      getBranchKeyId(context: EncryptionContext): string {
        const binding = expected.getStore();
        // Also what stops a forged header from making us fetch (and KMS-decrypt) someone else's key.
        if (!binding || !sameContext(context, binding)) throw new SealedObjectError('encryption context does not match the binding');
        return branchKeyIdOf({ pseudonym: binding[CONTEXT_KEYS.pseudonym]!, holder: binding[CONTEXT_KEYS.providerId]! });
      },
    };
    this.#keyring = new KmsHierarchicalKeyRingNode({ branchKeyIdSupplier: supplier, keyStore: keys.keyStore, cacheLimitTtl: keys.cacheSeconds, cache: this.#cache });
    keys.onErasure((branchKeyId) => {
      this.#cache.purge(branchKeyId);
      for (const scope of ['seal', 'open']) this.#warmUntil.delete(`${scope}:${branchKeyId}`);
    });
  }

  /** Number of branch key materials cached (for tests and metrics). */
  get cachedMaterials(): number {
    return this.#cache.size;
  }

  /** Encrypts `plaintext` under the holder's branch key for the patient, bound to `binding`. The key must exist (PatientKeyring.ensureBranchKey). */
  async seal(plaintext: Uint8Array, binding: ObjectBinding): Promise<Uint8Array> {
    const context = bindingContext(binding);
    try {
      const { result } = await this.#singleFlight('seal', branchKeyIdOf({ pseudonym: binding.pseudonym, holder: binding.providerId }), () =>
        this.#expected.run(context, () => this.#client.encrypt(this.#keyring, plaintext, { encryptionContext: context, suiteId: SEAL_SUITE, frameLength: FRAME_LENGTH })),
      );
      return result;
    } catch (error) {
      throw await this.#failure(binding, error, 'The object could not be sealed');
    }
  }

  /** Decrypts a sealed object; fails unless its encryption context is exactly `binding`. */
  async open(ciphertext: Uint8Array, binding: ObjectBinding): Promise<Uint8Array> {
    const context = bindingContext(binding);
    try {
      const { plaintext, messageHeader } = await this.#singleFlight('open', branchKeyIdOf({ pseudonym: binding.pseudonym, holder: binding.providerId }), () =>
        this.#expected.run(context, () => this.#client.decrypt(this.#keyring, ciphertext)),
      );
      // Authoritative checks on the authenticated header.
      if (messageHeader.suiteId !== SEAL_SUITE || !sameContext(messageHeader.encryptionContext, context)) {
        throw new SealedObjectError('encryption context does not match the binding');
      }
      return plaintext;
    } catch (error) {
      throw await this.#failure(binding, error, 'The object cannot be opened with this binding');
    }
  }

  async #failure(binding: ObjectBinding, error: unknown, message: string): Promise<Error> {
    if (error instanceof PatientErasedError) return error;
    const state = await this.#keys.state({ pseudonym: binding.pseudonym, holder: binding.providerId }).catch(() => undefined);
    if (state === 'erased') return new PatientErasedError();
    return new SealedObjectError(message, { cause: error });
  }

  /**
   * While a patient's materials are not known to be cached, one operation per (scope, patient)
   * runs first and the others wait for it, then find the cache warm. Only a performance measure:
   * a wrong guess costs a KMS call, never correctness.
   */
  async #singleFlight<T>(scope: string, pseudonym: string, operation: () => Promise<T>): Promise<T> {
    const key = `${scope}:${pseudonym}`;
    if ((this.#warmUntil.get(key) ?? 0) > Date.now()) return operation();
    const warming = this.#warming.get(key);
    if (warming) {
      await warming;
      return operation();
    }
    let done!: () => void;
    this.#warming.set(key, new Promise<void>((resolve) => (done = resolve)));
    try {
      const result = await operation();
      this.#rememberWarm(key);
      return result;
    } finally {
      this.#warming.delete(key);
      done();
    }
  }

  #rememberWarm(key: string): void {
    const now = Date.now();
    if (this.#warmUntil.size >= this.#keys.cacheEntries) {
      for (const [candidate, until] of this.#warmUntil) if (until <= now) this.#warmUntil.delete(candidate);
      if (this.#warmUntil.size >= this.#keys.cacheEntries) this.#warmUntil.delete(this.#warmUntil.keys().next().value!);
    }
    // A little short of the cache's own expiry, so the guess errs towards "cold".
    this.#warmUntil.set(key, now + Math.max(0, this.#ttlMs - 1000));
  }
}
