import { App, Validations } from 'aws-cdk-lib';
import type { AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import { ApiStack } from './api-stack.ts';
import { PortalStack } from './portal-stack.ts';
import { API_HELD_CONTEXT, restoreSourceFrom, StatefulStack } from './stateful-stack.ts';

/**
 * The exchange's CDK app. `cdk synth -c stage=prod` picks the stage (default `dev`); account and
 * region come from the CLI's environment (CDK_DEFAULT_ACCOUNT / CDK_DEFAULT_REGION).
 *
 * The chain settings start from context too (`-c chainRpcUrl=https://... -c chainId=11155111
 * -c providerRegistryAddress=0x... -c recordLocatorAddress=0x... -c anchorRegistryAddress=0x...
 * -c consentRegistryAddress=0x...`); without them the stateful stack's SSM parameters get
 * placeholders (an `.invalid` RPC URL, chain id 31337, the zero address) so that the app
 * synthesizes and deploys before the contracts exist. See CHAIN_PARAMETERS in stateful-stack.ts.
 *
 * A stage restored from another (`npm run restore:aws` prints the exact command): `-c restoreOf=SRC`
 * with the ARNs of SRC's keys (`-c restoreRootKeyArn=… -c restorePseudonymKeyArn=…
 * -c restoreOperatorSignerKeyArn=… -c restoreAdminSignerKeyArn=…`) makes the stateful stack reference
 * those keys and the restored tables `fhir-exchange-<stage>-<table>` instead of creating them;
 * `-c apiHeld=true` deploys the API with a throttle of 0 until the runbook releases it.
 *
 * cdk-nag's AWS Solutions and HIPAA Security packs check every stack during synthesis: an
 * unacknowledged error fails the synth. Acknowledgements sit next to the resources they concern
 * (`Validations.of(construct).acknowledge(...)`), each with its reason, and are copied into the
 * template metadata as an audit trail.
 */

export interface ExchangeApp {
  app: App;
  stage: string;
  stateful: StatefulStack;
  api: ApiStack;
  portal: PortalStack;
}

const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,19}$/;

export function buildApp(props: AppProps = {}): ExchangeApp {
  const app = new App(props);
  const stage = stageFrom(app.node.tryGetContext('stage'));
  const env = { account: process.env['CDK_DEFAULT_ACCOUNT'], region: process.env['CDK_DEFAULT_REGION'] };

  const restoreOf = restoreSourceFrom((name) => app.node.tryGetContext(name));
  const stateful = new StatefulStack(app, `FhirExchange-${stage}-Stateful`, {
    stage,
    env,
    ...(restoreOf ? { restoreOf } : {}),
    description: restoreOf
      ? `fhir-exchange ${stage}, restored from ${restoreOf.stage}: S3 buckets, anchoring and export queues (retained on delete) and chain settings; the KMS keys and DynamoDB tables are ${restoreOf.stage}'s keys and the restored tables, referenced`
      : `fhir-exchange ${stage}: KMS keys (root, chain signers, pseudonym), DynamoDB tables, S3 buckets, anchoring queue (all retained on delete) and chain settings`,
  });

  const api = new ApiStack(app, `FhirExchange-${stage}-Api`, {
    stage,
    env,
    stateful,
    ...(heldFrom(app.node.tryGetContext(API_HELD_CONTEXT)) ? { throttle: { rateLimit: 0, burstLimit: 0 } } : {}),
    ...alarmEmailFrom(app.node.tryGetContext('alarmEmail')),
    description: `fhir-exchange ${stage}: HTTP API and Lambda functions (stateless; its log groups are retained)`,
  });

  const portal = new PortalStack(app, `FhirExchange-${stage}-Portal`, {
    stage,
    env,
    api: api.api,
    description: `fhir-exchange ${stage}: patient portal (S3 behind CloudFront, with the patient API on the same origin)`,
  });

  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }),
    new HIPAASecurityChecks(app, { writeSuppressionsToCloudFormation: true }),
  );
  return { app, stage, stateful, api, portal };
}

/** Context `apiHeld`: `true` or absent/`false`. */
function heldFrom(value: unknown): boolean {
  if (value === undefined || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  throw new Error(`Invalid context ${API_HELD_CONTEXT}=${JSON.stringify(value)}: expected true or false`);
}

/** Context `alarmEmail`: an address to subscribe to the alarm topic. */
function alarmEmailFrom(value: unknown): { alarmEmail?: string } {
  if (value === undefined || value === '') return {};
  const email = String(value);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error('Invalid context alarmEmail: expected an e-mail address');
  return { alarmEmail: email };
}

function stageFrom(value: unknown): string {
  const stage = value === undefined ? 'dev' : String(value);
  if (!STAGE_PATTERN.test(stage)) {
    throw new Error(`Invalid stage ${JSON.stringify(stage)}: expected lowercase letters, digits and hyphens, starting with a letter, at most 20 characters`);
  }
  return stage;
}

if (import.meta.main) {
  buildApp().app.synth();
}
