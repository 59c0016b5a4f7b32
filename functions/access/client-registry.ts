import { GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ClientRecord, ClientRegistration } from '../../schemas/clients.ts';
import { badRequest } from '../fhir/outcomes.ts';
import { parseScope } from './smart-scopes.ts';

/**
 * The client registry in DynamoDB: client id → role, provider, allowed scopes, public JWKS,
 * status and (provider clients) whether it may break the glass (`emergencyAccess`). Lookups are cached for a short while, so a suspension reaches every warm function
 * within the cache window (`CLIENT_CACHE_TTL_SECONDS`), and at once in the function that made it.
 */
export class ClientRegistry {
  readonly #documents: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #ttlMs: number;
  readonly #cache = new Map<string, { record: ClientRecord | undefined; until: number }>();

  constructor(documents: DynamoDBDocumentClient, table: string, cacheTtlSeconds: number) {
    this.#documents = documents;
    this.#table = table;
    this.#ttlMs = cacheTtlSeconds * 1000;
  }

  async get(clientId: string, { fresh = false } = {}): Promise<ClientRecord | undefined> {
    const cached = this.#cache.get(clientId);
    if (!fresh && cached && cached.until > Date.now()) return cached.record;
    const { Item } = await this.#documents.send(new GetCommand({ TableName: this.#table, Key: { clientId }, ConsistentRead: true }));
    const record = Item as ClientRecord | undefined;
    if (this.#ttlMs > 0) this.#cache.set(clientId, { record, until: Date.now() + this.#ttlMs });
    return record;
  }

  /** Creates or replaces a registration; returns the stored record and whether it is new. */
  async put(clientId: string, registration: ClientRegistration): Promise<{ record: ClientRecord; created: boolean }> {
    registration.scopes.forEach((scope, index) => {
      if (!parseScope(scope)) throw badRequest('Not a SMART system scope this server supports', `scopes[${index}]`);
    });
    if (registration.emergencyAccess && registration.role !== 'provider') throw badRequest('Only provider clients may be allowed emergency access', 'emergencyAccess');
    const now = new Date().toISOString();
    const existing = await this.get(clientId, { fresh: true });
    const record: ClientRecord = { ...registration, clientId, createdAt: existing?.createdAt ?? now, updatedAt: now };
    await this.#documents.send(new PutCommand({ TableName: this.#table, Item: record }));
    this.#cache.delete(clientId);
    return { record, created: !existing };
  }

  async list(): Promise<ClientRecord[]> {
    const records: ClientRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#documents.send(new ScanCommand({ TableName: this.#table, ExclusiveStartKey: startKey }));
      records.push(...((page.Items ?? []) as ClientRecord[]));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return records.sort((a, b) => a.clientId.localeCompare(b.clientId));
  }
}
