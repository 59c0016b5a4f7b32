import { CreateTableCommand, DescribeTableCommand, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import type { AttributeDefinition, DynamoDBClient, KeySchemaElement } from '@aws-sdk/client-dynamodb';
import { CreateAliasCommand, CreateKeyCommand, ListAliasesCommand } from '@aws-sdk/client-kms';
import type { KMSClient } from '@aws-sdk/client-kms';
import { CreateBucketCommand, HeadBucketCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'jose';
import { BUCKETS, TABLES } from '../../schemas/storage.ts';
import type { TableSpec } from '../../schemas/storage.ts';
import type { ClientRole } from '../../schemas/clients.ts';
import type { ClientRegistry } from '../../functions/access/client-registry.ts';

/**
 * Creates what the functions expect to find (tables, buckets, the exchange's KMS key) and the
 * dev identities. Every step is idempotent: a warm start only checks that things exist.
 */

export const LOCAL_PREFIX = 'fhir-exchange';
export const EXCHANGE_KEY_ALIAS = 'alias/fhir-exchange';
/** The HMAC key patient pseudonyms are computed under (functions/vault/storage/patient-pseudonym.ts). */
export const PSEUDONYM_KEY_ALIAS = 'alias/fhir-exchange-pseudonym';

export function localTableName(name: string): string {
  return `${LOCAL_PREFIX}-${name}`;
}

/**
 * Creates the tables in `TABLES` that do not exist yet, each on the stand-in that serves it:
 * tables marked `transactional` on `stores.transactional` (DynamoDB Local), and only there; the
 * rest on `stores.plain` (dynalite). A store left out is skipped, so the two can be provisioned as
 * each comes up. Returns `{ [configKey]: table name }` for every table, for the functions' environment.
 */
export async function ensureTables(stores: { plain?: DynamoDBClient; transactional?: DynamoDBClient }): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  await Promise.all(
    Object.values(TABLES).map(async (spec: TableSpec) => {
      const TableName = localTableName(spec.name);
      env[spec.configKey] = TableName;
      const store = spec.transactional ? stores.transactional : stores.plain;
      if (store) await ensureTable(store, TableName, spec);
    }),
  );
  return env;
}

async function ensureTable(dynamo: DynamoDBClient, TableName: string, table: TableSpec): Promise<void> {
  try {
    await dynamo.send(new DescribeTableCommand({ TableName }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const keys: KeySchemaElement[] = [{ AttributeName: table.partitionKey, KeyType: 'HASH' }];
  const attributes: AttributeDefinition[] = [{ AttributeName: table.partitionKey, AttributeType: 'S' }];
  if (table.sortKey) {
    keys.push({ AttributeName: table.sortKey, KeyType: 'RANGE' });
    attributes.push({ AttributeName: table.sortKey, AttributeType: 'S' });
  }
  try {
    await dynamo.send(new CreateTableCommand({ TableName, KeySchema: keys, AttributeDefinitions: attributes, BillingMode: 'PAY_PER_REQUEST' }));
  } catch (error) {
    // Another start on the same stand-in created it in the meantime.
    if ((error as Error).name !== 'ResourceInUseException') throw error;
  }
}

export async function ensureBuckets(s3: S3Client): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const spec of Object.values(BUCKETS)) {
    const Bucket = `${LOCAL_PREFIX}-${spec.name}`;
    env[spec.configKey] = Bucket;
    try {
      await s3.send(new HeadBucketCommand({ Bucket }));
      continue;
    } catch (error) {
      // Only a missing bucket is created; one that exists but errors is a fault to report, not
      // to paper over with a CreateBucket that fails with "already exists".
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status !== 404 && (error as Error).name !== 'NotFound' && (error as Error).name !== 'NoSuchBucket') {
        throw new Error(`The S3 stand-in cannot serve bucket ${Bucket} (HeadBucket answered ${status ?? (error as Error).name}); its files are under the data folder's s3/${Bucket}`, { cause: error });
      }
    }
    await s3.send(new CreateBucketCommand({ Bucket }));
  }
  return env;
}

/** The exchange's symmetric KMS key (by alias); returns its ARN. */
export async function ensureExchangeKey(kms: KMSClient): Promise<string> {
  const { Aliases = [] } = await kms.send(new ListAliasesCommand({}));
  const existing = Aliases.find((alias) => alias.AliasName === EXCHANGE_KEY_ALIAS);
  if (existing?.TargetKeyId) {
    return keyArn(existing.AliasArn!, existing.TargetKeyId);
  }
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Description: 'fhir-exchange local root key' }));
  await kms.send(new CreateAliasCommand({ AliasName: EXCHANGE_KEY_ALIAS, TargetKeyId: KeyMetadata!.KeyId! }));
  return KeyMetadata!.Arn!;
}

/**
 * The HMAC_256 key (GENERATE_VERIFY_MAC) under which patient pseudonyms are computed, by alias;
 * returns its ARN. Created once: pseudonyms on chain are only findable as long as this key lives.
 */
export async function ensurePseudonymKey(kms: KMSClient): Promise<string> {
  const { Aliases = [] } = await kms.send(new ListAliasesCommand({}));
  const existing = Aliases.find((alias) => alias.AliasName === PSEUDONYM_KEY_ALIAS);
  if (existing?.TargetKeyId) return keyArn(existing.AliasArn!, existing.TargetKeyId);
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC', Description: 'fhir-exchange local patient pseudonym key' }));
  await kms.send(new CreateAliasCommand({ AliasName: PSEUDONYM_KEY_ALIAS, TargetKeyId: KeyMetadata!.KeyId! }));
  return KeyMetadata!.Arn!;
}

function keyArn(aliasArn: string, keyId: string): string {
  if (keyId.startsWith('arn:')) return keyId;
  return aliasArn.replace(/:alias\/.*$/, `:key/${keyId}`);
}

export interface DevClient {
  clientId: string;
  role: ClientRole;
  providerId?: string;
  scopes: string[];
  algorithm: 'ES384' | 'RS384';
  /** May break the glass (purpose of use BTG/ETREAT); provider clients only. */
  emergencyAccess?: boolean;
}

/** Two providers (one signing with ES384, one with RS384), both allowed break-glass; one research portal, one admin. */
export const DEV_CLIENTS: readonly DevClient[] = [
  { clientId: 'dev-provider-a', role: 'provider', providerId: 'dev-hospital-a', scopes: ['system/*.cruds'], algorithm: 'ES384', emergencyAccess: true },
  { clientId: 'dev-provider-b', role: 'provider', providerId: 'dev-clinic-b', scopes: ['system/*.cruds'], algorithm: 'RS384', emergencyAccess: true },
  { clientId: 'dev-research', role: 'research', scopes: ['system/*.rs'], algorithm: 'ES384' },
  { clientId: 'dev-admin', role: 'admin', scopes: ['system/*.cruds'], algorithm: 'ES384' },
];

export interface SeededClient {
  clientId: string;
  role: ClientRole;
  providerId?: string;
  scopes: string[];
  privateJwkFile: string;
}

/**
 * Gives each dev client a key pair (private JWK in the data folder, mode 0600; public JWK in the
 * registry). An existing registration is left alone, so a client suspended during development
 * stays suspended across restarts (and one whose emergency access was withdrawn stays without
 * it); only a registration written before `emergencyAccess` existed gets the dev default once.
 */
export async function seedDevClients(dataDir: string, registry: ClientRegistry): Promise<SeededClient[]> {
  const folder = join(dataDir, 'clients');
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await chmod(folder, 0o700);
  const seeded: SeededClient[] = [];
  for (const client of DEV_CLIENTS) {
    const privateJwkFile = join(folder, `${client.clientId}.private.jwk.json`);
    let privateJwk: JWK | undefined;
    try {
      privateJwk = JSON.parse(await readFile(privateJwkFile, 'utf8')) as JWK;
    } catch {
      privateJwk = undefined;
    }
    const registered = await registry.get(client.clientId, { fresh: true });
    if (!privateJwk || !registered) {
      if (!privateJwk) {
        const { privateKey } = await generateKeyPair(client.algorithm, { extractable: true, ...(client.algorithm === 'RS384' ? { modulusLength: 3072 } : {}) });
        privateJwk = await exportJWK(privateKey);
        privateJwk.alg = client.algorithm;
        privateJwk.kid = await calculateJwkThumbprint(privateJwk);
        await writeFile(privateJwkFile, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600 });
      }
      const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
      await registry.put(client.clientId, {
        role: client.role,
        ...(client.providerId ? { providerId: client.providerId } : {}),
        status: 'active',
        scopes: client.scopes,
        jwks: { keys: [{ ...publicJwk, use: 'sig' } as never] },
        emergencyAccess: client.emergencyAccess === true,
      });
    } else if (registered.emergencyAccess === undefined && client.emergencyAccess) {
      const { clientId: _clientId, createdAt: _createdAt, updatedAt: _updatedAt, ...registration } = registered;
      await registry.put(client.clientId, { ...registration, emergencyAccess: true });
    }
    seeded.push({ clientId: client.clientId, role: client.role, ...(client.providerId ? { providerId: client.providerId } : {}), scopes: client.scopes, privateJwkFile });
  }
  return seeded;
}
