import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DescribeTableCommand,
  DynamoDBClient,
  RestoreTableToPointInTimeCommand,
  UpdateContinuousBackupsCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { GetParametersByPathCommand, SSMClient } from '@aws-sdk/client-ssm';
import { CopyObjectCommand, ListObjectVersionsCommand, S3Client } from '@aws-sdk/client-s3';
import { DeleteFunctionConcurrencyCommand, InvokeCommand, LambdaClient, PutFunctionConcurrencyCommand } from '@aws-sdk/client-lambda';
import { ApiGatewayV2Client, UpdateStageCommand } from '@aws-sdk/client-apigatewayv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ERASURE_REPLAY, VAULT_WORKER } from '../../infra/cdk/api-stack.ts';
import { runRestoreRunbook, versionsAt } from '../../infra/cdk/restore-runbook.ts';
import type { RestoreDeployContext, RunbookOptions } from '../../infra/cdk/restore-runbook.ts';
import { API_HELD_CONTEXT, POINT_IN_TIME_RECOVERY_DAYS, restoreSourceFrom } from '../../infra/cdk/stateful-stack.ts';
import { TABLES } from '../../schemas/storage.ts';
import type { TableSpec } from '../../schemas/storage.ts';

/**
 * The runbook's choice of the vault bucket's object versions as of one instant
 * (infra/cdk/restore-runbook.ts): per key, the newest version written at or before it, none when
 * that is a delete marker (the object was deleted, or erased, by then) or when the key was written
 * only later.
 */
const at = (iso: string) => new Date(iso);
const T = at('2026-12-05T06:00:00Z');

describe('versionsAt', () => {
  test('takes the newest version written at or before the instant, for every key', () => {
    const chosen = versionsAt(
      [
        { Key: 'o/a', VersionId: 'a1', LastModified: at('2026-12-05T05:00:00Z') },
        { Key: 'o/a', VersionId: 'a2', LastModified: at('2026-12-05T05:59:59Z') },
        { Key: 'o/a', VersionId: 'a3', LastModified: at('2026-12-05T06:00:01Z') },
        { Key: 'o/b', VersionId: 'b1', LastModified: T },
      ],
      [],
      T,
    );
    expect(chosen).toEqual([
      { key: 'o/a', versionId: 'a2' },
      { key: 'o/b', versionId: 'b1' },
    ]);
  });

  test('leaves out a key deleted by then (its newest entry is a delete marker), and one written only later', () => {
    const chosen = versionsAt(
      [
        { Key: 'o/erased', VersionId: 'e1', LastModified: at('2026-12-05T04:00:00Z') },
        { Key: 'o/later', VersionId: 'l1', LastModified: at('2026-12-05T07:00:00Z') },
        { Key: 'o/back', VersionId: 'k1', LastModified: at('2026-12-05T04:00:00Z') },
      ],
      [
        { Key: 'o/erased', VersionId: 'm1', LastModified: at('2026-12-05T05:30:00Z') },
        // Deleted only after the instant: the version before it is restored.
        { Key: 'o/back', VersionId: 'm2', LastModified: at('2026-12-05T06:30:00Z') },
      ],
      T,
    );
    expect(chosen).toEqual([{ key: 'o/back', versionId: 'k1' }]);
  });
});

/**
 * The runbook's AWS calls (infra/cdk/restore-runbook.ts), every client mocked with
 * aws-sdk-client-mock: the reads that give the restored stage's deploy context, then hold →
 * point-in-time restores → wait → the settings a restore drops → version copy → replay → release.
 */
describe('runRestoreRunbook', () => {
  const ACCOUNT = '111122223333';
  const arnOf: Record<string, string> = {
    'alias/fhir-exchange-prod': `arn:aws:kms:eu-west-1:${ACCOUNT}:key/0b1c2d3e-1111-4222-8333-444455556666`,
    'alias/fhir-exchange-prod-pseudonym': `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1b1c2d3e-1111-4222-8333-444455556666`,
    'alias/fhir-exchange-prod-operator': `arn:aws:kms:eu-west-1:${ACCOUNT}:key/2b1c2d3e-1111-4222-8333-444455556666`,
    'alias/fhir-exchange-prod-admin': `arn:aws:kms:eu-west-1:${ACCOUNT}:key/3b1c2d3e-1111-4222-8333-444455556666`,
  };
  const RPC = 'https://rpc.example.org/v1?key=a b';
  const tables = Object.values(TABLES) as TableSpec[];
  const mocks = {
    dynamo: mockClient(DynamoDBClient),
    s3: mockClient(S3Client),
    lambda: mockClient(LambdaClient),
    api: mockClient(ApiGatewayV2Client),
    kms: mockClient(KMSClient),
    ssm: mockClient(SSMClient),
  };
  let calls: [string, Record<string, unknown>][];
  let dir: string;
  const record = (name: string, answer: (input: Record<string, unknown>) => unknown = () => ({})) => (input: Record<string, unknown>) => {
    calls.push([name, input]);
    return answer(input);
  };
  const names = () => calls.map(([name]) => name);
  const options = (extra: Partial<RunbookOptions> = {}): RunbookOptions => ({
    stage: 'prod',
    toStage: 'prod-r1',
    time: T,
    fromBucket: 'prod-vault',
    toBucket: 'prod-r1-vault',
    apiId: 'api123',
    replayFunction: 'fhir-exchange-prod-r1-erasure-replay',
    vaultWorkerFunction: 'fhir-exchange-prod-r1-vault-worker',
    rate: 100,
    burst: 200,
    execute: true,
    pollIntervalMs: 1,
    ...extra,
  });

  beforeEach(() => {
    calls = [];
    dir = mkdtempSync(join(tmpdir(), 'restore-runbook-'));
    for (const mock of Object.values(mocks)) mock.reset();
    mocks.kms.on(DescribeKeyCommand).callsFake(record('kms:DescribeKey', (input) => ({ KeyMetadata: { KeyId: 'x', Arn: arnOf[String(input['KeyId'])] } })));
    mocks.ssm.on(GetParametersByPathCommand).callsFake(
      record('ssm:GetParametersByPath', (input) =>
        input['NextToken']
          ? { Parameters: [{ Name: '/fhir-exchange/prod/chain/chain-id', Value: '11155111' }] }
          : { Parameters: [{ Name: '/fhir-exchange/prod/chain/rpc-url', Value: RPC }], NextToken: 'page2' },
      ),
    );
    mocks.api.on(UpdateStageCommand).callsFake(record('apigatewayv2:UpdateStage'));
    mocks.dynamo.on(RestoreTableToPointInTimeCommand).callsFake(record('dynamodb:RestoreTableToPointInTime'));
    // Each restored table is still being created at the first look.
    const looked = new Set<string>();
    mocks.dynamo.on(DescribeTableCommand).callsFake(
      record('dynamodb:DescribeTable', (input) => {
        const name = String(input['TableName']);
        const status = looked.has(name) ? 'ACTIVE' : 'CREATING';
        looked.add(name);
        return { Table: { TableName: name, TableStatus: status } };
      }),
    );
    mocks.dynamo.on(UpdateContinuousBackupsCommand).callsFake(record('dynamodb:UpdateContinuousBackups'));
    mocks.dynamo.on(UpdateTableCommand).callsFake(record('dynamodb:UpdateTable'));
    mocks.dynamo.on(UpdateTimeToLiveCommand).callsFake(record('dynamodb:UpdateTimeToLive'));
    mocks.s3.on(ListObjectVersionsCommand).callsFake(
      record('s3:ListObjectVersions', (input) =>
        input['KeyMarker']
          ? { IsTruncated: false, Versions: [{ Key: 'o/b c', VersionId: 'b1', LastModified: at('2026-12-05T05:00:00Z') }], DeleteMarkers: [] }
          : {
              IsTruncated: true,
              NextKeyMarker: 'o/a',
              NextVersionIdMarker: 'a2',
              Versions: [
                { Key: 'o/a', VersionId: 'a1', LastModified: at('2026-12-05T04:00:00Z') },
                { Key: 'o/a', VersionId: 'a2', LastModified: at('2026-12-05T06:30:00Z') },
                { Key: 'o/erased', VersionId: 'e1', LastModified: at('2026-12-05T04:00:00Z') },
              ],
              DeleteMarkers: [{ Key: 'o/erased', VersionId: 'm1', LastModified: at('2026-12-05T05:00:00Z') }],
            },
      ),
    );
    mocks.s3.on(CopyObjectCommand).callsFake(record('s3:CopyObject'));
    mocks.lambda.on(InvokeCommand).callsFake(record('lambda:Invoke', () => ({ StatusCode: 200, Payload: Buffer.from('{"applied":2}') })));
    mocks.lambda.on(PutFunctionConcurrencyCommand).callsFake(record('lambda:PutFunctionConcurrency'));
    mocks.lambda.on(DeleteFunctionConcurrencyCommand).callsFake(record('lambda:DeleteFunctionConcurrency'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  afterAll(() => {
    for (const mock of Object.values(mocks)) mock.restore();
  });

  test('reads the deploy context, then holds, restores every table to the instant, waits, restores their settings, copies the versions, replays and releases, in that order', async () => {
    const lines: string[] = [];
    const contextOut = join(dir, 'prod-r1.json');
    await runRestoreRunbook(options({ contextOut }), (line) => lines.push(line));

    const n = tables.length;
    const withTtl = tables.filter((spec) => spec.ttlAttribute);
    expect(withTtl.length).toBeGreaterThan(0);
    const afterRestores = tables.flatMap((spec) => [
      'dynamodb:DescribeTable',
      'dynamodb:DescribeTable',
      'dynamodb:UpdateContinuousBackups',
      'dynamodb:UpdateTable',
      ...(spec.ttlAttribute ? ['dynamodb:UpdateTimeToLive'] : []),
    ]);
    expect(names()).toEqual([
      ...Array<string>(4).fill('kms:DescribeKey'),
      'ssm:GetParametersByPath',
      'ssm:GetParametersByPath',
      'apigatewayv2:UpdateStage',
      'lambda:PutFunctionConcurrency',
      'lambda:PutFunctionConcurrency',
      ...Array<string>(n).fill('dynamodb:RestoreTableToPointInTime'),
      ...afterRestores,
      's3:ListObjectVersions',
      's3:ListObjectVersions',
      's3:CopyObject',
      's3:CopyObject',
      'lambda:PutFunctionConcurrency',
      'lambda:Invoke',
      'lambda:PutFunctionConcurrency',
      'apigatewayv2:UpdateStage',
    ]);
    const inputs = (name: string) => calls.filter(([call]) => call === name).map(([, input]) => input);
    const replay = 'fhir-exchange-prod-r1-erasure-replay';
    const worker = 'fhir-exchange-prod-r1-vault-worker';
    // Held at 0, then set back to the API stack's settings (ERASURE_REPLAY, VAULT_WORKER).
    expect(inputs('lambda:PutFunctionConcurrency')).toEqual([
      { FunctionName: worker, ReservedConcurrentExecutions: 0 },
      { FunctionName: replay, ReservedConcurrentExecutions: 0 },
      { FunctionName: replay, ReservedConcurrentExecutions: ERASURE_REPLAY.reservedConcurrency },
      { FunctionName: worker, ReservedConcurrentExecutions: VAULT_WORKER.reservedConcurrency },
    ]);
    expect(ERASURE_REPLAY.reservedConcurrency).toBeGreaterThan(0);
    expect(VAULT_WORKER.reservedConcurrency).toBeGreaterThan(0);
    expect(inputs('lambda:DeleteFunctionConcurrency')).toEqual([]);

    expect(inputs('kms:DescribeKey').map((input) => input['KeyId'])).toEqual(Object.keys(arnOf));
    const [hold, release] = inputs('apigatewayv2:UpdateStage');
    expect(hold).toEqual({ ApiId: 'api123', StageName: '$default', DefaultRouteSettings: { ThrottlingRateLimit: 0, ThrottlingBurstLimit: 0 } });
    expect(release).toEqual({ ApiId: 'api123', StageName: '$default', DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 } });

    expect(inputs('dynamodb:RestoreTableToPointInTime')).toEqual(
      tables.map((spec) => ({
        SourceTableName: `fhir-exchange-prod-${spec.name}`,
        TargetTableName: `fhir-exchange-prod-r1-${spec.name}`,
        RestoreDateTime: T,
        BillingModeOverride: 'PAY_PER_REQUEST',
        SSESpecificationOverride: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: 'alias/fhir-exchange-prod' },
      })),
    );
    expect(inputs('dynamodb:UpdateContinuousBackups')).toEqual(
      tables.map((spec) => ({ TableName: `fhir-exchange-prod-r1-${spec.name}`, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: POINT_IN_TIME_RECOVERY_DAYS } })),
    );
    expect(inputs('dynamodb:UpdateTable')).toEqual(tables.map((spec) => ({ TableName: `fhir-exchange-prod-r1-${spec.name}`, DeletionProtectionEnabled: true })));
    expect(inputs('dynamodb:UpdateTimeToLive')).toEqual(
      withTtl.map((spec) => ({ TableName: `fhir-exchange-prod-r1-${spec.name}`, TimeToLiveSpecification: { Enabled: true, AttributeName: spec.ttlAttribute } })),
    );

    expect(inputs('s3:ListObjectVersions')[1]).toMatchObject({ Bucket: 'prod-vault', KeyMarker: 'o/a', VersionIdMarker: 'a2' });
    // o/a as it was at the instant (a1, not the later a2); o/erased left out (deleted by then).
    expect(inputs('s3:CopyObject')).toEqual([
      { Bucket: 'prod-r1-vault', Key: 'o/a', CopySource: 'prod-vault/o/a?versionId=a1', ServerSideEncryption: 'aws:kms', SSEKMSKeyId: 'alias/fhir-exchange-prod' },
      { Bucket: 'prod-r1-vault', Key: 'o/b c', CopySource: 'prod-vault/o/b%20c?versionId=b1', ServerSideEncryption: 'aws:kms', SSEKMSKeyId: 'alias/fhir-exchange-prod' },
    ]);
    expect(inputs('lambda:Invoke')).toEqual([{ FunctionName: 'fhir-exchange-prod-r1-erasure-replay', InvocationType: 'RequestResponse', Payload: Buffer.from('{}') }]);

    // The deploy context: what the CDK app reads back as the restored stage's source, the API held, the source's chain settings.
    const written = JSON.parse(readFileSync(contextOut, 'utf8')) as RestoreDeployContext;
    const source = {
      stage: 'prod',
      rootKeyArn: arnOf['alias/fhir-exchange-prod'],
      pseudonymKeyArn: arnOf['alias/fhir-exchange-prod-pseudonym'],
      operatorSignerKeyArn: arnOf['alias/fhir-exchange-prod-operator'],
      adminSignerKeyArn: arnOf['alias/fhir-exchange-prod-admin'],
    };
    expect(written.stage).toBe('prod-r1');
    expect(written.restoreOf).toEqual(source);
    expect(restoreSourceFrom((name) => written.context[name])).toEqual(source);
    expect(written.context).toMatchObject({ stage: 'prod-r1', [API_HELD_CONTEXT]: 'true', chainRpcUrl: RPC, chainId: '11155111' });
    expect(written.command).toBe(
      `npx cdk deploy --all -c stage=prod-r1 -c restoreOf=prod -c restoreRootKeyArn=${source.rootKeyArn} -c restorePseudonymKeyArn=${source.pseudonymKeyArn} ` +
        `-c restoreOperatorSignerKeyArn=${source.operatorSignerKeyArn} -c restoreAdminSignerKeyArn=${source.adminSignerKeyArn} -c apiHeld=true ` +
        `-c chainId=11155111 -c chainRpcUrl='${RPC}'`,
    );
    expect(written.laterCommand).toBe(written.command.replace(' -c apiHeld=true', ''));
    expect(lines).toContain(`   ${written.command}`);
    expect(lines.at(-1)).toContain(written.laterCommand);
  });

  test('stops with the API still held when the erasure replay fails', async () => {
    mocks.lambda.on(InvokeCommand).callsFake(record('lambda:Invoke', () => ({ StatusCode: 200, FunctionError: 'Unhandled', Payload: Buffer.from('{"errorMessage":"chain unreachable"}') })));
    await expect(runRestoreRunbook(options(), () => {})).rejects.toThrow(/erasure-replay failed \(Unhandled\); the API and fhir-exchange-prod-r1-vault-worker stay held/);
    const stages = calls.filter(([name]) => name === 'apigatewayv2:UpdateStage');
    expect(stages).toHaveLength(1);
    // The vault worker stays held too: its concurrency is set back only for the replay.
    expect(calls.filter(([name]) => name === 'lambda:PutFunctionConcurrency').map(([, input]) => input['FunctionName'])).toEqual([
      'fhir-exchange-prod-r1-vault-worker',
      'fhir-exchange-prod-r1-erasure-replay',
      'fhir-exchange-prod-r1-erasure-replay',
    ]);
    expect(stages[0]?.[1]).toMatchObject({ DefaultRouteSettings: { ThrottlingRateLimit: 0, ThrottlingBurstLimit: 0 } });
    expect(names().at(-1)).toBe('lambda:Invoke');
  });

  test('after a failed replay, --replay-only holds, replays and releases without restoring or copying again', async () => {
    await runRestoreRunbook(options({ replayOnly: true }), () => {});
    expect(names()).toEqual([
      ...Array<string>(4).fill('kms:DescribeKey'),
      'ssm:GetParametersByPath',
      'ssm:GetParametersByPath',
      'apigatewayv2:UpdateStage',
      'lambda:PutFunctionConcurrency',
      'lambda:PutFunctionConcurrency',
      'lambda:PutFunctionConcurrency',
      'lambda:Invoke',
      'lambda:PutFunctionConcurrency',
      'apigatewayv2:UpdateStage',
    ]);
  });

  test('a dry run only reads, and prints every write and the deploy command', async () => {
    const lines: string[] = [];
    await runRestoreRunbook(options({ execute: false, toBucket: undefined as never }), (line) => lines.push(line));
    expect(new Set(names())).toEqual(new Set(['kms:DescribeKey', 'ssm:GetParametersByPath', 's3:ListObjectVersions']));
    const text = lines.join('\n');
    expect(text).toContain('npx cdk deploy --all -c stage=prod-r1 -c restoreOf=prod');
    expect(text).toContain('[dry run] 1. hold the API');
    expect(text).toContain('[dry run]    2 object(s) to copy');
    expect(text).toContain('[dry run]    release the API');
    expect(text).toContain('[dry run]    hold fhir-exchange-prod-r1-vault-worker: lambda PutFunctionConcurrency 0');
  });

  test('refuses --execute without the restored vault bucket, before any call', async () => {
    const { toBucket: _unused, ...withoutBucket } = options();
    await expect(runRestoreRunbook(withoutBucket, () => {})).rejects.toThrow(/--to-bucket/);
    expect(calls).toEqual([]);
  });
});
