import { createHash } from 'node:crypto';
import { BatchWriteItemCommand } from '@aws-sdk/client-dynamodb';
import type { WriteRequest } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { backoffDelay, sleep } from '../../platform/retry.ts';

/**
 * The vault's catalog: one DynamoDB table (TABLES.catalog, keys `pk`/`sk`) holding everything the
 * vault knows about what it stores, and nothing a reader could learn PHI from. Its keys are made
 * of provider ids, resource types and ids, patient pseudonyms (64-hex HMACs), object keys and
 * HMAC identifier tokens.
 *
 * | item | pk | sk | written |
 * |---|---|---|---|
 * | commit record | `commit#<commitId>` | `commit` | once, conditionally: the commit point of an ingest |
 * | intent | `intent#<shard>` | `<createdAt>#<commitId>` | before anything else; deleted once the commit is indexed |
 * | current version | `r#<provider>#<type>#<id>` | `current` | after the commit (erased: a tombstone) |
 * | superseded version | `r#<provider>#<type>#<id>` | `v#<vid, 10 digits>` | when a newer version becomes current |
 * | object | `p#<pseudonym>` | `obj#<provider>#<objectKey>` | after the commit: what one sealed object holds |
 * | holder | `p#<pseudonym>` | `holder#<provider>` | once the holding is on chain |
 * | identifier token | `i#<provider>#<type>#<token>` | `<id>` | after the commit (Patient and shared resources) |
 * | pending commitments | `anchor#pending#<shard>` | `<createdAt>#<objectId>` | after the commit, until anchored |
 * | pending holdings | `holdings#pending` | `<commitId>` | after the commit, until registered on chain |
 * | pending emergency access | `emergency#pending` | `<ISO time>#<requestId>` | by a break-glass read (read/emergency-access.ts), until recorded on chain |
 *
 * The exchange never uses TransactWriteItems: the commit record alone decides whether an ingest
 * happened; every other item is derived from it (its manifest) and written idempotently.
 */

export const SHARDS = 16;

export const keys = {
  commit: (commitId: string) => ({ pk: `commit#${commitId}`, sk: 'commit' }),
  intent: (commitId: string, createdAt: string) => ({ pk: `intent#${shardOf(commitId)}`, sk: `${createdAt}#${commitId}` }),
  current: (providerId: string, type: string, id: string) => ({ pk: resourcePk(providerId, type, id), sk: 'current' }),
  version: (providerId: string, type: string, id: string, versionId: number) => ({ pk: resourcePk(providerId, type, id), sk: `v#${String(versionId).padStart(10, '0')}` }),
  object: (pseudonym: string, providerId: string, objectKey: string) => ({ pk: `p#${pseudonym}`, sk: `obj#${providerId}#${objectKey}` }),
  holder: (pseudonym: string, providerId: string) => ({ pk: `p#${pseudonym}`, sk: `holder#${providerId}` }),
  identifier: (providerId: string, type: string, token: string, id: string) => ({ pk: `i#${providerId}#${type}#${token}`, sk: id }),
  pendingCommitments: (objectId: string, createdAt: string) => ({ pk: `anchor#pending#${shardOf(objectId)}`, sk: `${createdAt}#${objectId}` }),
  pendingHoldings: (commitId: string) => ({ pk: 'holdings#pending', sk: commitId }),
};

export function resourcePk(providerId: string, type: string, id: string): string {
  return `r#${providerId}#${type}#${id}`;
}

export function shardOf(id: string): number {
  return createHash('sha256').update(id).digest()[0]! % SHARDS;
}

export type Key = { pk: string; sk: string };
/** An item to write: its key and any attributes. */
export type Item = Key & { readonly [attribute: string]: unknown };

/** The `current` item of a resource: where its latest version lives, or that it was erased. */
export interface CurrentItem extends Key {
  versionId: number;
  lastUpdated: string;
  pseudonym: string;
  objectKey: string;
  /** The resource's position among the object's entries. */
  position: number;
  commitment: string;
  commitId: string;
  /** HMAC tokens of its identifiers (Patient and shared resources only). */
  tokens?: string[];
  /** Set on the tombstone an erasure leaves: reads answer 410. */
  erasedAt?: string;
}

/** What one sealed object holds (the object item). `entries` lists `Type/id/vid`, in position order. */
export interface ObjectItem extends Key {
  objectKey: string;
  objectId: string;
  providerId: string;
  commitId: string;
  createdAt: string;
  entries: string[];
}

const BATCH_WRITE = 25;
/** As the document clients are made (functions/platform/aws-clients.ts). */
const MARSHALL_OPTIONS = { removeUndefinedValues: true } as const;
const BATCH_GET = 100;
const ATTEMPTS = 8;
/** DynamoDB's advice for unprocessed items: exponential back-off with jitter. */
const UNPROCESSED_BACKOFF = { baseMs: 50, maxMs: 1000, jitter: 0.5 };

export class Catalog {
  readonly table: string;
  readonly #db: DynamoDBDocumentClient;

  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.table = table;
  }

  async get<T extends Key>(key: Key): Promise<T | undefined> {
    const { Item } = await this.#db.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }));
    return Item as T | undefined;
  }

  /** Consistent reads of many items; absent ones are left out of the map (keyed by `pk sk`). */
  async getMany<T extends Key>(items: readonly Key[]): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    const distinct = [...new Map(items.map((key) => [itemId(key), key])).values()];
    for (let start = 0; start < distinct.length; start += BATCH_GET) {
      let pending: Key[] = distinct.slice(start, start + BATCH_GET);
      for (let attempt = 1; pending.length > 0; attempt++) {
        const result = await this.#db.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }));
        for (const item of result.Responses?.[this.table] ?? []) found.set(itemId(item as Key), item as T);
        pending = (result.UnprocessedKeys?.[this.table]?.Keys ?? []) as Key[];
        if (pending.length > 0) await backoff(attempt, 'BatchGetItem');
      }
    }
    return found;
  }

  /** A put that succeeds only if the item does not exist; false if it did. */
  async putNew(item: Key): Promise<boolean> {
    try {
      await this.#db.send(new PutCommand({ TableName: this.table, Item: item as Record<string, unknown>, ConditionExpression: 'attribute_not_exists(pk)' }));
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** A put under a condition; false if the condition failed. */
  async putIf(item: Key, condition: string, values: Record<string, unknown>): Promise<boolean> {
    try {
      await this.#db.send(new PutCommand({ TableName: this.table, Item: item as Record<string, unknown>, ConditionExpression: condition, ExpressionAttributeValues: values }));
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  async put(item: Key): Promise<void> {
    await this.#db.send(new PutCommand({ TableName: this.table, Item: item as Record<string, unknown> }));
  }

  async delete(key: Key): Promise<void> {
    await this.#db.send(new DeleteCommand({ TableName: this.table, Key: { pk: key.pk, sk: key.sk } }));
  }

  /**
   * Unconditional puts and deletes, 25 per request, retrying what DynamoDB leaves unprocessed.
   * The items are flat (strings, numbers, lists of strings): each is marshalled once, here, with
   * the SDK's own marshaller, and sent as a plain BatchWriteItem. The document client would walk
   * the whole request to find the items first: about a fifth of the SDK's CPU for a batch of 25,
   * measured side by side against the same no-op server as the ingest bench's SDK line.
   * Unprocessed items come back marshalled and go again as they are.
   */
  async writeMany(puts: readonly Item[], deletes: readonly Key[] = []): Promise<void> {
    const requests: WriteRequest[] = [
      ...puts.map((item) => ({ PutRequest: { Item: marshall(item, MARSHALL_OPTIONS) } })),
      ...deletes.map((key) => ({ DeleteRequest: { Key: marshall({ pk: key.pk, sk: key.sk }) } })),
    ];
    const chunks: WriteRequest[][] = [];
    for (let start = 0; start < requests.length; start += BATCH_WRITE) chunks.push(requests.slice(start, start + BATCH_WRITE));
    await forEachLimit(chunks, 4, async (chunk) => {
      let pending = chunk;
      for (let attempt = 1; pending.length > 0; attempt++) {
        const result = await this.#db.send(new BatchWriteItemCommand({ RequestItems: { [this.table]: pending } }));
        pending = result.UnprocessedItems?.[this.table] ?? [];
        if (pending.length > 0) await backoff(attempt, 'BatchWriteItem');
      }
    });
  }

  /** Every item of a partition (optionally with a sort key prefix), consistently read. */
  async query<T extends Key>(pk: string, skPrefix?: string, options: { limit?: number; before?: string } = {}): Promise<T[]> {
    const items: T[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const conditions = ['pk = :pk'];
      const values: Record<string, unknown> = { ':pk': pk };
      if (skPrefix !== undefined) {
        conditions.push('begins_with(sk, :prefix)');
        values[':prefix'] = skPrefix;
      } else if (options.before !== undefined) {
        conditions.push('sk < :before');
        values[':before'] = options.before;
      }
      const page = await this.#db.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: conditions.join(' AND '),
          ExpressionAttributeValues: values,
          ConsistentRead: true,
          ExclusiveStartKey,
          ...(options.limit ? { Limit: options.limit - items.length } : {}),
        }),
      );
      items.push(...((page.Items ?? []) as T[]));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey && (!options.limit || items.length < options.limit));
    return items;
  }
}

/** The providers holding records of `pseudonym`: those with objects of theirs, and those registered as holders. */
export async function holdersOf(catalog: Catalog, pseudonym: string): Promise<string[]> {
  const [objects, holdings] = await Promise.all([catalog.query<ObjectItem>(`p#${pseudonym}`, 'obj#'), catalog.query<Key>(`p#${pseudonym}`, 'holder#')]);
  return [...new Set([...objects.map((object) => object.providerId), ...holdings.map((item) => item.sk.slice('holder#'.length))])].sort();
}

export function itemId(key: Key): string {
  return `${key.pk} ${key.sk}`;
}

async function backoff(attempt: number, operation: string): Promise<void> {
  if (attempt >= ATTEMPTS) throw new Error(`${operation}: items still unprocessed after ${ATTEMPTS} attempts`);
  await sleep(backoffDelay(attempt, UNPROCESSED_BACKOFF));
}

/** Runs `task` over `items` with at most `limit` in flight; the first failure rejects (after the others settle). */
export async function forEachLimit<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      const index = next++;
      try {
        await task(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
}
