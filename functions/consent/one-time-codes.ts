import { createHash, randomBytes } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Single-use secrets with a short life: a patient's enrollment code (shown in person by the
 * provider) and, for sign-in, a nonce. One item each, keyed by the SHA-256 of the secret so that a
 * read of the table reveals no usable code; redeeming is one conditional delete, so of two
 * concurrent redemptions exactly one gets the payload. DynamoDB TTL removes what expires unused
 * (the expiry is also checked on redemption, since TTL deletion is lazy).
 */

/** Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or typed is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `patient-session-ended`: the id of a patient session signed out before it expired (kept until then). */
/** `recovery`: a recovery code (shown in person by a provider, for a patient who lost their wallet). */
export type CodeKind = 'enrollment' | 'recovery' | 'siwe-nonce' | 'patient-session-ended';

/** A fresh code of `groups` groups of four characters (5 bits each), e.g. `7KQ2-M9XD-…`. */
export function newCode(groups = 4): string {
  const bytes = randomBytes(groups * 4);
  const chars = [...bytes].map((byte) => ALPHABET[byte & 31]);
  return Array.from({ length: groups }, (_, group) => chars.slice(group * 4, group * 4 + 4).join('')).join('-');
}

/** The code as typed (any case, spaces or dashes, O for 0, I or L for 1) in its canonical form. */
export function normaliseCode(code: string): string {
  const plain = code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return plain.match(/.{1,4}/g)?.join('-') ?? '';
}

export class OneTimeCodes {
  readonly #documents: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #now: () => number;

  constructor(documents: DynamoDBDocumentClient, table: string, now: () => number = Date.now) {
    this.#documents = documents;
    this.#table = table;
    this.#now = now;
  }

  #key(kind: CodeKind, code: string): string {
    return `${kind}#${createHash('sha256').update(normaliseCode(code)).digest('hex')}`;
  }

  /** Stores `payload` under a fresh code valid for `ttlSeconds`; returns the code and its expiry. */
  async issue<T extends Record<string, string>>(kind: CodeKind, payload: T, ttlSeconds: number, code = newCode()): Promise<{ code: string; expiresAt: Date }> {
    const expiresAt = Math.floor(this.#now() / 1000) + ttlSeconds;
    await this.#documents.send(
      new PutCommand({
        TableName: this.#table,
        Item: { key: this.#key(kind, code), kind, payload, expiresAt },
        ConditionExpression: 'attribute_not_exists(#key)',
        ExpressionAttributeNames: { '#key': 'key' },
      }),
    );
    return { code, expiresAt: new Date(expiresAt * 1000) };
  }

  /**
   * Takes the code: its payload and expiry if it existed and had not expired, else undefined. A
   * code can be taken once; an expired one is removed too.
   */
  async redeem<T extends Record<string, string>>(kind: CodeKind, code: string): Promise<{ payload: T; expiresAt: Date } | undefined> {
    if (normaliseCode(code).length === 0 || code.length > 64) return undefined;
    try {
      const { Attributes } = await this.#documents.send(
        new DeleteCommand({
          TableName: this.#table,
          Key: { key: this.#key(kind, code) },
          ConditionExpression: 'attribute_exists(#key)',
          ExpressionAttributeNames: { '#key': 'key' },
          ReturnValues: 'ALL_OLD',
        }),
      );
      const expiresAt = Number(Attributes?.['expiresAt']) * 1000;
      if (!Attributes || !(expiresAt > this.#now())) return undefined;
      return { payload: Attributes['payload'] as T, expiresAt: new Date(expiresAt) };
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return undefined;
      throw error;
    }
  }

  /** Whether the code exists and has not expired (without taking it). */
  async has(kind: CodeKind, code: string): Promise<boolean> {
    if (normaliseCode(code).length === 0 || code.length > 64) return false;
    const { Item } = await this.#documents.send(new GetCommand({ TableName: this.#table, Key: { key: this.#key(kind, code) }, ConsistentRead: true }));
    return Item !== undefined && Number(Item['expiresAt']) * 1000 > this.#now();
  }

  /** The payload of an unexpired code, without taking it. */
  async peek<T extends Record<string, string>>(kind: CodeKind, code: string): Promise<T | undefined> {
    if (normaliseCode(code).length === 0 || code.length > 64) return undefined;
    const { Item } = await this.#documents.send(new GetCommand({ TableName: this.#table, Key: { key: this.#key(kind, code) }, ConsistentRead: true }));
    return Item !== undefined && Number(Item['expiresAt']) * 1000 > this.#now() ? (Item['payload'] as T) : undefined;
  }

  /** Puts a redeemed code back until its original expiry (the step after redemption failed for a passing reason). */
  async restore<T extends Record<string, string>>(kind: CodeKind, code: string, payload: T, expiresAt: Date): Promise<void> {
    await this.#documents.send(
      new PutCommand({ TableName: this.#table, Item: { key: this.#key(kind, code), kind, payload, expiresAt: Math.floor(expiresAt.getTime() / 1000) } }),
    );
  }
}
