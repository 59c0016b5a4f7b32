import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { awsConfigSchema, parseConfig } from '../../schemas/config.ts';

/**
 * AWS SDK clients, created once per process and shared by every handler in it.
 *
 * Endpoints come from the SDK's own environment settings (`AWS_ENDPOINT_URL_DYNAMODB`,
 * `AWS_ENDPOINT_URL_S3`, `AWS_ENDPOINT_URL_KMS`): unset in AWS, pointed at the stand-ins locally.
 * There is no second code path for local runs.
 */
let clients: { dynamo: DynamoDBClient; documents: DynamoDBDocumentClient; kms: KMSClient; s3: S3Client } | undefined;

export function awsClients() {
  if (clients) return clients;
  const config = parseConfig(awsConfigSchema);
  const dynamo = new DynamoDBClient({ region: config.AWS_REGION });
  clients = {
    dynamo,
    documents: DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } }),
    kms: new KMSClient({ region: config.AWS_REGION }),
    s3: new S3Client({ region: config.AWS_REGION, forcePathStyle: config.S3_FORCE_PATH_STYLE }),
  };
  return clients;
}
