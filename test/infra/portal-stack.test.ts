import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnResource } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../infra/cdk/app.ts';
import type { ExchangeApp } from '../../infra/cdk/app.ts';
import { PATIENT_API_PATH } from '../../infra/cdk/portal-stack.ts';
import { CONTENT_SECURITY_POLICY } from '../../portal/security-headers.ts';

/**
 * The patient portal's stack: the built page in a private bucket behind CloudFront (Origin Access
 * Control), the strict Content-Security-Policy on every answer, the patient API on the same
 * origin, and cdk-nag's AWS Solutions and HIPAA Security packs with nothing left unacknowledged.
 */

const CDK_CONTEXT = (JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> }).context;
/** CloudFront's managed cache policy CachingDisabled. */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

let outdir: string;
let built: ExchangeApp;
let template: Template;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'fhir-exchange-portal-cdk-'));
  // Only this stack's assets are bundled (the portal build); the functions' bundles are the API stack tests' business.
  built = buildApp({ outdir, context: { ...CDK_CONTEXT, stage: 'test', 'aws:cdk:bundling-stacks': ['FhirExchange-test-Portal'] } });
  template = Template.fromStack(built.portal);
});

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

const logicalId = (construct: { node: { defaultChild?: unknown } }) => Stack.of(built.portal).getLogicalId(construct.node.defaultChild as CfnResource);

describe('the portal stack', () => {
  test('is named after its stage', () => {
    expect(built.portal.stackName).toBe('FhirExchange-test-Portal');
  });

  test('keeps the files in a private, TLS-only, versioned bucket that logs its access', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: { Ref: logicalId(built.portal.logsBucket) }, LogFilePrefix: 'site-bucket/' },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
    // No static website hosting: only CloudFront reads the bucket.
    expect(JSON.stringify(template.findResources('AWS::S3::Bucket'))).not.toContain('WebsiteConfiguration');
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logicalId(built.portal.bucket) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  test('reads the bucket through Origin Access Control (SigV4, always), not an origin access identity', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    template.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
  });

  test('answers with the strict Content-Security-Policy: own scripts and styles only, no inline code, no other origin, no framing', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: {
          ContentSecurityPolicy: { ContentSecurityPolicy: CONTENT_SECURITY_POLICY, Override: true },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
          StrictTransportSecurity: Match.objectLike({ IncludeSubdomains: true, Override: true }),
        },
      },
    });
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:/);
  });

  test('serves the page over HTTPS from the bucket and the patient API on the same origin, uncached, with every viewer header but Host', () => {
    const policyId = { Ref: logicalId(built.portal.responseHeaders) };
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        HttpVersion: 'http2and3',
        Logging: Match.objectLike({ Bucket: Match.anyValue(), Prefix: 'distribution/' }),
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'], ResponseHeadersPolicyId: policyId }),
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: PATIENT_API_PATH,
            ViewerProtocolPolicy: 'https-only',
            CachePolicyId: CACHING_DISABLED,
            AllowedMethods: Match.arrayWith(['GET', 'POST', 'DELETE']),
            ResponseHeadersPolicyId: policyId,
          }),
        ],
      }),
    });
    const distribution = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0] as { Properties: { DistributionConfig: { Origins: { CustomOriginConfig?: unknown; DomainName: unknown }[] } } };
    const apiOrigin = distribution.Properties.DistributionConfig.Origins.find((origin) => origin.CustomOriginConfig);
    expect(apiOrigin?.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    // API Gateway's host name, from the API stack's HTTP API id.
    expect(JSON.stringify(apiOrigin?.DomainName)).toMatch(/"StackName":"FhirExchange-test-Api".*HttpApi.*\.execute-api\./);
  });

  test('uploads the page built during synthesis (index.html, portal.css, portal.js) and invalidates the distribution', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketName: { Ref: logicalId(built.portal.bucket) },
      DistributionPaths: ['/*'],
      Prune: true,
    });
    const assembly = built.app.synth();
    const assets = readdirSync(assembly.directory).filter((name) => name.startsWith('asset.') && existsSync(join(assembly.directory, name, 'portal.js')));
    expect(assets).toHaveLength(1);
    const folder = join(assembly.directory, assets[0]!);
    expect(readdirSync(folder).sort()).toEqual(['index.html', 'portal.css', 'portal.js', 'portal.js.LEGAL.txt']);
    const html = readFileSync(join(folder, 'index.html'), 'utf8');
    // CSP-compatible: external script and style only, no inline <script> body, no style attribute.
    expect(html).toMatch(/<script type="module" src="portal.js"><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(readFileSync(join(folder, 'portal.js'), 'utf8')).not.toMatch(/https?:\/\/(?!eips\.ethereum\.org)[a-z0-9.-]+\/[^\s"'`]*\.js/);
  });

  test('outputs the portal URL', () => {
    template.hasOutput('PortalUrl', { Value: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(built.portal.distribution), 'DomainName'] }, '/']] } });
    // The one step after the first deployment: the API accepts sign-in messages naming the portal's origin.
    template.hasOutput('PortalOriginsCommand', {
      Value: { 'Fn::Join': ['', ['aws ssm put-parameter --overwrite --name /fhir-exchange/test/patient/portal-origins --value https://', { 'Fn::GetAtt': [logicalId(built.portal.distribution), 'DomainName'] }]] },
    });
  });
});

describe('cdk-nag (AWS Solutions and HIPAA Security)', () => {
  test('reports no unacknowledged finding in the portal stack', () => {
    for (const pack of [new AwsSolutionsChecks(), new HIPAASecurityChecks()]) {
      expect(pack.validateScope(built.portal).violations, pack.name).toEqual([]);
    }
  });

  test("every acknowledgement in the portal stack has a reason and matches a finding it would otherwise report", () => {
    const raw: { rule: string; path: string }[] = [];
    for (const pack of [new AwsSolutionsChecks(), new HIPAASecurityChecks()]) {
      Object.defineProperty(pack, 'isAcknowledged', { value: () => false });
      for (const violation of pack.validateScope(built.portal).violations) {
        for (const resource of violation.violatingResources) raw.push({ rule: violation.ruleName, path: resource.constructPath ?? '' });
      }
    }
    const acknowledged: { rule: string; path: string; reason: string }[] = [];
    for (const construct of built.portal.node.findAll()) {
      for (const entry of construct.node.metadata) {
        if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) acknowledged.push({ rule: id.replace(/^annotation::/i, ''), path: construct.node.path, reason });
      }
    }
    expect(acknowledged.map((entry) => entry.rule)).toEqual(expect.arrayContaining(['AwsSolutions-CFR1', 'AwsSolutions-CFR2', 'AwsSolutions-CFR4']));
    for (const entry of acknowledged) {
      expect(entry.reason.length, `${entry.rule} on ${entry.path}`).toBeGreaterThanOrEqual(60);
      expect(raw.some((finding) => finding.rule === entry.rule && (finding.path === entry.path || finding.path.startsWith(`${entry.path}/`))), `${entry.rule} on ${entry.path}`).toBe(true);
    }
  });
});
