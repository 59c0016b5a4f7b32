import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { localTableName, LOCAL_PREFIX } from '../../infra/local/provision.ts';
import type { StackInfo } from '../../infra/local/local-stack.ts';
import { BUCKETS, TABLES } from '../../schemas/storage.ts';

/**
 * Reads what the local stack's stand-ins hold, through their AWS APIs: every item of a table,
 * every object of a bucket. For tests that compare storage before and after a request, and scan
 * stored bytes for PHI.
 */

/** Items and objects the vault worker writes and deletes on its own schedule (holdings, anchoring). */
const BACKGROUND_ITEM = /^holdings#pending |^p#[0-9a-f]{64} holder#|^anchor#/;
const BACKGROUND_OBJECT = /^a\//;
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export class StoreInspector {
  readonly s3: S3Client;
  readonly dynamo: DynamoDBClient;
  readonly dynamoLocal: DynamoDBClient;

  constructor(info: StackInfo) {
    const region = info.services.region;
    this.s3 = new S3Client({ region, endpoint: info.services.s3, forcePathStyle: true, credentials: CREDENTIALS });
    this.dynamo = new DynamoDBClient({ region, endpoint: info.services.dynamodb, credentials: CREDENTIALS });
    this.dynamoLocal = new DynamoDBClient({ region, endpoint: info.services.dynamodbLocal, credentials: CREDENTIALS });
  }

  static bucket(name: keyof typeof BUCKETS): string {
    return `${LOCAL_PREFIX}-${BUCKETS[name].name}`;
  }

  static table(name: keyof typeof TABLES): string {
    return localTableName(TABLES[name].name);
  }

  async items(name: keyof typeof TABLES): Promise<Record<string, unknown>[]> {
    const client = DynamoDBDocumentClient.from('transactional' in TABLES[name] ? this.dynamoLocal : this.dynamo);
    const items: Record<string, unknown>[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(new ScanCommand({ TableName: StoreInspector.table(name), ExclusiveStartKey, ConsistentRead: true }));
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  async objectKeys(name: keyof typeof BUCKETS): Promise<string[]> {
    const keys: string[] = [];
    let ContinuationToken: string | undefined;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: StoreInspector.bucket(name), ContinuationToken }));
      keys.push(...(page.Contents ?? []).map((object) => object.Key!));
      ContinuationToken = page.NextContinuationToken;
    } while (ContinuationToken);
    return keys.sort();
  }

  async object(name: keyof typeof BUCKETS, key: string): Promise<Uint8Array> {
    const { Body } = await this.s3.send(new GetObjectCommand({ Bucket: StoreInspector.bucket(name), Key: key }));
    return Body!.transformToByteArray();
  }

  /**
   * Keys of every item of the vault's tables and every object of its bucket: what a request may
   * have written. Left out: what the vault worker changes on its own schedule (pending holdings
   * and holder marks, pending commitments, anchor batches and their leaves files).
   */
  async snapshot(): Promise<{ objects: string[]; catalog: string[]; audit: number; branchKeys: string[] }> {
    const [objects, catalog, audit, branchKeys] = await Promise.all([this.objectKeys('vault'), this.items('catalog'), this.items('audit'), this.items('branchKeys')]);
    return {
      objects: objects.filter((key) => !BACKGROUND_OBJECT.test(key)),
      catalog: catalog
        .map((item) => `${String(item['pk'])} ${String(item['sk'])}`)
        .filter((key) => !BACKGROUND_ITEM.test(key))
        .sort(),
      audit: audit.length,
      branchKeys: branchKeys.map((item) => `${String(item['branch-key-id'])} ${String(item['type'])}`).sort(),
    };
  }

  destroy(): void {
    this.s3.destroy();
    this.dynamo.destroy();
    this.dynamoLocal.destroy();
  }
}
