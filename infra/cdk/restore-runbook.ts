import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
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
import type { DeleteMarkerEntry, ObjectVersion } from '@aws-sdk/client-s3';
import { InvokeCommand, LambdaClient, PutFunctionConcurrencyCommand } from '@aws-sdk/client-lambda';
import { ApiGatewayV2Client, UpdateStageCommand } from '@aws-sdk/client-apigatewayv2';
import { TABLES } from '../../schemas/storage.ts';
import type { TableSpec } from '../../schemas/storage.ts';
import { CHAIN_PARAMETERS, POINT_IN_TIME_RECOVERY_DAYS, restoreDeployContext } from './stateful-stack.ts';
import type { ChainParameterName, RestoreSource } from './stateful-stack.ts';
import { DEFAULT_THROTTLE, ERASURE_REPLAY, VAULT_WORKER } from './api-stack.ts';

/**
 * The AWS restore runbook: `npm run restore:aws -- --stage SRC --to-stage DST --time ISO
 * --from-bucket B1 [--to-bucket B2 --api-id ID --execute] [--context-out FILE]`. Without `--execute`
 * (a dry run, the default) it only reads and prints every write it would make; with it, it makes
 * them. Either way it first reads, without writing:
 *
 * 0. **The deploy context of DST**: the ARNs of SRC's keys (`kms DescribeKey` of
 *    `alias/fhir-exchange-SRC`, `-pseudonym`, `-operator`, `-admin`) and SRC's chain settings (its
 *    SSM parameters `/fhir-exchange/SRC/chain/*`), printed as the exact `cdk deploy` command of
 *    DST (and written to `--context-out` as JSON): with `-c restoreOf=SRC` and the key ARNs, DST's
 *    stateful stack references SRC's keys and the tables restored under DST's names instead of
 *    creating them (StatefulStack, RestoreSource), and `-c apiHeld=true` deploys DST's API held.
 *    DST is deployed with it after the dry run and before `--execute` (which needs its vault
 *    bucket, its API and its erasure-replay function); later deploys of DST leave `apiHeld` out.
 *
 * Then, in this order:
 *
 * 1. **Hold the API** (with `--api-id`, the restored stage's HTTP API): its `$default` stage's
 *    throttle set to 0, so every request is refused (429) until step 4 has succeeded. **Hold the
 *    scheduled functions**: the reserved concurrency of the stage's `vault-worker` and
 *    `erasure-replay` set to 0 (set back to the stack's setting, VAULT_WORKER/ERASURE_REPLAY
 *    `reservedConcurrency`, so that a second run after a failure does not take 0 for it), so that neither the repair pass
 *    (which would take commit records whose objects are not copied yet for abandoned ingests) nor
 *    a scheduled replay runs on half-restored data.
 * 2. **Tables**: every table of schemas/storage.ts restored with point-in-time recovery to the one
 *    instant `--time` (`RestoreTableToPointInTime`, `fhir-exchange-SRC-<table>` →
 *    `fhir-exchange-DST-<table>`, encrypted under the source's root key `alias/fhir-exchange-SRC`,
 *    which wraps the branch keys), waited for until ACTIVE; then what a restore does not carry over
 *    is set again: point-in-time recovery, deletion protection and TTL (as StatefulStack creates them).
 * 3. **Vault bucket**: for every key of `--from-bucket`, the newest version written at or before
 *    `--time` (none if that is a delete marker: the object was deleted, or erased, by then) copied
 *    into `--to-bucket` (S3 versioning is on for the vault bucket: StatefulStack VERSIONED_BUCKETS).
 * 4. **Erasure replay** (`--replay-only` skips steps 2 and 3, to run this again after it failed): the restored stage's `erasure-replay` function (ERASURE_REPLAY in
 *    api-stack.ts), its concurrency set back, invoked synchronously: it applies every erasure journaled on chain after the
 *    restored catalog's replay cursor, which is the instant's. The chain is never restored, so
 *    every erasure made after `--time` is applied again here. A failure stops the runbook with the
 *    API still held.
 * 5. **Release**: the vault worker's concurrency set back, and the API stage's throttle
 *    (`--rate`, `--burst`, by default the stack's DEFAULT_THROTTLE).
 *
 * The tables (and thus the catalog's replay cursor and the branch keys) and the bucket are of the
 * same instant only to the precision of PITR (to the second) and of S3 version times; anything
 * in between is what the repair pass handles for a crash (an object without its commit record is
 * never read; a commit record without its object is an ingest that is repaired or abandoned).
 */

export interface RunbookOptions {
  stage: string;
  toStage: string;
  time: Date;
  fromBucket: string;
  /** Required with `execute`. */
  toBucket?: string;
  apiId?: string;
  replayFunction: string;
  /** The restored stage's scheduled vault worker (its repair pass must not run on half-restored data). */
  vaultWorkerFunction: string;
  rate: number;
  burst: number;
  execute: boolean;
  region?: string;
  /** Where to write the deploy context of the restored stage (JSON). */
  contextOut?: string;
  /** Skip steps 2 and 3: a second run after step 4 failed (the tables exist, the objects are copied). */
  replayOnly?: boolean;
  /** Between two DescribeTable calls while a restore runs. @default 15000 */
  pollIntervalMs?: number;
}

/** The deploy context of the restored stage, as the runbook writes it to `--context-out`. */
export interface RestoreDeployContext {
  stage: string;
  restoreOf: RestoreSource;
  /** `-c name=value` pairs for the first deploy (API held). */
  context: Record<string, string>;
  /** The command of the first deploy, with the API held. */
  command: string;
  /** The command of every later deploy (the API no longer held). */
  laterCommand: string;
}

/** The `npx cdk deploy` command with `context`, each value shell-quoted. */
function deployCommand(context: readonly [string, string][]): string {
  const quote = (value: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`);
  return ['npx cdk deploy --all', ...context.map(([name, value]) => `-c ${name}=${quote(value)}`)].join(' ');
}

/** For each key, the version that was current at `time`; keys deleted (a delete marker) or not yet written by then are left out. */
export function versionsAt(versions: readonly ObjectVersion[], deleteMarkers: readonly DeleteMarkerEntry[], time: Date): { key: string; versionId: string }[] {
  const newest = new Map<string, { at: number; versionId?: string; deleted: boolean }>();
  const consider = (key: string | undefined, modified: Date | undefined, versionId: string | undefined, deleted: boolean) => {
    if (!key || !modified || modified.getTime() > time.getTime()) return;
    const known = newest.get(key);
    if (!known || modified.getTime() >= known.at) newest.set(key, { at: modified.getTime(), ...(versionId ? { versionId } : {}), deleted });
  };
  for (const version of versions) consider(version.Key, version.LastModified, version.VersionId, false);
  for (const marker of deleteMarkers) consider(marker.Key, marker.LastModified, marker.VersionId, true);
  return [...newest.entries()]
    .filter(([, entry]) => !entry.deleted && entry.versionId)
    .map(([key, entry]) => ({ key, versionId: entry.versionId! }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

export async function runRestoreRunbook(options: RunbookOptions, log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<void> {
  const step = (text: string) => log(`${options.execute ? '' : '[dry run] '}${text}`);
  const region = options.region ? { region: options.region } : {};
  if (options.execute && !options.toBucket) throw new Error('--execute needs --to-bucket (the restored stage\'s vault bucket, deployed first)');
  const pollIntervalMs = options.pollIntervalMs ?? 15_000;
  const dynamo = new DynamoDBClient(region);
  const s3 = new S3Client(region);
  const lambda = new LambdaClient(region);
  const api = new ApiGatewayV2Client(region);
  const kms = new KMSClient(region);
  const ssm = new SSMClient(region);
  try {
    // 0. Reads only: the source's keys by alias and its chain settings.
    const keyArn = async (alias: string): Promise<string> => {
      const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: alias }));
      if (!KeyMetadata?.Arn) throw new Error(`kms DescribeKey ${alias}: no key ARN`);
      return KeyMetadata.Arn;
    };
    const prefix = `alias/fhir-exchange-${options.stage}`;
    const source: RestoreSource = {
      stage: options.stage,
      rootKeyArn: await keyArn(prefix),
      pseudonymKeyArn: await keyArn(`${prefix}-pseudonym`),
      operatorSignerKeyArn: await keyArn(`${prefix}-operator`),
      adminSignerKeyArn: await keyArn(`${prefix}-admin`),
    };
    const chainPath = `/fhir-exchange/${options.stage}/chain/`;
    const chain: [string, string][] = [];
    let NextToken: string | undefined;
    do {
      const page = await ssm.send(new GetParametersByPathCommand({ Path: chainPath, NextToken }));
      for (const parameter of page.Parameters ?? []) {
        const name = parameter.Name?.slice(chainPath.length) as ChainParameterName | undefined;
        if (name && name in CHAIN_PARAMETERS && parameter.Value !== undefined) chain.push([CHAIN_PARAMETERS[name].context, parameter.Value]);
      }
      NextToken = page.NextToken;
    } while (NextToken);
    chain.sort(([a], [b]) => a.localeCompare(b));
    const held = [...restoreDeployContext(options.toStage, source, { held: true }), ...chain];
    const released = [...restoreDeployContext(options.toStage, source, { held: false }), ...chain];
    const deploy: RestoreDeployContext = {
      stage: options.toStage,
      restoreOf: source,
      context: Object.fromEntries(held),
      command: deployCommand(held),
      laterCommand: deployCommand(released),
    };
    log(`0. deploy ${options.toStage} (before --execute; its tables are the restored ones, its keys ${options.stage}'s, its API held):`);
    log(`   ${deploy.command}`);
    log(`   later deploys of ${options.toStage}: ${deploy.laterCommand}`);
    if (options.contextOut) {
      writeFileSync(options.contextOut, `${JSON.stringify(deploy, null, 2)}\n`, { mode: 0o600 });
      log(`   written to ${options.contextOut}`);
    }

    if (options.apiId) {
      step(`1. hold the API: apigatewayv2 UpdateStage ${options.apiId} $default throttle rate 0, burst 0`);
      if (options.execute) await api.send(new UpdateStageCommand({ ApiId: options.apiId, StageName: '$default', DefaultRouteSettings: { ThrottlingRateLimit: 0, ThrottlingBurstLimit: 0 } }));
    } else {
      step('1. no --api-id: the API stays as deployed (held with -c apiHeld=true); after step 4, deploy without apiHeld to release it');
    }
    // Each held function's reserved concurrency as the API stack deploys it, set back at steps 4 and 5.
    const concurrency = new Map<string, number>([
      [options.vaultWorkerFunction, VAULT_WORKER.reservedConcurrency],
      [options.replayFunction, ERASURE_REPLAY.reservedConcurrency],
    ]);
    for (const name of concurrency.keys()) {
      step(`   hold ${name}: lambda PutFunctionConcurrency 0 (set back at step ${name === options.replayFunction ? 4 : 5})`);
      if (options.execute) await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: name, ReservedConcurrentExecutions: 0 }));
    }
    const unhold = async (name: string) => {
      const deployed = concurrency.get(name) ?? 1;
      step(`   set ${name}'s reserved concurrency back to ${deployed}`);
      if (options.execute) await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: name, ReservedConcurrentExecutions: deployed }));
    };

    if (options.replayOnly) {
      step('2., 3. skipped (--replay-only: the tables and objects were laid down by an earlier run)');
    } else {
      // Every restore is started first (they run in parallel on DynamoDB's side), then each is waited for.
      const sourceKey = `alias/fhir-exchange-${options.stage}`;
      const targets: { target: string; ttlAttribute?: string }[] = [];
      for (const spec of Object.values(TABLES) as TableSpec[]) {
        const sourceTable = `fhir-exchange-${options.stage}-${spec.name}`;
        const target = `fhir-exchange-${options.toStage}-${spec.name}`;
        targets.push({ target, ...(spec.ttlAttribute ? { ttlAttribute: spec.ttlAttribute } : {}) });
        step(`2. dynamodb RestoreTableToPointInTime ${sourceTable} -> ${target} at ${options.time.toISOString()} (SSE KMS ${sourceKey})`);
        if (!options.execute) continue;
        await dynamo.send(
          new RestoreTableToPointInTimeCommand({
            SourceTableName: sourceTable,
            TargetTableName: target,
            RestoreDateTime: options.time,
            BillingModeOverride: 'PAY_PER_REQUEST',
            SSESpecificationOverride: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: sourceKey },
          }),
        );
      }
      step(`   each restored table waited for until ACTIVE, then PITR on (${POINT_IN_TIME_RECOVERY_DAYS} days), deletion protection on, TTL on where the stack has it (${targets.filter((t) => t.ttlAttribute).map((t) => t.target).join(', ')})`);
      for (const { target, ttlAttribute } of options.execute ? targets : []) {
        for (;;) {
          const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: target }));
          if (Table?.TableStatus === 'ACTIVE') break;
          await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
        }
        await dynamo.send(new UpdateContinuousBackupsCommand({ TableName: target, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: POINT_IN_TIME_RECOVERY_DAYS } }));
        await dynamo.send(new UpdateTableCommand({ TableName: target, DeletionProtectionEnabled: true }));
        if (ttlAttribute) await dynamo.send(new UpdateTimeToLiveCommand({ TableName: target, TimeToLiveSpecification: { Enabled: true, AttributeName: ttlAttribute } }));
      }

      const toBucket = options.toBucket ?? '<restored vault bucket>';
      step(`3. s3 ListObjectVersions ${options.fromBucket}; CopyObject of each key's version current at ${options.time.toISOString()} into ${toBucket}`);
      let copied = 0;
      let KeyMarker: string | undefined;
      let VersionIdMarker: string | undefined;
      const versions: ObjectVersion[] = [];
      const markers: DeleteMarkerEntry[] = [];
      do {
        const page = await s3.send(new ListObjectVersionsCommand({ Bucket: options.fromBucket, KeyMarker, VersionIdMarker }));
        versions.push(...(page.Versions ?? []));
        markers.push(...(page.DeleteMarkers ?? []));
        KeyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
        VersionIdMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined;
      } while (KeyMarker);
      for (const { key, versionId } of versionsAt(versions, markers, options.time)) {
        if (options.execute) {
          await s3.send(
            new CopyObjectCommand({
              Bucket: toBucket,
              Key: key,
              CopySource: `${options.fromBucket}/${encodeURIComponent(key).replaceAll('%2F', '/')}?versionId=${encodeURIComponent(versionId)}`,
              ServerSideEncryption: 'aws:kms',
              SSEKMSKeyId: sourceKey,
            }),
          );
        }
        copied++;
      }
      step(`   ${copied} object(s) ${options.execute ? 'copied' : 'to copy'}`);
    }

    step(`4. lambda Invoke ${options.replayFunction} (RequestResponse): re-applies every erasure journaled on chain after the restored replay cursor`);
    await unhold(options.replayFunction);
    if (options.execute) {
      const answer = await lambda.send(new InvokeCommand({ FunctionName: options.replayFunction, InvocationType: 'RequestResponse', Payload: Buffer.from('{}') }));
      const payload = answer.Payload ? Buffer.from(answer.Payload).toString('utf8') : '';
      if (answer.FunctionError) throw new Error(`${options.replayFunction} failed (${answer.FunctionError}); the API and ${options.vaultWorkerFunction} stay held. Fix it and run the runbook again with --replay-only: ${payload.slice(0, 500)}`);
      step(`   replayed: ${payload}`);
    }

    step('5. release');
    await unhold(options.vaultWorkerFunction);
    if (options.apiId) {
      step(`   release the API: apigatewayv2 UpdateStage ${options.apiId} $default throttle rate ${options.rate}, burst ${options.burst}`);
      if (options.execute) await api.send(new UpdateStageCommand({ ApiId: options.apiId, StageName: '$default', DefaultRouteSettings: { ThrottlingRateLimit: options.rate, ThrottlingBurstLimit: options.burst } }));
      step(`   from now on deploy ${options.toStage} without apiHeld: ${deploy.laterCommand}`);
    }
  } finally {
    kms.destroy();
    ssm.destroy();
    dynamo.destroy();
    s3.destroy();
    lambda.destroy();
    api.destroy();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      stage: { type: 'string' },
      'to-stage': { type: 'string' },
      time: { type: 'string' },
      'from-bucket': { type: 'string' },
      'to-bucket': { type: 'string' },
      'api-id': { type: 'string' },
      'replay-function': { type: 'string' },
      'context-out': { type: 'string' },
      'replay-only': { type: 'boolean', default: false },
      rate: { type: 'string', default: String(DEFAULT_THROTTLE.rateLimit) },
      burst: { type: 'string', default: String(DEFAULT_THROTTLE.burstLimit) },
      region: { type: 'string' },
      execute: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const time = new Date(values.time ?? '');
  if (values.help || !values.stage || !values['to-stage'] || !values['from-bucket'] || (values.execute && !values['to-bucket']) || Number.isNaN(time.getTime())) {
    process.stderr.write(
      'Usage: npm run restore:aws -- --stage SRC --to-stage DST --time ISO-8601 --from-bucket SRC_VAULT_BUCKET [--to-bucket DST_VAULT_BUCKET] [--api-id DST_API_ID] [--replay-function NAME] [--rate N --burst N] [--region R] [--context-out FILE] [--replay-only] [--execute]\n' +
        '  (--to-bucket is required with --execute)\n',
    );
    process.exit(values.help ? 0 : 2);
  }
  try {
    await runRestoreRunbook({
      stage: values.stage,
      toStage: values['to-stage'],
      time,
      fromBucket: values['from-bucket'],
      ...(values['to-bucket'] ? { toBucket: values['to-bucket'] } : {}),
      ...(values['context-out'] ? { contextOut: values['context-out'] } : {}),
      replayOnly: values['replay-only'],
      ...(values['api-id'] ? { apiId: values['api-id'] } : {}),
      replayFunction: values['replay-function'] ?? `fhir-exchange-${values['to-stage']}-${ERASURE_REPLAY.name}`,
      vaultWorkerFunction: `fhir-exchange-${values['to-stage']}-${VAULT_WORKER.name}`,
      rate: Number(values.rate),
      burst: Number(values.burst),
      execute: values.execute,
      ...(values.region ? { region: values.region } : {}),
    });
  } catch (error) {
    process.stderr.write(`restore runbook failed: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
