import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnResource } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import type { NagPack } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../infra/cdk/app.ts';
import type { ExchangeApp } from '../../infra/cdk/app.ts';
import {
  ABORT_INCOMPLETE_UPLOADS_AFTER,
  ANCHORING_MAX_RECEIVE_COUNT,
  ANCHORING_VISIBILITY_TIMEOUT,
  EXPORT_MAX_RECEIVE_COUNT,
  EXPORT_VISIBILITY_TIMEOUT,
  BUCKET_EXPIRY,
  CHAIN_PARAMETERS,
  NONCURRENT_VERSION_EXPIRY,
  POINT_IN_TIME_RECOVERY_DAYS,
  restoreDeployContext,
} from '../../infra/cdk/stateful-stack.ts';
import type { BucketName, ChainParameterName, RestoreSource, StatefulStack, TableName } from '../../infra/cdk/stateful-stack.ts';
import { DEFAULT_THROTTLE } from '../../infra/cdk/api-stack.ts';
import { BUCKETS, TABLES } from '../../schemas/storage.ts';
import type { BucketSpec, TableSpec } from '../../schemas/storage.ts';

/** The context `cdk synth` runs with (feature flags included), so the test synthesizes the same templates. */
const CDK_CONTEXT = (JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> }).context;

const outdirs: string[] = [];

/** The real app (nag packs and acknowledgements included), for `stage`, in a throwaway output folder. */
function build(stage?: string, context: Record<string, string> = {}): ExchangeApp {
  const outdir = mkdtempSync(join(tmpdir(), 'fhir-exchange-cdk-'));
  outdirs.push(outdir);
  // Only the stateful stack is under test: the API and portal stacks' functions are not bundled.
  return buildApp({ outdir, context: { ...CDK_CONTEXT, ...(stage === undefined ? {} : { stage }), 'aws:cdk:bundling-stacks': [], ...context } });
}

afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

function logicalId(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnResource);
}

function nagPacks(): NagPack[] {
  return [new AwsSolutionsChecks(), new HIPAASecurityChecks()];
}

type Json = { Resources?: Record<string, { Type: string; Properties?: Record<string, unknown> }> };

const tableEntries = Object.entries(TABLES) as [TableName, TableSpec][];
const bucketEntries = Object.entries(BUCKETS) as [BucketName, BucketSpec][];

describe('the stateful stack', () => {
  let built: ExchangeApp;
  let stack: StatefulStack;
  let template: Template;
  let keyId: string;

  beforeAll(() => {
    built = build('test');
    stack = built.stateful;
    template = Template.fromStack(stack);
    keyId = logicalId(stack.key);
  });

  test('is named after its stage, and the stage defaults to dev', () => {
    expect(stack.stackName).toBe('FhirExchange-test-Stateful');
    expect(build().stateful.stackName).toBe('FhirExchange-dev-Stateful');
    expect(() => build('Prod_1')).toThrow(/Invalid stage/);
  });

  test('has one symmetric, rotating, retained root key with the stage alias', () => {
    // The root key, the two chain signer keys and the pseudonym key.
    template.resourceCountIs('AWS::KMS::Key', 4);
    expect(template.toJSON().Resources[keyId]).toMatchObject({
      Properties: { EnableKeyRotation: true, KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT' },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    template.hasResourceProperties('AWS::KMS::Alias', {
      AliasName: 'alias/fhir-exchange-test',
      TargetKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
    });
  });

  test.each(tableEntries)('has a retained, KMS-encrypted, on-demand table with PITR for TABLES.%s', (name, spec) => {
    const resource = template.toJSON().Resources[logicalId(stack.tables[name])];
    const keySchema = [{ AttributeName: spec.partitionKey, KeyType: 'HASH' }];
    const attributes = [{ AttributeName: spec.partitionKey, AttributeType: 'S' }];
    if (spec.sortKey) {
      keySchema.push({ AttributeName: spec.sortKey, KeyType: 'RANGE' });
      attributes.push({ AttributeName: spec.sortKey, AttributeType: 'S' });
    }
    expect(resource).toMatchObject({
      Type: 'AWS::DynamoDB::Table',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        TableName: `fhir-exchange-test-${spec.name}`,
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: POINT_IN_TIME_RECOVERY_DAYS },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } },
        DeletionProtectionEnabled: true,
      },
    });
    expect(resource.Properties.KeySchema).toEqual(keySchema);
    expect(resource.Properties.AttributeDefinitions).toEqual(attributes);
    if (spec.ttlAttribute) {
      expect(resource.Properties.TimeToLiveSpecification).toEqual({ AttributeName: spec.ttlAttribute, Enabled: true });
    } else {
      expect(resource.Properties.TimeToLiveSpecification).toBeUndefined();
    }
  });

  test('keeps 35 days of point-in-time recovery on every table, the branch key table included: an erased branch key stays restorable that long', () => {
    // The documented trade-off of crypto-shredding (POINT_IN_TIME_RECOVERY_DAYS): erasure deletes
    // a patient's branch key items, but a restore to an earlier point brings them back for this
    // window, and with the same root key they open whatever copies of the sealed objects remain
    // (the vault bucket's noncurrent versions, which expire after the same window: see the
    // lifecycle test). The table has no longer-lived backup on purpose; its acknowledgement of
    // the backup-plan rule says so.
    expect(POINT_IN_TIME_RECOVERY_DAYS).toBe(35);
    const branchKeys = template.toJSON().Resources[logicalId(stack.tables.branchKeys)];
    expect(branchKeys.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 });
    const acknowledged = stack.tables.branchKeys.node.metadata.filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY);
    const reasons = acknowledged.flatMap((entry) => Object.entries(entry.data as Record<string, string>)).filter(([id]) => id.endsWith('HIPAA.Security-DynamoDBInBackupPlan'));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]![1]).toMatch(/erased patient's branch key stays restorable through it for 35 days/);
  });

  test('has no tables but those in TABLES', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', tableEntries.length);
  });

  test.each(bucketEntries)('has a private, TLS-only, SSE-KMS, logged and retained bucket for BUCKETS.%s', (name, spec) => {
    const bucketId = logicalId(stack.buckets[name]);
    expect(template.toJSON().Resources[bucketId]).toMatchObject({
      Type: 'AWS::S3::Bucket',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            { BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] } } },
          ],
        },
        LoggingConfiguration: { DestinationBucketName: { Ref: logicalId(stack.accessLogsBucket) }, LogFilePrefix: `${spec.name}/` },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      },
    });
    expectTlsOnly(template, bucketId);
  });

  test('keeps object versions in the vault bucket', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { LogFilePrefix: `${BUCKETS.vault.name}/` },
      VersioningConfiguration: { Status: 'Enabled' },
    });
  });

  test('has a separate, private, TLS-only, versioned and retained access-log bucket', () => {
    const logsId = logicalId(stack.accessLogsBucket);
    expect(template.toJSON().Resources[logsId]).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: {
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        VersioningConfiguration: { Status: 'Enabled' },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      },
    });
    expect(template.toJSON().Resources[logsId].Properties.LoggingConfiguration).toBeUndefined();
    expectTlsOnly(template, logsId);
    // Log delivery is granted by bucket policy (no ACLs), and only for the data buckets.
    for (const [name] of bucketEntries) {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: logsId },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Allow',
              Principal: { Service: 'logging.s3.amazonaws.com' },
              Action: 's3:PutObject',
              Condition: Match.objectLike({ ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [logicalId(stack.buckets[name]), 'Arn'] } } }),
            }),
          ]),
        },
      });
    }
    template.resourceCountIs('AWS::S3::Bucket', bucketEntries.length + 1);
  });

  /** A KMS-encrypted, TLS-only queue (retained) that redrives to its own encrypted, TLS-only dead-letter queue after 5 receives. */
  function expectRedrivenQueue(queue: IConstruct, deadLetterQueue: IConstruct, name: string, visibilityTimeout: number): void {
    const queueId = logicalId(queue);
    const dlqId = logicalId(deadLetterQueue);
    const rootKeyArn = { 'Fn::GetAtt': [keyId, 'Arn'] };
    expect(template.toJSON().Resources[queueId]).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: {
        QueueName: `fhir-exchange-test-${name}`,
        KmsMasterKeyId: rootKeyArn,
        VisibilityTimeout: visibilityTimeout,
        RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] }, maxReceiveCount: 5 },
      },
    });
    expect(template.toJSON().Resources[dlqId]).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: { QueueName: `fhir-exchange-test-${name}-dlq`, KmsMasterKeyId: rootKeyArn, MessageRetentionPeriod: 14 * 24 * 3600 },
    });
    expect(template.toJSON().Resources[dlqId].Properties.RedrivePolicy).toBeUndefined();
    for (const id of [queueId, dlqId]) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  }

  test('has a KMS-encrypted, TLS-only anchoring queue (messages invisible 7 minutes once received) that redrives to an encrypted dead-letter queue after 5 receives, kept 14 days', () => {
    template.resourceCountIs('AWS::SQS::Queue', 4);
    // 6 × the anchoring function's 60 s timeout + its 60 s batching window (checked by the API stack).
    expectRedrivenQueue(stack.anchoringQueue, stack.anchoringDeadLetterQueue, 'anchoring', 420);
    expect(ANCHORING_MAX_RECEIVE_COUNT).toBe(5);
    expect(ANCHORING_VISIBILITY_TIMEOUT.toSeconds()).toBe(420);
  });

  test('has a KMS-encrypted, TLS-only export queue (messages invisible 30 minutes once received) that redrives to an encrypted dead-letter queue after 5 receives, kept 14 days', () => {
    // 6 × the export worker's 5-minute timeout (checked by the API stack).
    expectRedrivenQueue(stack.exportQueue, stack.exportDeadLetterQueue, 'export', 1800);
    expect(EXPORT_MAX_RECEIVE_COUNT).toBe(5);
    expect(EXPORT_VISIBILITY_TIMEOUT.toSeconds()).toBe(1800);
  });

  test('expires export objects after 7 days and aborts their incomplete multipart uploads; the vault keeps its current objects', () => {
    expect(BUCKET_EXPIRY).toEqual({ exports: expect.anything() });
    const resources = template.toJSON().Resources;
    expect(resources[logicalId(stack.buckets.exports)].Properties.LifecycleConfiguration).toEqual({
      Rules: [{ Id: 'ExpireObjects', Status: 'Enabled', ExpirationInDays: 7, AbortIncompleteMultipartUpload: { DaysAfterInitiation: ABORT_INCOMPLETE_UPLOADS_AFTER.toDays() } }],
    });
    // No rule expires a current vault object (only noncurrent versions: see the next test).
    for (const rule of resources[logicalId(stack.buckets.vault)].Properties.LifecycleConfiguration.Rules as Record<string, unknown>[]) {
      expect(rule['ExpirationInDays']).toBeUndefined();
      expect(rule['ExpirationDate']).toBeUndefined();
      expect(rule['Transitions']).toBeUndefined();
    }
    expect(resources[logicalId(stack.accessLogsBucket)].Properties.LifecycleConfiguration).toBeUndefined();
  });

  test('expires the vault\'s noncurrent versions (what an erasure leaves behind) after the point-in-time recovery window: an erasure is complete in every copy once it has passed', () => {
    // Erasure deletes a patient's sealed objects; in the versioned vault bucket each stays as a
    // noncurrent version. Its branch key stays restorable through PITR for 35 days; the
    // noncurrent versions go after the same 35 days, so after that window nothing can bring the
    // records back. Delete markers left with no version behind them are removed, and incomplete
    // multipart uploads (which no erasure reaches) aborted.
    expect(NONCURRENT_VERSION_EXPIRY.toDays()).toBe(POINT_IN_TIME_RECOVERY_DAYS);
    const vault = template.toJSON().Resources[logicalId(stack.buckets.vault)];
    expect(vault.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(vault.Properties.LifecycleConfiguration).toEqual({
      Rules: [
        {
          Id: 'ExpireNoncurrentVersions',
          Status: 'Enabled',
          NoncurrentVersionExpiration: { NoncurrentDays: 35 },
          ExpiredObjectDeleteMarker: true,
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: ABORT_INCOMPLETE_UPLOADS_AFTER.toDays() },
        },
      ],
    });
    // No rule keeps newer noncurrent versions beyond the window, and none is scoped to a prefix or tag: every object of the bucket.
    expect(vault.Properties.LifecycleConfiguration.Rules[0].NoncurrentVersionExpiration.NewerNoncurrentVersions).toBeUndefined();
    expect(vault.Properties.LifecycleConfiguration.Rules[0].Prefix).toBeUndefined();
    expect(vault.Properties.LifecycleConfiguration.Rules[0].TagFilters).toBeUndefined();
    expect(vault.Properties.LifecycleConfiguration.Rules[0].ObjectSizeGreaterThan).toBeUndefined();
  });

  test.each([
    ['operatorSignerKey', 'operator'],
    ['adminSignerKey', 'admin'],
  ] as const)('%s: a retained secp256k1 signing key with the alias -%s', (property, role) => {
    const id = logicalId(stack[property]);
    expect(template.toJSON().Resources[id]).toMatchObject({
      Properties: { KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    template.hasResourceProperties('AWS::KMS::Alias', { AliasName: `alias/fhir-exchange-test-${role}`, TargetKeyId: { 'Fn::GetAtt': [id, 'Arn'] } });
    expectAccountOnlyKeyPolicy(template, id);
  });

  test('has a retained HMAC_256 pseudonym key with the alias -pseudonym', () => {
    const id = logicalId(stack.pseudonymKey);
    expect(template.toJSON().Resources[id]).toMatchObject({
      Properties: { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    template.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/fhir-exchange-test-pseudonym', TargetKeyId: { 'Fn::GetAtt': [id, 'Arn'] } });
    expectAccountOnlyKeyPolicy(template, id);
  });

  test('has the chain settings as String SSM parameters under /fhir-exchange/<stage>/chain/, with placeholders by default', () => {
    const names = Object.keys(CHAIN_PARAMETERS) as ChainParameterName[];
    expect(names.sort()).toEqual(
      ['anchor-registry-address', 'chain-id', 'consent-registry-address', 'erasure-journal-address', 'provider-registry-address', 'record-locator-address', 'rpc-url'].sort(),
    );
    // The chain settings and the patient portal origins.
    template.resourceCountIs('AWS::SSM::Parameter', names.length + 1);
    for (const name of names) {
      expect(template.toJSON().Resources[logicalId(stack.chainParameters[name])].Properties, name).toMatchObject({
        Name: `/fhir-exchange/test/chain/${name}`,
        Type: 'String',
        Value: CHAIN_PARAMETERS[name].placeholder,
      });
      expect(stack.chainParameterName(name)).toBe(`/fhir-exchange/test/chain/${name}`);
    }
    expect(CHAIN_PARAMETERS['rpc-url'].placeholder).toMatch(/\.invalid$/);
  });

  test('takes the chain settings from the CDK context, and refuses values the functions would refuse', () => {
    const address = `0x${'ab'.repeat(20)}`;
    const given = build('test', { chainRpcUrl: 'https://rpc.example.org', chainId: '11155111', providerRegistryAddress: address, anchorRegistryAddress: address, consentRegistryAddress: address });
    const givenTemplate = Template.fromStack(given.stateful);
    givenTemplate.hasResourceProperties('AWS::SSM::Parameter', { Name: '/fhir-exchange/test/chain/rpc-url', Value: 'https://rpc.example.org' });
    givenTemplate.hasResourceProperties('AWS::SSM::Parameter', { Name: '/fhir-exchange/test/chain/chain-id', Value: '11155111' });
    givenTemplate.hasResourceProperties('AWS::SSM::Parameter', { Name: '/fhir-exchange/test/chain/provider-registry-address', Value: address });
    givenTemplate.hasResourceProperties('AWS::SSM::Parameter', { Name: '/fhir-exchange/test/chain/anchor-registry-address', Value: address });
    givenTemplate.hasResourceProperties('AWS::SSM::Parameter', { Name: '/fhir-exchange/test/chain/consent-registry-address', Value: address });
    expect(() => build('test', { chainRpcUrl: 'ftp://rpc.example.org' })).toThrow(/chainRpcUrl/);
    expect(() => build('test', { chainId: 'mainnet' })).toThrow(/chainId/);
    expect(() => build('test', { anchorRegistryAddress: '0x1234' })).toThrow(/anchorRegistryAddress/);
    expect(() => build('test', { recordLocatorAddress: 'nowhere' })).toThrow(/recordLocatorAddress/);
  });

  test('keeps the origins patients sign in from (the CloudFront origin of the portal stack) as an SSM parameter, none until set', () => {
    expect(template.toJSON().Resources[logicalId(stack.portalOriginsParameter)].Properties).toMatchObject({ Name: '/fhir-exchange/test/patient/portal-origins', Type: 'String', Value: 'none' });
    expect(stack.portalOriginsParameterName).toBe('/fhir-exchange/test/patient/portal-origins');
    const given = Template.fromStack(build('test', { portalOrigins: 'https://d111111abcdef8.cloudfront.net' }).stateful);
    given.hasResourceProperties('AWS::SSM::Parameter', { Name: '/fhir-exchange/test/patient/portal-origins', Value: 'https://d111111abcdef8.cloudfront.net' });
    expect(() => build('test', { portalOrigins: 'ftp://portal.example.org' })).toThrow(/portalOrigins/);
  });

  test('takes the linking identifier systems from the CDK context (default the US SSN system), and refuses malformed ones', () => {
    expect(build('test').stateful.linkingIdentifierSystems).toEqual(['http://hl7.org/fhir/sid/us-ssn']);
    const given = build('test', { linkingIdentifierSystems: 'urn:oid:2.16.840.1.113883.4.1, http://hl7.org/fhir/sid/us-ssn' });
    expect(given.stateful.linkingIdentifierSystems).toEqual(['urn:oid:2.16.840.1.113883.4.1', 'http://hl7.org/fhir/sid/us-ssn']);
    expect(given.stateful.resolve(given.stateful.chainEnvironment(given.stateful)).LINKING_IDENTIFIER_SYSTEMS).toBe('urn:oid:2.16.840.1.113883.4.1,http://hl7.org/fhir/sid/us-ssn');
    expect(() => build('test', { linkingIdentifierSystems: 'two words|x' })).toThrow(/linkingIdentifierSystems/);
  });

  test('gives the functions every config key, mapped to its resource, plus the root key ARN (which also wraps the branch keys)', () => {
    const env = stack.resolve(stack.functionEnvironment()) as Record<string, unknown>;
    const expected: Record<string, unknown> = { EXCHANGE_KMS_KEY_ID: { 'Fn::GetAtt': [keyId, 'Arn'] }, VAULT_KMS_KEY_ARN: { 'Fn::GetAtt': [keyId, 'Arn'] } };
    for (const [name, spec] of tableEntries) expected[spec.configKey] = { Ref: logicalId(stack.tables[name]) };
    for (const [name, spec] of bucketEntries) expected[spec.configKey] = { Ref: logicalId(stack.buckets[name]) };
    expect(env).toEqual(expected);
  });

  test('publishes each bucket ARN as an output, which later stacks read with an explicit Fn::GetStackOutput', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    for (const [name] of bucketEntries) {
      const outputName = `${name.charAt(0).toUpperCase()}${name.slice(1)}BucketArn`;
      expect(outputs[outputName]?.Value, outputName).toEqual({ 'Fn::GetAtt': [logicalId(stack.buckets[name]), 'Arn'] });
      const imported = built.api.resolve(stack.bucketIn(built.api, name).bucketArn);
      expect(imported).toEqual({ 'Fn::GetStackOutput': { StackName: stack.stackName, OutputName: outputName } });
      expect(stack.bucketIn(built.api, name)).toBe(stack.bucketIn(built.api, name));
      expect(stack.bucketIn(stack, name)).toBe(stack.buckets[name]);
    }
  });
});

describe('cdk-nag (AWS Solutions and HIPAA Security)', () => {
  test('reports no unacknowledged errors or warnings', () => {
    const { app, stateful } = build('test');
    expect(Annotations.fromStack(stateful).findError('*', Match.stringLikeRegexp('.*'))).toEqual([]);
    expect(Annotations.fromStack(stateful).findWarning('*', Match.stringLikeRegexp('.*'))).toEqual([]);
    // cdk-nag 3 reports through CDK's policy validation (not annotations): ask the packs directly,
    // and check the report the synthesis wrote.
    for (const pack of nagPacks()) {
      expect(pack.validateScope(app).violations, pack.name).toEqual([]);
    }
    const assembly = app.synth();
    const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as { pluginReports: unknown[] };
    expect(report.pluginReports).toEqual([]);
  });

  test('fails the synthesis of the real app when a resource breaks a rule', () => {
    const { app, stateful } = build('test');
    new Bucket(stateful, 'Careless');
    expect(() => app.synth()).toThrow(/AwsSolutions-S1[^0-9]/);
  });

  test('every acknowledgement has a reason and matches a finding that would otherwise be reported', () => {
    const { app } = build('test');
    // Findings with acknowledgements ignored: NagPack.isAcknowledged is private in cdk-nag 3.0.x.
    const raw: { rule: string; path: string }[] = [];
    for (const pack of nagPacks()) {
      Object.defineProperty(pack, 'isAcknowledged', { value: () => false });
      for (const violation of pack.validateScope(app).violations) {
        for (const resource of violation.violatingResources) raw.push({ rule: violation.ruleName, path: resource.constructPath ?? '' });
      }
    }
    expect(raw.length).toBeGreaterThan(0);
    const acknowledgements: { rule: string; path: string; reason: string }[] = [];
    for (const construct of app.node.findAll()) {
      for (const entry of construct.node.metadata) {
        if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
          acknowledgements.push({ rule: id.replace(/^annotation::/i, ''), path: construct.node.path, reason });
        }
      }
    }
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const acknowledgement of acknowledgements) {
      expect(acknowledgement.reason.length, `${acknowledgement.rule} on ${acknowledgement.path}`).toBeGreaterThanOrEqual(60);
      const matched = raw.some((finding) => finding.rule === acknowledgement.rule && (finding.path === acknowledgement.path || finding.path.startsWith(`${acknowledgement.path}/`)));
      expect(matched, `stale acknowledgement ${acknowledgement.rule} on ${acknowledgement.path}`).toBe(true);
    }
  });
});

/** The key policy is CDK's default: the account (IAM policies) and nobody else, no service principal. */
function expectAccountOnlyKeyPolicy(template: Template, keyLogicalId: string): void {
  const statements = template.toJSON().Resources[keyLogicalId].Properties.KeyPolicy.Statement as Record<string, unknown>[];
  expect(statements).toEqual([
    {
      Action: 'kms:*',
      Effect: 'Allow',
      Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] } },
      Resource: '*',
    },
  ]);
}

function expectTlsOnly(template: Template, bucketId: string): void {
  template.hasResourceProperties('AWS::S3::BucketPolicy', {
    Bucket: { Ref: bucketId },
    PolicyDocument: {
      Statement: Match.arrayWith([
        Match.objectLike({
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Action: 's3:*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      ]),
    },
  });
}

describe('a restored stage (cdk deploy -c restoreOf=<source> with its key ARNs, as printed by npm run restore:aws)', () => {
  const ACCOUNT = '111122223333';
  const source: RestoreSource = {
    stage: 'prod',
    rootKeyArn: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/0b1c2d3e-1111-4222-8333-444455556666`,
    pseudonymKeyArn: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1b1c2d3e-1111-4222-8333-444455556666`,
    operatorSignerKeyArn: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/2b1c2d3e-1111-4222-8333-444455556666`,
    adminSignerKeyArn: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/3b1c2d3e-1111-4222-8333-444455556666`,
  };
  const context = Object.fromEntries(restoreDeployContext('prod-r1', source, { held: true }).filter(([name]) => name !== 'stage'));
  let built: ExchangeApp;
  let template: Template;
  let apiTemplate: Json;
  const tableArn = (spec: TableSpec) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':dynamodb:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:table/fhir-exchange-prod-r1-${spec.name}`]] });

  beforeAll(() => {
    built = build('prod-r1', context);
    template = Template.fromStack(built.stateful);
    apiTemplate = Template.fromStack(built.api).toJSON() as Json;
  });

  test('creates no table and no key: it references the restored tables and the source stage\'s keys', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 0);
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 0);
    template.resourceCountIs('AWS::KMS::Key', 0);
    template.resourceCountIs('AWS::KMS::Alias', 0);
    const stack = built.stateful;
    expect(stack.restoreOf).toEqual(source);
    expect(stack.key.keyArn).toBe(source.rootKeyArn);
    expect(stack.pseudonymKey.keyArn).toBe(source.pseudonymKeyArn);
    expect(stack.operatorSignerKey.keyArn).toBe(source.operatorSignerKeyArn);
    expect(stack.adminSignerKey.keyArn).toBe(source.adminSignerKeyArn);
    for (const [name, spec] of tableEntries) {
      expect(stack.tables[name].tableName).toBe(`fhir-exchange-prod-r1-${spec.name}`);
      expect(stack.tables[name].encryptionKey?.keyArn).toBe(source.rootKeyArn);
    }
    const env = stack.resolve(stack.functionEnvironment()) as Record<string, unknown>;
    expect(env['EXCHANGE_KMS_KEY_ID']).toBe(source.rootKeyArn);
    expect(env['VAULT_KMS_KEY_ARN']).toBe(source.rootKeyArn);
    for (const spec of Object.values(TABLES)) expect(env[spec.configKey]).toBe(`fhir-exchange-prod-r1-${spec.name}`);
    const chain = stack.resolve(stack.chainEnvironment(built.api)) as Record<string, unknown>;
    expect(chain['OPERATOR_SIGNER']).toBe(`kms:${source.operatorSignerKeyArn.split('/')[1]}`);
    expect(chain['ADMIN_SIGNER']).toBe(`kms:${source.adminSignerKeyArn.split('/')[1]}`);
    expect(chain['PSEUDONYM_KMS_KEY_ID']).toBe(source.pseudonymKeyArn);
  });

  test('seals its own buckets and queues under the source stage\'s root key, which the copied vault objects are sealed under', () => {
    const buckets = template.findResources('AWS::S3::Bucket');
    const sealed = Object.values(buckets).filter((bucket) => JSON.stringify(bucket).includes(source.rootKeyArn));
    expect(sealed).toHaveLength(bucketEntries.length);
    for (const queue of Object.values(template.findResources('AWS::SQS::Queue'))) {
      expect((queue as { Properties: { KmsMasterKeyId: unknown } }).Properties.KmsMasterKeyId).toBe(source.rootKeyArn);
    }
  });

  test('grants the functions exactly the restored tables and the source keys, and nothing of a table or key it would have created', () => {
    const policies = Object.values(apiTemplate.Resources ?? {}).filter((resource) => resource.Type === 'AWS::IAM::ManagedPolicy' || resource.Type === 'AWS::IAM::Policy');
    expect(policies.length).toBeGreaterThan(0);
    const text = JSON.stringify(policies);
    for (const spec of Object.values(TABLES)) expect(text, spec.name).toContain(JSON.stringify(tableArn(spec)).slice(1, -1));
    for (const arn of [source.rootKeyArn, source.pseudonymKeyArn, source.operatorSignerKeyArn, source.adminSignerKeyArn]) expect(text).toContain(`"${arn}"`);
    // No resource of the stateful stack stands for a table or a key: every table and key in a grant is a literal name or ARN.
    expect(text).not.toMatch(/"Fn::GetAtt":\["[^"]*(Table|Key)[0-9A-F]{8}"/);
    expect(text).not.toMatch(/ImportValue[^}]*(Table|Key)/);
    const statements = policies.flatMap((policy) => (policy.Properties as { PolicyDocument: { Statement: { Action: string | string[]; Resource: unknown }[] } }).PolicyDocument.Statement);
    // The signers may only sign: the operator's and admin's keys appear in kms:Sign/GetPublicKey statements only, the pseudonym key in GenerateMac only.
    for (const statement of statements) {
      const resources = JSON.stringify(statement.Resource);
      const actions = [statement.Action].flat();
      if (resources.includes(source.operatorSignerKeyArn) || resources.includes(source.adminSignerKeyArn)) expect(actions.sort()).toEqual(['kms:GetPublicKey', 'kms:Sign']);
      if (resources.includes(source.pseudonymKeyArn)) expect(actions).toEqual(['kms:GenerateMac']);
    }
    // DynamoDB decrypts a restored table's key with the caller's credentials: allowed only through DynamoDB, for the restored tables' names.
    const tableKeyUse = statements.filter((statement) => JSON.stringify(statement).includes('aws:dynamodb:tableName'));
    expect(tableKeyUse.length).toBeGreaterThan(0);
    for (const statement of tableKeyUse) {
      expect(statement.Resource).toBe(source.rootKeyArn);
      for (const name of JSON.stringify(statement).match(/fhir-exchange-[a-z0-9-]+/g) ?? []) expect(name).toMatch(/^fhir-exchange-prod-r1-/);
    }
  });

  test('deploys the API held (throttle 0) with apiHeld=true, and at the default throttle without it', () => {
    const stages = Object.values(apiTemplate.Resources ?? {}).filter((resource) => resource.Type === 'AWS::ApiGatewayV2::Stage');
    expect(stages).toHaveLength(1);
    expect(stages[0]?.Properties).toMatchObject({ DefaultRouteSettings: { ThrottlingRateLimit: 0, ThrottlingBurstLimit: 0 } });
    const released = build('prod-r1', { ...context, apiHeld: 'false' });
    const releasedStages = Object.values((Template.fromStack(released.api).toJSON() as Json).Resources ?? {}).filter((resource) => resource.Type === 'AWS::ApiGatewayV2::Stage');
    expect(releasedStages[0]?.Properties).toMatchObject({ DefaultRouteSettings: { ThrottlingRateLimit: DEFAULT_THROTTLE.rateLimit, ThrottlingBurstLimit: DEFAULT_THROTTLE.burstLimit } });
  });

  test('refuses a restore without every key ARN, with a malformed one, or into its own stage', () => {
    const { restoreAdminSignerKeyArn: _admin, ...withoutAdmin } = context;
    expect(() => build('prod-r1', withoutAdmin)).toThrow(/restoreAdminSignerKeyArn/);
    expect(() => build('prod-r1', { ...context, restoreRootKeyArn: 'alias/fhir-exchange-prod' })).toThrow(/restoreRootKeyArn/);
    expect(() => build('prod', context)).toThrow(/into itself/);
    expect(() => build('prod-r1', { ...context, apiHeld: 'yes' })).toThrow(/apiHeld/);
  });

  test('passes cdk-nag (AWS Solutions and HIPAA Security) with no unacknowledged finding', () => {
    for (const pack of nagPacks()) {
      expect(pack.validateScope(built.app).violations, pack.name).toEqual([]);
    }
  });
});
