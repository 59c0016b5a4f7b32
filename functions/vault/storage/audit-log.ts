import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { backoffDelay, sleep } from '../../platform/retry.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Basis } from '../../access/decide.ts';
import type { PurposeOfUse } from '../../access/principal.ts';

/**
 * The access log: one entry per read of, or change to, a patient's records: who (client,
 * provider), what (resource references, the operation), when, why (the purpose of use), keyed by
 * the patient's pseudonym so that the patient's own view (a later issue) is one query. Entries
 * hold ids and codes, never PHI. The entry is written before the data is returned: a read that
 * cannot be logged is not answered.
 *
 * Item: pk `a#<pseudonym>`, sk `<ISO time>#<uuid>`.
 */

export type AuditAction = 'read' | 'vread' | 'everything' | 'verify' | 'erase' | 'erase-person' | 'search' | 'enrollment-code' | 'recovery-code' | 'recovery-veto' | 'export';

export interface AuditEntry {
  pseudonym: string;
  action: AuditAction;
  /** The client that asked (absent for a patient). */
  clientId?: string;
  /** The provider the client acts for. */
  providerId?: string;
  /** Whose partition of the patient was touched (the holder of the records). */
  holder?: string;
  /** `Type/id` or `Type/id/_history/n` of what was touched (ids only). */
  resources: string[];
  /** The access decision (functions/access/decide.ts): its purpose of use and basis. */
  purpose: PurposeOfUse;
  basis: Basis;
  /** The reason the caller gave (an admin's legal order reference, a break-glass reason). */
  reason?: string;
  /** `deny` for a refused request (its basis is the one that was asked for); absent for what was done. */
  decision?: 'deny';
  requestId: string;
}

export interface StoredAuditEntry extends AuditEntry {
  recordedAt: string;
}

/** More references than this in one entry are counted, not listed (an item is at most 400 KB). */
const MAX_LISTED = 500;
/** BatchWriteItem's limit, its attempts and back-off for unprocessed items (DynamoDB's advice: exponential, with jitter). */
const BATCH_WRITE = 25;
const BATCH_ATTEMPTS = 8;
const UNPROCESSED_BACKOFF = { baseMs: 50, maxMs: 1000, jitter: 0.5 };

function itemOf(entry: AuditEntry, recordedAt: string): Record<string, unknown> {
  return { pk: `a#${entry.pseudonym}`, sk: `${recordedAt}#${randomUUID()}`, ...entry, resources: entry.resources.slice(0, MAX_LISTED), resourceCount: entry.resources.length, recordedAt };
}

export class AuditLog {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async record(entries: readonly AuditEntry[]): Promise<void> {
    const recordedAt = new Date().toISOString();
    await Promise.all(entries.map((entry) => this.#db.send(new PutCommand({ TableName: this.#table, Item: itemOf(entry, recordedAt) }))));
  }

  /**
   * Records many entries (of any patients) in BatchWriteItem requests of 25, retrying what
   * DynamoDB leaves unprocessed: for a worker that reads many patients in a row (the export),
   * where one request per entry would cost more than the reads it logs.
   */
  async recordBatch(entries: readonly AuditEntry[]): Promise<void> {
    const recordedAt = new Date().toISOString();
    const requests = entries.map((entry) => ({ PutRequest: { Item: itemOf(entry, recordedAt) } }));
    await Promise.all(
      Array.from({ length: Math.ceil(requests.length / BATCH_WRITE) }, async (_, chunk) => {
        let pending = requests.slice(chunk * BATCH_WRITE, (chunk + 1) * BATCH_WRITE);
        for (let attempt = 1; pending.length > 0; attempt++) {
          const result = await this.#db.send(new BatchWriteCommand({ RequestItems: { [this.#table]: pending } }));
          pending = (result.UnprocessedItems?.[this.#table] ?? []) as typeof pending;
          if (pending.length === 0) break;
          if (attempt >= BATCH_ATTEMPTS) throw new Error(`BatchWriteItem: audit entries still unprocessed after ${BATCH_ATTEMPTS} attempts`);
          await sleep(backoffDelay(attempt, UNPROCESSED_BACKOFF));
        }
      }),
    );
  }

  /** A patient's entries, oldest first. */
  async entriesFor(pseudonym: string): Promise<StoredAuditEntry[]> {
    const items: StoredAuditEntry[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#db.send(
        new QueryCommand({ TableName: this.#table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `a#${pseudonym}` }, ExclusiveStartKey, ConsistentRead: true }),
      );
      items.push(...((page.Items ?? []) as StoredAuditEntry[]));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }
}
