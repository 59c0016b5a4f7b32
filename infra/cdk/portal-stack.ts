import { CfnOutput, DockerImage, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { writePortal } from '../../portal/build.ts';
import { CONTENT_SECURITY_POLICY } from '../../portal/security-headers.ts';
import { portalOriginsParameterName } from './stateful-stack.ts';

/**
 * The patient portal in AWS: its files (portal/, built by portal/build.ts during synthesis) in a
 * private S3 bucket read by CloudFront through Origin Access Control, and the patient API
 * (`/patient/*`) behind the same distribution, so that the page, its session cookie
 * (SameSite=Strict, Path=/patient) and the API share one origin. Every answer carries the
 * portal's security headers (portal/security-headers.ts), the strict Content-Security-Policy first.
 */

export interface PortalStackProps extends StackProps {
  stage: string;
  /** The exchange's HTTP API, the origin of `/patient/*`. */
  api: HttpApi;
}

/** `{"Fn::GetAtt":["X","Arn"]}` as cdk-nag writes it in finding ids: `<X.Arn>`. */
function nagReference(resolved: unknown): string {
  const attribute = (resolved as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
  if (!attribute) throw new Error(`Cannot name ${JSON.stringify(resolved)} as cdk-nag does`);
  return `<${attribute[0]}.${attribute[1]}>`;
}

/** Where the distribution sends the patient API; everything else is the portal's files. */
export const PATIENT_API_PATH = '/patient/*';

export class PortalStack extends Stack {
  readonly bucket: Bucket;
  readonly logsBucket: Bucket;
  readonly distribution: Distribution;
  readonly responseHeaders: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);

    // CloudFront's standard logs are delivered with object ACLs, so this bucket keeps them enabled.
    this.logsBucket = new Bucket(this, 'LogsBucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.logsBucket).acknowledge(
      {
        id: 'HIPAA.Security-S3DefaultEncryptionKMS',
        reason: "SSE-S3, so that CloudFront's and S3's log delivery need no grant on a KMS key; the bucket holds request logs of the portal's static files, not records.",
      },
      { id: 'HIPAA.Security-S3BucketReplicationEnabled', reason: 'Cross-region replication needs a second region: a disaster-recovery decision not made yet. The logs are versioned and retained.' },
    );

    this.bucket = new Bucket(this, 'SiteBucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      lifecycleRules: [{ id: 'ExpireNoncurrentVersions', enabled: true, noncurrentVersionExpiration: Duration.days(30), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      serverAccessLogsBucket: this.logsBucket,
      serverAccessLogsPrefix: 'site-bucket/',
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.bucket).acknowledge(
      {
        id: 'HIPAA.Security-S3DefaultEncryptionKMS',
        reason: "SSE-S3: the bucket holds the portal's public static files (HTML, CSS, JavaScript), no PHI; a KMS key would only add a grant for CloudFront.",
      },
      { id: 'HIPAA.Security-S3BucketReplicationEnabled', reason: 'The files are built from the repository at every deployment; a replica in another region would add nothing a redeploy does not.' },
    );

    this.responseHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'fhir-exchange patient portal: strict CSP and security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
      },
      customHeadersBehavior: { customHeaders: [{ header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true }] },
    });

    const stack = Stack.of(props.api);
    const apiOrigin = new HttpOrigin(`${props.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `fhir-exchange ${props.stage} patient portal`,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logsBucket,
      logFilePrefix: 'distribution/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.responseHeaders,
        compress: true,
      },
      additionalBehaviors: {
        // The patient API: never cached, every header, cookie and query string passed on but Host
        // (API Gateway answers only to its own host name).
        [PATIENT_API_PATH]: {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: this.responseHeaders,
        },
      },
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Patients read their own records from wherever they are (travelling, living abroad); refusing countries would lock them out of their data.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason: 'A CloudFront web ACL must be created in us-east-1; the API behind /patient/* is throttled by API Gateway and every session needs a wallet signature.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason: "Without a custom domain CloudFront serves its default *.cloudfront.net certificate, whose minimum viewer protocol CloudFront fixes itself; a custom domain with an ACM certificate and TLSv1.2_2021 is a deployment decision not made yet.",
      },
    );

    new BucketDeployment(this, 'Files', {
      // Built during synthesis: portal/build.ts bundles the page with esbuild into the asset folder.
      sources: [
        Source.asset(new URL('../../portal', import.meta.url).pathname, {
          exclude: ['dist', 'tsconfig.json'],
          bundling: {
            image: DockerImage.fromRegistry('not-used'),
            local: {
              tryBundle(outputDir: string) {
                writePortal(outputDir);
                return true;
              },
            },
          },
        }),
      ],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
      memoryLimit: 256,
    });
    // The upload runs as a Lambda function that CDK provides (one per stack, beside the deployment).
    const uploader = this.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!uploader) throw new Error('BucketDeployment created no provider function');
    const why = 'CDK’s BucketDeployment provider, which runs only during deployments to copy the built portal files into the site bucket';
    const siteObjects = nagReference(this.resolve(this.bucket.bucketArn));
    Validations.of(uploader).acknowledge(
      { id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', reason: `${why}: CDK gives it the AWSLambdaBasicExecutionRole managed policy for its own logs.` },
      ...['Action::s3:GetBucket*', 'Action::s3:GetObject*', 'Action::s3:List*', 'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*'].map((finding) => ({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason: `${why}: it reads the built files from CDK's asset bucket (read actions on that bucket's objects only).`,
      })),
      ...['Action::s3:Abort*', 'Action::s3:DeleteObject*', `Resource::${siteObjects}/*`].map((finding) => ({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason: `${why}: it writes and prunes every key of the site bucket, which holds only the portal's files.`,
      })),
      { id: 'AwsSolutions-IAM5[Resource::*]', reason: `${why}: CloudFront's CreateInvalidation and GetInvalidation, which it calls after the upload, have no resource-level permissions in its policy.` },
      { id: 'HIPAA.Security-IAMNoInlinePolicy', reason: `${why}: CDK writes its policy inline on the role it creates; the policy grants only the upload above.` },
      { id: 'HIPAA.Security-CloudWatchLogGroupEncrypted', reason: `${why}: its log group holds the provider's upload messages (file names of the portal), no PHI.` },
      { id: 'AwsSolutions-L1', reason: `${why}: its runtime is chosen by the CDK version and upgraded with aws-cdk-lib.` },
      { id: 'HIPAA.Security-LambdaConcurrency', reason: `${why}: one invocation per deployment, nothing to reserve concurrency for.` },
      { id: 'HIPAA.Security-LambdaDLQ', reason: `${why}: invoked synchronously by CloudFormation, which reports its failure itself.` },
      { id: 'HIPAA.Security-LambdaInsideVPC', reason: `${why}: it talks only to S3 and CloudFront, handles no PHI and needs no network of the exchange.` },
    );

    new CfnOutput(this, 'PortalUrl', { value: `https://${this.distribution.distributionDomainName}/`, description: 'The patient portal (and the patient API under /patient/ on the same origin)' });
    // Sign-in messages name the page's origin; the API accepts it once the stateful stack's parameter
    // lists it (the API stack resolves it at deploy time: redeploy it after the command).
    new CfnOutput(this, 'PortalOriginsCommand', {
      value: `aws ssm put-parameter --overwrite --name ${portalOriginsParameterName(props.stage)} --value https://${this.distribution.distributionDomainName}`,
      description: 'Run once after the first deployment, then deploy the API stack again: patients may then sign in from the portal',
    });
  }
}
