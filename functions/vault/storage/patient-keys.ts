import { BranchKeyStoreNode } from '@aws-crypto/client-node';
import {
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
} from '@aws-sdk/client-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { KMSClient } from '@aws-sdk/client-kms';
import { parseConfig, vaultConfigSchema } from '../../../schemas/config.ts';
import type { VaultConfig } from '../../../schemas/config.ts';
import { awsClients, withoutSdkLogging } from '../../platform/aws-clients.ts';
import { backoffDelay, sleep } from '../../platform/retry.ts';

/**
 * Per-holder, per-patient branch keys: the middle layer of the vault's key hierarchy
 * (KMS key -> branch key per (pseudonym, holder) -> data key per object).
 *
 * Each holder (provider) of a patient has its own branch key for that patient, in the Encryption
 * SDK's DynamoDB key store under the branch key id `<pseudonym>.<holder>` (an opaque
 * 64-hex-character HMAC and an opaque provider id, never PHI). The key store's items are KMS
 * ciphertexts: `branch:ACTIVE`, one `branch:version:<uuid>` per version and `beacon:ACTIVE`, all
 * in that branch key's partition. So crypto-shredding is per holder: one provider's erasure of
 * its partition of a patient cannot touch what another provider holds for the same person.
 *
 * A holder's erasure deletes every item of its partition. Nothing then holds that branch key in
 * any form, so nothing the holder sealed for the patient (any version) can be decrypted again, by
 * anyone, with any KMS access. The partition keeps one item: a tombstone (`type` =
 * TOMBSTONE_TYPE, with the erasure time and nothing else), so that the holder's next
 * `ensureBranchKey` for the patient fails with PatientErasedError (answered 409) instead of
 * silently creating a fresh key as if nothing had happened. Enrolling again takes an explicit
 * `{ reenrol: true }`, which removes the holder's tombstone and creates a new, unrelated branch key.
 *
 * A person's erasure (an admin under a legal order; later the patient) erases every holder's
 * branch key and writes a person tombstone in the partition named by the bare pseudonym: from
 * then on no holder, including one that never held the person, gets a key for them.
 */

/** Logical key store name: bound into every branch key's KMS encryption context. Never change it. */
export const BRANCH_KEY_STORE_NAME = 'fhir-exchange-patient-keys';
/** Custom encryption context of every branch key (stored in clear in the table: nothing secret, no PHI). */
export const BRANCH_KEY_CONTEXT = { purpose: 'fhir-exchange-patient-vault' } as const;
/** Sort key value of an erased patient's tombstone; cannot collide with the SDK's `branch:` and `beacon:` types. */
export const TOMBSTONE_TYPE = 'fhir-exchange:erased';
const ACTIVE_TYPE = 'branch:ACTIVE';
const PARTITION_KEY = 'branch-key-id';
const SORT_KEY = 'type';
const PSEUDONYM = /^[0-9a-f]{64}$/;
/** Create attempts when DynamoDB cancels the transaction for a conflict (not a condition) and no key appeared. */
const CREATE_ATTEMPTS = 5;
const CREATE_BACKOFF = { baseMs: 40, maxMs: 400, jitter: 0.5 };

export type PatientKeyState = 'absent' | 'active' | 'erased';

/** One holder's partition of one patient: what a branch key protects. */
export interface KeyPartition {
  pseudonym: string;
  /** The provider id of the holder (an opaque id). */
  holder: string;
}

const HOLDER = /^[A-Za-z0-9._-]{1,64}$/;

/** The branch key id of a partition: `<pseudonym>.<holder>`. */
export function branchKeyIdOf(partition: KeyPartition): string {
  assertPseudonym(partition.pseudonym);
  if (typeof partition.holder !== 'string' || !HOLDER.test(partition.holder)) throw new InvalidPseudonymError('A holder is 1-64 characters of [A-Za-z0-9._-]');
  return `${partition.pseudonym}.${partition.holder}`;
}

export class InvalidPseudonymError extends Error {
  override name = 'InvalidPseudonymError';
  constructor(message = 'A patient pseudonym is 64 lowercase hex characters') {
    super(message);
  }
}

/** The patient's branch key was erased: nothing is sealed or opened for them until an explicit re-enrolment. */
export class PatientErasedError extends Error {
  override name = 'PatientErasedError';
  constructor() {
    super("The patient's keys were erased; enrolling them again needs an explicit re-enrolment");
  }
}

export function assertPseudonym(pseudonym: string): void {
  if (typeof pseudonym !== 'string' || !PSEUDONYM.test(pseudonym)) throw new InvalidPseudonymError();
}

export interface PatientKeyringClients {
  /** Must be a `KMSClient` (the key store checks `instanceof`). */
  kms: KMSClient;
  /** A client for the branch key table's endpoint. */
  dynamo: DynamoDBClient;
}

export interface EnsureOptions {
  /** Enrol a patient whose keys were erased: removes the tombstone and creates a new branch key. */
  reenrol?: boolean;
}

export interface EnsureResult {
  branchKeyId: string;
  /** false when the key already existed, including when another caller won the race to create it. */
  created: boolean;
}

export class PatientKeyring {
  readonly keyStore: BranchKeyStoreNode;
  readonly table: string;
  readonly cacheSeconds: number;
  readonly cacheEntries: number;
  readonly kms: KMSClient;
  readonly #dynamo: DynamoDBClient;
  /** One ensure per pseudonym at a time in this process; other processes are handled by the table's conditions. */
  readonly #ensuring = new Map<string, Promise<EnsureResult>>();
  readonly #erasureListeners = new Set<(pseudonym: string) => void>();
  /**
   * Pseudonyms whose key this process saw active, and until when that spares the full check: the
   * same window as the branch key materials cache. Within it only the tombstones are read again
   * ({@link #stillActive}); an erasure in this process forgets it at once.
   */
  readonly #knownActive = new Map<string, number>();

  constructor(config: Pick<VaultConfig, 'BRANCH_KEY_TABLE' | 'VAULT_KMS_KEY_ARN' | 'BRANCH_KEY_CACHE_SECONDS' | 'BRANCH_KEY_CACHE_ENTRIES'>, clients: PatientKeyringClients) {
    this.table = config.BRANCH_KEY_TABLE;
    this.cacheSeconds = config.BRANCH_KEY_CACHE_SECONDS;
    this.cacheEntries = config.BRANCH_KEY_CACHE_ENTRIES;
    this.kms = clients.kms;
    this.#dynamo = clients.dynamo;
    this.keyStore = new BranchKeyStoreNode({
      logicalKeyStoreName: BRANCH_KEY_STORE_NAME,
      storage: { ddbTableName: config.BRANCH_KEY_TABLE, ddbClient: clients.dynamo },
      keyManagement: { kmsClient: clients.kms },
      kmsConfiguration: { identifier: config.VAULT_KMS_KEY_ARN },
    });
  }

  /**
   * From the environment (`vaultConfigSchema`) and the process's shared clients. The branch key
   * table gets its own DynamoDB client only when BRANCH_KEY_DYNAMODB_ENDPOINT is set (locally:
   * DynamoDB Local); in AWS it shares the default one.
   */
  static fromEnvironment(env: NodeJS.ProcessEnv = process.env): PatientKeyring {
    const config = parseConfig(vaultConfigSchema, env);
    const shared = awsClients();
    const dynamo = config.BRANCH_KEY_DYNAMODB_ENDPOINT
      ? withoutSdkLogging(new DynamoDBClient({ region: env['AWS_REGION'], endpoint: config.BRANCH_KEY_DYNAMODB_ENDPOINT }))
      : shared.dynamo;
    return new PatientKeyring(config, { kms: shared.kms, dynamo });
  }

  /** Called with the branch key id after every erasure in this process (the sealer drops its cached key materials). */
  onErasure(listener: (branchKeyId: string) => void): () => void {
    this.#erasureListeners.add(listener);
    return () => this.#erasureListeners.delete(listener);
  }

  async state(partition: KeyPartition): Promise<PatientKeyState> {
    const types = await this.#partitionTypes(branchKeyIdOf(partition));
    if (types.includes(TOMBSTONE_TYPE) || (await this.#hasTombstone(partition.pseudonym))) return 'erased';
    return types.includes(ACTIVE_TYPE) ? 'active' : 'absent';
  }

  /**
   * Makes sure the patient has a branch key, creating it on first use. Idempotent and race-safe:
   * concurrent first uses (in this process or any other) end with one key that all of them use.
   * Fails with PatientErasedError for an erased patient unless `reenrol` is set.
   */
  ensureBranchKey(partition: KeyPartition, options: EnsureOptions = {}): Promise<EnsureResult> {
    const branchKeyId = branchKeyIdOf(partition);
    if (!options.reenrol && (this.#knownActive.get(branchKeyId) ?? 0) > Date.now()) return this.#stillActive(partition, branchKeyId);
    const key = `${branchKeyId}${options.reenrol ? ':reenrol' : ''}`;
    let pending = this.#ensuring.get(key);
    if (!pending) {
      pending = this.#ensure(partition, branchKeyId, options)
        .then((result) => {
          this.#rememberActive(branchKeyId);
          return result;
        })
        .finally(() => this.#ensuring.delete(key));
      this.#ensuring.set(key, pending);
    }
    return pending;
  }

  /**
   * A key this process saw active may have been erased since by another process (another Lambda
   * environment): its materials, cached, would still seal, and the data would be stored under a
   * key that no longer exists, acknowledged and lost. So the tombstones (the holder's and the
   * person's) are read again on every use: two consistent GetItems, instead of the partition query
   * and key checks of a first use.
   */
  async #stillActive(partition: KeyPartition, branchKeyId: string): Promise<EnsureResult> {
    const [holderErased, personErased] = await Promise.all([this.#hasTombstone(branchKeyId), this.#hasTombstone(partition.pseudonym)]);
    if (holderErased || personErased) {
      this.#knownActive.delete(branchKeyId);
      throw new PatientErasedError();
    }
    return { branchKeyId, created: false };
  }

  #rememberActive(pseudonym: string): void {
    if (this.#knownActive.size >= this.cacheEntries) this.#knownActive.delete(this.#knownActive.keys().next().value!);
    this.#knownActive.set(pseudonym, Date.now() + this.cacheSeconds * 1000);
  }

  async #ensure(partition: KeyPartition, pseudonym: string, options: EnsureOptions): Promise<EnsureResult> {
    // A person's erasure holds for every holder, re-enrolment or not.
    if (await this.#hasTombstone(partition.pseudonym)) throw new PatientErasedError();
    const types = await this.#partitionTypes(pseudonym);
    if (types.includes(TOMBSTONE_TYPE)) {
      if (!options.reenrol) throw new PatientErasedError();
      // Leftovers of an interrupted erasure go first, then the tombstone.
      await this.#deleteKeyItems(pseudonym);
      await this.#dynamo.send(new DeleteItemCommand({ TableName: this.table, Key: this.#key(pseudonym, TOMBSTONE_TYPE) }));
    } else if (types.includes(ACTIVE_TYPE)) {
      return { branchKeyId: pseudonym, created: false };
    }

    for (let attempt = 1; ; attempt++) {
      try {
        await this.keyStore.createKey({ branchKeyIdentifier: pseudonym, encryptionContext: { ...BRANCH_KEY_CONTEXT } });
        break;
      } catch (error) {
        // Lost the race: another caller's transaction wrote the key first (ConditionalCheckFailed),
        // or both collided (TransactionConflict). Use the key if it is there; retry if not.
        if ((error as Error).name !== 'TransactionCanceledException') throw error;
        if (await this.#hasActiveKey(pseudonym)) return { branchKeyId: pseudonym, created: false };
        if (attempt >= CREATE_ATTEMPTS) throw error;
        await sleep(backoffDelay(attempt, CREATE_BACKOFF));
      }
    }

    // An erasure that ran while the key was being created wrote its tombstone first: if it is there
    // now, nothing is sealed under this key. Its items are not deleted here (only the erase function
    // may delete branch keys); a key that protects no data is removed by the next erasure run.
    if ((await this.#hasTombstone(pseudonym)) || (await this.#hasTombstone(partition.pseudonym))) throw new PatientErasedError();
    return { branchKeyId: pseudonym, created: true };
  }

  /** A new version of the patient's branch key becomes ACTIVE; earlier versions still decrypt what they sealed. */
  async rotateBranchKey(partition: KeyPartition): Promise<void> {
    const branchKeyId = branchKeyIdOf(partition);
    if ((await this.#hasTombstone(branchKeyId)) || (await this.#hasTombstone(partition.pseudonym))) throw new PatientErasedError();
    await this.keyStore.versionKey({ branchKeyIdentifier: branchKeyId });
  }

  /**
   * A holder's crypto-shredding: writes the tombstone, then deletes every other item of the
   * holder's branch key for the patient (ACTIVE, every version, the beacon key), sweeping until
   * none is left. Other holders' keys for the same person are not touched. Idempotent.
   * Returns how many key items were deleted.
   */
  eraseBranchKey(partition: KeyPartition): Promise<{ deletedItems: number }> {
    return this.#erase(branchKeyIdOf(partition));
  }

  /**
   * A person's erasure: the person tombstone first (no holder gets a new key from here on), then
   * every listed holder's branch key as `eraseBranchKey` does. Idempotent.
   */
  async erasePerson(pseudonym: string, holders: readonly string[]): Promise<{ deletedItems: number }> {
    assertPseudonym(pseudonym);
    let { deletedItems } = await this.#erase(pseudonym);
    for (const holder of new Set(holders)) deletedItems += (await this.eraseBranchKey({ pseudonym, holder })).deletedItems;
    return { deletedItems };
  }

  /** Whether the person was erased (a person tombstone). */
  personErased(pseudonym: string): Promise<boolean> {
    assertPseudonym(pseudonym);
    return this.#hasTombstone(pseudonym);
  }

  async #erase(pseudonym: string): Promise<{ deletedItems: number }> {
    try {
      await this.#dynamo.send(
        new PutItemCommand({
          TableName: this.table,
          Item: { ...this.#key(pseudonym, TOMBSTONE_TYPE), 'erased-at': { S: new Date().toISOString() } },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PARTITION_KEY },
        }),
      );
    } catch (error) {
      // Erased before: keep the first erasure time, sweep again all the same.
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
    this.#knownActive.delete(pseudonym);
    const deletedItems = await this.#deleteKeyItems(pseudonym);
    for (const listener of this.#erasureListeners) listener(pseudonym);
    return { deletedItems };
  }

  /** Deletes every item of the partition except the tombstone, until a consistent read finds none. */
  async #deleteKeyItems(pseudonym: string): Promise<number> {
    let deleted = 0;
    for (;;) {
      const types = (await this.#partitionTypes(pseudonym)).filter((type) => type !== TOMBSTONE_TYPE);
      if (types.length === 0) return deleted;
      await Promise.all(types.map((type) => this.#dynamo.send(new DeleteItemCommand({ TableName: this.table, Key: this.#key(pseudonym, type) }))));
      deleted += types.length;
    }
  }

  async #partitionTypes(pseudonym: string): Promise<string[]> {
    const types: string[] = [];
    let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.#dynamo.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': PARTITION_KEY, '#sk': SORT_KEY },
          ExpressionAttributeValues: { ':pk': { S: pseudonym } },
          ProjectionExpression: '#sk',
          ConsistentRead: true,
          ExclusiveStartKey,
        }),
      );
      for (const item of page.Items ?? []) if (item[SORT_KEY]?.S) types.push(item[SORT_KEY].S);
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return types;
  }

  async #hasActiveKey(pseudonym: string): Promise<boolean> {
    return this.#exists(pseudonym, ACTIVE_TYPE);
  }

  async #hasTombstone(pseudonym: string): Promise<boolean> {
    return this.#exists(pseudonym, TOMBSTONE_TYPE);
  }

  async #exists(pseudonym: string, type: string): Promise<boolean> {
    const { Item } = await this.#dynamo.send(
      new GetItemCommand({ TableName: this.table, Key: this.#key(pseudonym, type), ConsistentRead: true, ProjectionExpression: '#sk', ExpressionAttributeNames: { '#sk': SORT_KEY } }),
    );
    return Item !== undefined;
  }

  #key(pseudonym: string, type: string): Record<string, AttributeValue> {
    return { [PARTITION_KEY]: { S: pseudonym }, [SORT_KEY]: { S: type } };
  }
}
