import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { GRACE_LOG_MESSAGE } from '../../functions/ledger/provider-status.ts';
import type { ExchangeFunction } from './exchange-function.ts';

/**
 * What an operator of the exchange is told about, on one SNS topic (encrypted with a key of its
 * own, which CloudWatch may use to publish and nothing else):
 *
 * - anchoring dead letters: a message on the anchoring queue's dead-letter queue means the anchor
 *   worker failed on it ANCHORING_MAX_RECEIVE_COUNT times; its commitments still wait in the
 *   catalog (the vault worker's sweep nudges them again), but something keeps failing;
 * - export dead letters: a message on the export queue's dead-letter queue means the export worker
 *   could not run that job EXPORT_MAX_RECEIVE_COUNT times (chain or storage unreachable, a crash
 *   each time); the job waits until it is failed, and its client for its next export;
 * - anchoring backlog: the oldest message on the anchoring queue waited longer than
 *   ANCHORING_BACKLOG_ALARM (the chain is down, the operator account has no funds, the worker fails);
 * - function errors: any deployed function's invocation failed (timeout, out of memory, a crash;
 *   the HTTP functions answer their own errors as OperationOutcomes, so an error here is one that
 *   got past them), and for the background functions any failed run;
 * - server errors: the API answered at least API_5XX_ALARM_COUNT 5xx in five minutes;
 * - chain-down grace: fhir-ingest accepted data while the provider registry on chain could not be
 *   read, on the strength of the provider's last Confirmed status (PROVIDER_STATUS_GRACE_SECONDS).
 *   A metric filter on the function's log group counts its GRACE_LOG_MESSAGE lines
 *   (GRACE_METRIC); one is an alarm: the chain is unreachable, and ingest stops when the grace ends.
 *
 * Alarms carry no data of their own: names, metrics and thresholds only, never PHI.
 */

/** How long the oldest anchoring message may wait before someone is told. */
export const ANCHORING_BACKLOG_ALARM = Duration.minutes(15);
/** 5xx answers in five minutes that make an alarm (a few are expected: KMS throttling answers 503). */
export const API_5XX_ALARM_COUNT = 10;
const PERIOD = Duration.minutes(5);
/** The metric the chain-down grace's log lines are counted in (namespace per stage). */
export const GRACE_METRIC = { namespace: (stage: string) => `fhir-exchange/${stage}`, name: 'IngestAcceptedUnderChainGrace' } as const;
/** The function whose log lines say the grace was used (functions/fhir-ingest/handler.ts). */
export const GRACE_FUNCTION = 'fhir-ingest';

export interface ExchangeAlarmsProps {
  prefix: string;
  stage: string;
  functions: Readonly<Record<string, ExchangeFunction>>;
  api: HttpApi;
  anchoringQueue: IQueue;
  anchoringDeadLetterQueue: IQueue;
  exportDeadLetterQueue: IQueue;
  /** Subscribed to the topic by e-mail (a confirmation message is sent first). */
  email?: string;
}

export class ExchangeAlarms extends Construct {
  readonly topic: Topic;
  readonly key: Key;
  readonly alarms: Readonly<Record<string, Alarm>>;

  constructor(scope: Construct, id: string, props: ExchangeAlarmsProps) {
    super(scope, id);
    this.key = new Key(this, 'TopicKey', {
      alias: `alias/${props.prefix}-alarms`,
      description: `fhir-exchange ${props.stage}: encrypts the alarm topic`,
      keySpec: KeySpec.SYMMETRIC_DEFAULT,
      keyUsage: KeyUsage.ENCRYPT_DECRYPT,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // CloudWatch publishes alarm notifications to an encrypted topic only if it may use the key.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublishToTheAlarmTopic',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    this.topic = new Topic(this, 'Topic', {
      topicName: `${props.prefix}-alarms`,
      displayName: `fhir-exchange ${props.stage} alarms`,
      masterKey: this.key,
      enforceSSL: true,
    });
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));

    const action = new SnsAction(this.topic);
    const alarms: Record<string, Alarm> = {};
    const alarm = (name: string, metric: IMetric, threshold: number, description: string) => {
      const created = new Alarm(this, name, {
        alarmName: `${props.prefix}-${name}`,
        alarmDescription: `fhir-exchange ${props.stage}: ${description}`,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      alarms[name] = created;
    };

    alarm(
      'anchoring-dead-letters',
      props.anchoringDeadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
      1,
      'messages on the anchoring dead-letter queue: the anchor worker keeps failing on them',
    );
    alarm(
      'export-dead-letters',
      props.exportDeadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
      1,
      'messages on the export dead-letter queue: the export worker keeps failing to run those jobs',
    );
    alarm(
      'anchoring-backlog',
      props.anchoringQueue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: 'Maximum' }),
      ANCHORING_BACKLOG_ALARM.toSeconds(),
      `commitments waiting more than ${ANCHORING_BACKLOG_ALARM.toMinutes()} minutes to be anchored (chain down, operator account out of funds, anchor worker failing)`,
    );
    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(`${name}-errors`, fn.function.metricErrors({ period: PERIOD, statistic: 'Sum' }), 1, `invocations of ${name} failed (timeout, out of memory or an error past its handler)`);
    }
    alarm('api-5xx', props.api.metricServerError({ period: PERIOD, statistic: 'Sum' }), API_5XX_ALARM_COUNT, `the API answered ${API_5XX_ALARM_COUNT} or more 5xx in five minutes`);
    const ingest = props.functions[GRACE_FUNCTION];
    if (ingest) {
      // Powertools writes JSON lines: the message is `$.message`. The metric counts lines, no value from them.
      const graceLines = new MetricFilter(this, 'ChainGraceFilter', {
        logGroup: ingest.logGroup,
        filterPattern: FilterPattern.stringValue('$.message', '=', GRACE_LOG_MESSAGE),
        metricNamespace: GRACE_METRIC.namespace(props.stage),
        metricName: GRACE_METRIC.name,
        metricValue: '1',
        defaultValue: 0,
      });
      alarm(
        'ingest-chain-grace',
        graceLines.metric({ period: PERIOD, statistic: 'Sum' }),
        1,
        "fhir-ingest accepted data on a provider's last Confirmed status because the provider registry on chain could not be read; ingest answers 503 once the grace (PROVIDER_STATUS_GRACE_SECONDS) ends",
      );
    }
    this.alarms = alarms;
  }
}
