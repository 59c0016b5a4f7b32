import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Remembers every client-assertion `jti` until the assertion expires, so none is used twice
 * (RFC 7523 section 3, SMART Backend Services "jti ... MUST NOT be reused"). One conditional put:
 * of two concurrent requests with the same jti exactly one wins, on any number of functions.
 */
export class JtiReplayGuard {
  readonly #documents: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(documents: DynamoDBDocumentClient, table: string) {
    this.#documents = documents;
    this.#table = table;
  }

  /** Records the jti; `false` if it was seen before. `expiresAt` is epoch seconds (DynamoDB TTL). */
  async claim(clientId: string, jti: string, expiresAt: number): Promise<boolean> {
    try {
      await this.#documents.send(
        new PutCommand({
          TableName: this.#table,
          Item: { key: `${clientId}#${jti}`, expiresAt },
          ConditionExpression: 'attribute_not_exists(#key)',
          ExpressionAttributeNames: { '#key': 'key' },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }
}
