import { createPrivateKey, generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { KmsError } from './protocol.ts';

/**
 * Keys, aliases and key states of the KMS stand-in, kept in memory and persisted to
 * `<dataDir>/kms/keys.json` (directory 0700, file 0600) after every change.
 *
 * The file holds raw key material: it is a dev-only secret, never printed or logged, and the
 * stand-in is never deployed. Symmetric and HMAC keys are stored as `material` (base64 of the
 * raw secret); asymmetric signing keys as `privateKey` (PKCS#8 PEM; the public key is derived from
 * it on load). Scheduled deletions are recorded but never carried out (there is no clock running
 * in the stand-in); a key pending deletion is unusable, as in KMS.
 */

/** Key specs with secret (symmetric) material: AES-256-GCM encryption keys and HMAC keys. */
export const SECRET_KEY_SPECS = ['SYMMETRIC_DEFAULT', 'HMAC_256', 'HMAC_384', 'HMAC_512'] as const;
/** Asymmetric key specs (SIGN_VERIFY key pairs). */
export const SIGNING_KEY_SPECS = ['ECC_SECG_P256K1'] as const;
export const KEY_SPECS = [...SECRET_KEY_SPECS, ...SIGNING_KEY_SPECS] as const;
export type SecretKeySpec = (typeof SECRET_KEY_SPECS)[number];
export type SigningKeySpec = (typeof SIGNING_KEY_SPECS)[number];
export type KeySpec = (typeof KEY_SPECS)[number];
export type KeyUsage = 'ENCRYPT_DECRYPT' | 'GENERATE_VERIFY_MAC' | 'SIGN_VERIFY';
export type KeyState = 'Enabled' | 'Disabled' | 'PendingDeletion';

/** Key material sizes: 256-bit AES for symmetric keys; HMAC keys as long as their digest, as in KMS. */
export const MATERIAL_BYTES: Record<SecretKeySpec, number> = { SYMMETRIC_DEFAULT: 32, HMAC_256: 32, HMAC_384: 48, HMAC_512: 64 };

/** The OpenSSL (node:crypto) curve of each asymmetric key spec. */
export const CURVE_OF: Record<SigningKeySpec, string> = { ECC_SECG_P256K1: 'secp256k1' };

export function isSigningKeySpec(keySpec: KeySpec): keySpec is SigningKeySpec {
  return (SIGNING_KEY_SPECS as readonly string[]).includes(keySpec);
}

export interface KmsKey {
  readonly keyId: string;
  readonly keySpec: KeySpec;
  readonly keyUsage: KeyUsage;
  readonly description: string;
  /** Epoch milliseconds. */
  readonly creationDate: number;
  keyState: KeyState;
  /** Epoch milliseconds; set while the key is PendingDeletion. */
  deletionDate: number | undefined;
  /** The secret of a symmetric or HMAC key; empty for an asymmetric key. */
  readonly material: Buffer;
  /** The private key of an asymmetric key; undefined for symmetric and HMAC keys. */
  readonly privateKey: KeyObject | undefined;
}

export interface KmsAlias {
  readonly aliasName: string;
  readonly targetKeyId: string;
  readonly creationDate: number;
  readonly lastUpdatedDate: number;
}

const STATE_FILE_FORMAT = 1;

export class KeyStore {
  readonly region: string;
  readonly accountId: string;
  private readonly file: string;
  private readonly keys = new Map<string, KmsKey>();
  private readonly aliases = new Map<string, KmsAlias>();
  private pendingWrite: Promise<void> = Promise.resolve();

  private constructor(file: string, region: string, accountId: string) {
    this.file = file;
    this.region = region;
    this.accountId = accountId;
  }

  /** Opens (or creates) the store under `<dataDir>/kms`. A corrupt state file is an error, never silently reset. */
  static async open(dataDir: string, region: string, accountId: string): Promise<KeyStore> {
    const dir = join(dataDir, 'kms');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700); // mkdir's mode is masked by the umask and ignored for an existing directory
    const store = new KeyStore(join(dir, 'keys.json'), region, accountId);
    let text: string;
    try {
      text = await readFile(store.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return store;
      throw error;
    }
    await chmod(store.file, 0o600);
    store.load(text);
    return store;
  }

  keyArn(keyId: string): string {
    return `arn:aws:kms:${this.region}:${this.accountId}:key/${keyId}`;
  }

  aliasArn(aliasName: string): string {
    return `arn:aws:kms:${this.region}:${this.accountId}:${aliasName}`;
  }

  findKey(keyId: string): KmsKey | undefined {
    return this.keys.get(keyId);
  }

  /**
   * Resolves a key reference: key id, key ARN and, where the operation accepts them, `alias/name`
   * and alias ARN. ARNs must name this stand-in's region and account. Operations that manage a
   * key (EnableKey, ScheduleKeyDeletion, CreateAlias's TargetKeyId, ...) take only a key id or key
   * ARN in KMS, hence `allowAlias`.
   */
  resolve(reference: string, { allowAlias }: { allowAlias: boolean }): KmsKey {
    let resource = reference;
    if (reference.startsWith('arn:')) {
      const [, partition, service, region, account, ...rest] = reference.split(':');
      if (partition !== 'aws' || service !== 'kms' || region !== this.region || account !== this.accountId) {
        throw new KmsError('NotFoundException', `Invalid arn ${reference}`);
      }
      resource = rest.join(':');
      if (resource.startsWith('key/')) resource = resource.slice('key/'.length);
      else if (!resource.startsWith('alias/')) throw new KmsError('NotFoundException', `Invalid arn ${reference}`);
    }
    if (resource.startsWith('alias/')) {
      if (!allowAlias) throw new KmsError('NotFoundException', `Invalid keyId ${reference}`);
      const alias = this.aliases.get(resource);
      const key = alias && this.keys.get(alias.targetKeyId);
      if (!key) throw new KmsError('NotFoundException', `Alias ${this.aliasArn(resource)} is not found.`);
      return key;
    }
    const key = this.keys.get(resource);
    if (!key) throw new KmsError('NotFoundException', `Key '${this.keyArn(resource)}' does not exist`);
    return key;
  }

  findAlias(aliasName: string): KmsAlias | undefined {
    return this.aliases.get(aliasName);
  }

  /** Aliases sorted by name (a stable order for ListAliases paging). */
  listAliases(): KmsAlias[] {
    return [...this.aliases.values()].sort((a, b) => (a.aliasName < b.aliasName ? -1 : a.aliasName > b.aliasName ? 1 : 0));
  }

  async createKey(spec: { keySpec: KeySpec; keyUsage: KeyUsage; description: string }): Promise<KmsKey> {
    const { keySpec } = spec;
    const key: KmsKey = {
      keyId: randomUUID(),
      keySpec: spec.keySpec,
      keyUsage: spec.keyUsage,
      description: spec.description,
      creationDate: Date.now(),
      keyState: 'Enabled',
      deletionDate: undefined,
      material: isSigningKeySpec(keySpec) ? Buffer.alloc(0) : randomBytes(MATERIAL_BYTES[keySpec]),
      privateKey: isSigningKeySpec(keySpec) ? generateKeyPairSync('ec', { namedCurve: CURVE_OF[keySpec] }).privateKey : undefined,
    };
    this.keys.set(key.keyId, key);
    await this.save();
    return key;
  }

  async createAlias(aliasName: string, targetKeyId: string): Promise<void> {
    const now = Date.now();
    this.aliases.set(aliasName, { aliasName, targetKeyId, creationDate: now, lastUpdatedDate: now });
    await this.save();
  }

  async setKeyState(key: KmsKey, keyState: KeyState, deletionDate?: number): Promise<void> {
    key.keyState = keyState;
    key.deletionDate = deletionDate;
    await this.save();
  }

  /** Resolves once every write started so far has finished (used by close()). */
  async flush(): Promise<void> {
    await this.pendingWrite;
  }

  /**
   * Persists a snapshot of the current state. Writes are chained so they land in order, each one
   * atomically (temp file + rename), so a crash leaves either the old or the new file.
   */
  private save(): Promise<void> {
    const text = JSON.stringify(this.snapshot(), null, 2);
    const write = this.pendingWrite.then(() => writeFileAtomically(this.file, text));
    this.pendingWrite = write.catch(() => undefined);
    return write;
  }

  private snapshot() {
    return {
      format: STATE_FILE_FORMAT,
      keys: [...this.keys.values()].map((key) => ({
        keyId: key.keyId,
        keySpec: key.keySpec,
        keyUsage: key.keyUsage,
        description: key.description,
        creationDate: key.creationDate,
        keyState: key.keyState,
        ...(key.deletionDate === undefined ? {} : { deletionDate: key.deletionDate }),
        ...(key.privateKey
          ? { privateKey: key.privateKey.export({ format: 'pem', type: 'pkcs8' }) }
          : { material: key.material.toString('base64') }),
      })),
      aliases: [...this.aliases.values()],
    };
  }

  private load(text: string): void {
    const corrupt = (why: string) => new Error(`KMS stand-in state file ${this.file} is not valid (${why}); refusing to start rather than lose keys`);
    let state: unknown;
    try {
      state = JSON.parse(text);
    } catch {
      throw corrupt('not JSON');
    }
    if (!isRecord(state) || state.format !== STATE_FILE_FORMAT || !Array.isArray(state.keys) || !Array.isArray(state.aliases)) {
      throw corrupt('unexpected shape or format version');
    }
    for (const entry of state.keys as unknown[]) {
      if (
        !isRecord(entry) ||
        typeof entry.keyId !== 'string' ||
        !(KEY_SPECS as readonly unknown[]).includes(entry.keySpec) ||
        (entry.keyUsage !== 'ENCRYPT_DECRYPT' && entry.keyUsage !== 'GENERATE_VERIFY_MAC' && entry.keyUsage !== 'SIGN_VERIFY') ||
        typeof entry.description !== 'string' ||
        typeof entry.creationDate !== 'number' ||
        (entry.keyState !== 'Enabled' && entry.keyState !== 'Disabled' && entry.keyState !== 'PendingDeletion') ||
        (entry.deletionDate !== undefined && typeof entry.deletionDate !== 'number')
      ) {
        throw corrupt('malformed key entry');
      }
      const keySpec = entry.keySpec as KeySpec;
      const keyUsage = entry.keyUsage;
      if (keyUsage !== expectedUsage(keySpec)) throw corrupt(`key ${entry.keyId} has a key usage its key spec does not allow`);
      let material = Buffer.alloc(0);
      let privateKey: KeyObject | undefined;
      if (isSigningKeySpec(keySpec)) {
        if (typeof entry.privateKey !== 'string' || entry.material !== undefined) throw corrupt('malformed key entry');
        privateKey = parsePrivateKey(entry.privateKey, CURVE_OF[keySpec]);
        if (!privateKey) throw corrupt(`key ${entry.keyId} has an invalid private key`);
      } else {
        if (typeof entry.material !== 'string' || entry.privateKey !== undefined) throw corrupt('malformed key entry');
        material = Buffer.from(entry.material, 'base64');
        if (material.length !== MATERIAL_BYTES[keySpec]) throw corrupt(`key ${entry.keyId} has material of the wrong size`);
      }
      this.keys.set(entry.keyId, {
        keyId: entry.keyId,
        keySpec,
        keyUsage,
        description: entry.description,
        creationDate: entry.creationDate,
        keyState: entry.keyState,
        deletionDate: entry.deletionDate,
        material,
        privateKey,
      });
    }
    for (const entry of state.aliases as unknown[]) {
      if (
        !isRecord(entry) ||
        typeof entry.aliasName !== 'string' ||
        typeof entry.targetKeyId !== 'string' ||
        typeof entry.creationDate !== 'number' ||
        typeof entry.lastUpdatedDate !== 'number'
      ) {
        throw corrupt('malformed alias entry');
      }
      if (!this.keys.has(entry.targetKeyId)) throw corrupt(`alias ${entry.aliasName} targets an unknown key`);
      this.aliases.set(entry.aliasName, {
        aliasName: entry.aliasName,
        targetKeyId: entry.targetKeyId,
        creationDate: entry.creationDate,
        lastUpdatedDate: entry.lastUpdatedDate,
      });
    }
  }
}

/** The one key usage the stand-in allows for each key spec (KMS allows more for some asymmetric specs, not for these). */
export function expectedUsage(keySpec: KeySpec): KeyUsage {
  if (keySpec === 'SYMMETRIC_DEFAULT') return 'ENCRYPT_DECRYPT';
  return isSigningKeySpec(keySpec) ? 'SIGN_VERIFY' : 'GENERATE_VERIFY_MAC';
}

/** A PKCS#8 PEM private key on `curve`, or undefined if the text is anything else. */
function parsePrivateKey(pem: string, curve: string): KeyObject | undefined {
  try {
    const key = createPrivateKey({ key: pem, format: 'pem' });
    return key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === curve ? key : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Writes a 0600 temp file next to `path`, fsyncs it, then renames it over `path`. */
async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.chmod(0o600); // open's mode is subject to the umask; make the result exact
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
