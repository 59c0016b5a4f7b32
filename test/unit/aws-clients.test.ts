import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { withoutSdkLogging } from '../../functions/platform/aws-clients.ts';

const logging = (client: { middlewareStack: { identify(): string[] } }) => client.middlewareStack.identify().filter((name) => name.startsWith('loggerMiddleware'));

describe('withoutSdkLogging', () => {
  it.each([
    ['DynamoDB', () => new DynamoDBClient({ region: 'us-east-1' })],
    ['S3', () => new S3Client({ region: 'us-east-1' })],
    ['KMS', () => new KMSClient({ region: 'us-east-1' })],
  ])('takes the logger middleware out of the %s client, and only it', (_, make) => {
    const client = make();
    const before = client.middlewareStack.identify();
    expect(logging(client)).toHaveLength(1);
    withoutSdkLogging(client);
    expect(logging(client)).toEqual([]);
    expect(client.middlewareStack.identify()).toEqual(before.filter((name) => !name.startsWith('loggerMiddleware')));
  });

  it('throws when there is no logger middleware to take out (an SDK that renamed it is noticed)', () => {
    const client = withoutSdkLogging(new DynamoDBClient({ region: 'us-east-1' }));
    expect(() => withoutSdkLogging(client)).toThrow(/loggerMiddleware/);
  });

  it('a logger given to the client then sees nothing of the items sent', async () => {
    const lines: unknown[] = [];
    const record = (...args: unknown[]) => lines.push(args);
    const client = withoutSdkLogging(new DynamoDBClient({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9', credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, maxAttempts: 1, logger: { debug: record, info: record, warn: record, error: record } }));
    await expect(client.send(new PutItemCommand({ TableName: 'catalog', Item: { pk: { S: 'p#secret-pseudonym' }, sk: { S: 'x' } } }))).rejects.toThrow();
    expect(JSON.stringify(lines)).not.toContain('secret-pseudonym');
  });
});
