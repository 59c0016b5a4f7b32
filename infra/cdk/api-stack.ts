import { CfnOutput, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod as ApiMethod, HttpRoute, HttpRouteKey, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { DEFAULT_ROUTE_FUNCTION, FUNCTION_NAMES, ROUTES } from '../../functions/routes.ts';
import type { FunctionName, HttpMethod, RouteSpec } from '../../functions/routes.ts';
import { ExchangeFunction } from './exchange-function.ts';
import type { ConfigSection } from './exchange-function.ts';
import type { StatefulStack } from './stateful-stack.ts';

/**
 * The stateless half of the exchange: one Lambda function per FUNCTION_NAMES entry and the API
 * Gateway HTTP API in front of them, routed from functions/routes.ts (the table the local adapter
 * routes with), unmatched requests to `fhir-fallback` (`$default`). It takes the data resources
 * from the stateful stack and can be torn down and redeployed without touching them; only its
 * log groups (and the key encrypting them) are kept.
 *
 * Each function gets exactly the calls its code makes (`FUNCTIONS` below): named tables with
 * named actions, the exchange key only under the encryption context of the secret it unwraps.
 */

// ---------------------------------------------------------------------------------------------
// Routes

/**
 * API Gateway's check on each part of an HTTP API route path: it rejects anything else with
 * "One or more path parts appear to be invalid. Parts are validated against this regular
 * expression: ^(\{[\w.:-]+\+?\}|[a-zA-Z0-9.:_-]+)$". A literal `$` is not allowed.
 */
export const ROUTE_PATH_PART = /^(\{[\w.:-]+\+?\}|[a-zA-Z0-9.:_-]+)$/;

/**
 * FHIR operations are path segments starting with `$` (`POST [base]/$validate`), which no route
 * path may contain. Such a segment becomes this path parameter: API Gateway then sends every
 * request with anything in that position to the route's function, which must check that the
 * parameter is the operation it serves (`event.pathParameters.operation === '$validate'`) and
 * answer as the fallback would (404/405) otherwise.
 */
export const OPERATION_PARAMETER = 'operation';
const OPERATION_SEGMENT = /^\$[A-Za-z][A-Za-z0-9-]*$/;

/** A route as API Gateway gets it, and the ROUTES entries it serves. */
export interface ApiRoute {
  method: HttpMethod;
  /** API Gateway route path: the ROUTES path with operation segments as `{operation}`. */
  path: string;
  /** `METHOD path`, the route key in API Gateway (and in the events the function receives). */
  key: string;
  function: FunctionName;
  serves: RouteSpec[];
}

/** The API Gateway route path for a ROUTES path; throws if API Gateway would refuse it. */
export function apiGatewayPath(path: string): string {
  const parts = path.split('/').slice(1);
  const names = new Set<string>();
  const mapped = parts.map((part) => {
    const segment = OPERATION_SEGMENT.test(part) ? `{${OPERATION_PARAMETER}}` : part;
    if (!ROUTE_PATH_PART.test(segment)) {
      throw new Error(`Route path ${path}: API Gateway refuses the path part ${JSON.stringify(part)} (allowed: ${ROUTE_PATH_PART.source})`);
    }
    const parameter = /^\{([^}+]+)\+?\}$/.exec(segment)?.[1];
    if (parameter !== undefined) {
      if (names.has(parameter)) throw new Error(`Route path ${path}: the path parameter {${parameter}} appears twice`);
      names.add(parameter);
    }
    return segment;
  });
  return `/${mapped.join('/')}`;
}

/**
 * The API Gateway routes for `routes`. Routes that API Gateway cannot tell apart (the same
 * method and the same path once parameter names are ignored, which is what two operations in
 * the same position become) must be served by the same function and have the same key; anything
 * else throws, so no route is ever dropped or shadowed silently.
 */
export function apiRoutes(routes: readonly RouteSpec[]): ApiRoute[] {
  const byShape = new Map<string, ApiRoute>();
  for (const route of routes) {
    const path = apiGatewayPath(route.path);
    const key = `${route.method} ${path}`;
    const shape = `${route.method} ${path.replace(/\{[^}+]+(\+?)\}/g, '{$1}')}`;
    const existing = byShape.get(shape);
    if (!existing) {
      byShape.set(shape, { method: route.method, path, key, function: route.function, serves: [route] });
      continue;
    }
    if (existing.function !== route.function || existing.key !== key) {
      const served = existing.serves.map((other) => `${other.method} ${other.path} (${other.function})`).join(', ');
      throw new Error(
        `API Gateway cannot route ${route.method} ${route.path} (${route.function}) apart from ${served}: both are ${key} to it. ` +
          'Serve them from one function, or give them distinguishable paths.',
      );
    }
    existing.serves.push(route);
  }
  return [...byShape.values()];
}

// ---------------------------------------------------------------------------------------------
// Functions

/** The access-token signing key: its item in the keys table and its encryption context (functions/access/access-services.ts). */
export const SIGNING_KEY_SECRET = 'access-token-signing-key';

interface FunctionSpec {
  description: string;
  config: readonly ConfigSection[];
  memorySize?: number;
  /** Why API Gateway itself does not authorize this function's routes (cdk-nag AwsSolutions-APIG4). */
  routeAuthorization: string;
  /** Everything the function calls besides its logs and traces. */
  access(fn: ExchangeFunction, data: StatefulStack): void;
}

/** What token verification reads (functions/http/middleware/smart-auth.ts): the signing key, unwrapped, and the caller's registry entry. */
function verifiesTokens(fn: ExchangeFunction, data: StatefulStack): void {
  fn.grantTable(data.tables.keys, ['dynamodb:GetItem'], { leadingKeys: [SIGNING_KEY_SECRET] });
  fn.grantWrappedSecret(data.key, SIGNING_KEY_SECRET, 'read');
  fn.grantTable(data.tables.clients, ['dynamodb:GetItem']);
}

const TOKEN_AUTHORIZATION =
  'Authorization is in the function: it verifies the SMART bearer token (HS256 under a KMS-wrapped key, which an API Gateway JWT authorizer cannot check: it needs a published JWKS) and the client status on every request.';

export const FUNCTIONS: Readonly<Record<FunctionName, FunctionSpec>> = {
  'fhir-metadata': {
    description: 'GET [base]/metadata and [base]/.well-known/smart-configuration',
    config: ['http'],
    routeAuthorization: 'FHIR capability discovery (GET [base]/metadata) and SMART discovery are public by specification: clients read them before they have a token.',
    access: () => {},
  },
  'smart-token': {
    description: 'POST [base]/auth/token: SMART Backend Services token endpoint',
    config: ['http', 'aws', 'auth'],
    routeAuthorization:
      'The OAuth token endpoint is reached before the client has a token: the function authenticates the client by its private_key_jwt assertion, verified against the registered JWKS, with replay protection.',
    access: (fn, data) => {
      fn.grantTable(data.tables.clients, ['dynamodb:GetItem']);
      fn.grantTable(data.tables.assertionJtis, ['dynamodb:PutItem']);
      // The one function that may create the signing key (GenerateDataKey, then a conditional put).
      fn.grantTable(data.tables.keys, ['dynamodb:GetItem', 'dynamodb:PutItem'], { leadingKeys: [SIGNING_KEY_SECRET] });
      fn.grantWrappedSecret(data.key, SIGNING_KEY_SECRET, 'create');
    },
  },
  'admin-clients': {
    description: 'GET /admin/clients, GET|PUT /admin/clients/{clientId}: the client registry',
    config: ['http', 'aws', 'auth'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Only admin clients pass.`,
    access: (fn, data) => {
      verifiesTokens(fn, data);
      fn.grantTable(data.tables.clients, ['dynamodb:Scan', 'dynamodb:PutItem']);
    },
  },
  'admin-providers': {
    description: 'GET /admin/providers[/{providerId}], POST /admin/providers/{providerId}/$apply|$confirm|$suspend: the on-chain provider registry',
    config: ['http', 'aws', 'auth', 'chain'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Only admin clients pass.`,
    // The registry itself is reached over the chain's JSON-RPC endpoint, not through AWS; its
    // transactions are signed in KMS: the operator's (applications) and the admin's (confirm,
    // suspend). No other function may sign with either key.
    access: (fn, data) => {
      verifiesTokens(fn, data);
      fn.grantSign(data.operatorSignerKey);
      fn.grantSign(data.adminSignerKey);
    },
  },
  'fhir-validate': {
    description: 'POST [base]/$validate and [base]/{type}/$validate',
    config: ['http', 'aws', 'auth'],
    routeAuthorization: TOKEN_AUTHORIZATION,
    access: verifiesTokens,
  },
  'fhir-locate': {
    description: 'GET [base]/$locate?identifier=system|value: the providers holding records for a patient (record locator on chain)',
    config: ['http', 'aws', 'auth', 'pseudonym', 'chain'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Only provider clients with a read scope on Patient pass.`,
    // Token verification, a scan of the client registry (exchange provider ids by their on-chain
    // hash, cached for a minute) and the patient's pseudonym (kms:GenerateMac on the pseudonym key).
    // The record locator is read over the chain's JSON-RPC endpoint, not through AWS: no signing.
    access: (fn, data) => {
      verifiesTokens(fn, data);
      fn.grantTable(data.tables.clients, ['dynamodb:Scan']);
      fn.grantGenerateMac(data.pseudonymKey);
    },
  },
  'fhir-fallback': {
    description: '$default route: 401 without a token under /fhir and /admin, then 404 or 405',
    config: ['http', 'aws', 'auth'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Under /fhir and /admin it answers 401 before saying whether a path exists.`,
    access: verifiesTokens,
  },
};

// ---------------------------------------------------------------------------------------------
// The stack

/**
 * The access log line: route template and status, never the raw path (FHIR paths carry resource
 * ids) or anything from the body or headers but the caller's address and agent.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging-variables.html
 */
export const ACCESS_LOG_FORMAT = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  error: '$context.error.message',
  sourceIp: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
} as const;

export interface ApiThrottle {
  /** Steady-state requests per second, across the API. */
  rateLimit: number;
  burstLimit: number;
}

export const DEFAULT_THROTTLE: ApiThrottle = { rateLimit: 100, burstLimit: 200 };

export interface ApiStackProps extends StackProps {
  stage: string;
  stateful: StatefulStack;
  /** Public FHIR base URL (a custom domain). Unset, the functions derive it from each request's host. */
  fhirBaseUrl?: string;
  /** @default DEFAULT_THROTTLE */
  throttle?: ApiThrottle;
  /** For the functions' and the access log groups. @default one year */
  logRetention?: RetentionDays;
}

export class ApiStack extends Stack {
  readonly api: HttpApi;
  readonly apiStage: HttpStage;
  readonly functions: Readonly<Record<FunctionName, ExchangeFunction>>;
  /** The routes as API Gateway has them (one per distinct route key), besides `$default`. */
  readonly routes: readonly ApiRoute[];
  /** Encrypts every log group of this stack (CloudWatch Logs may use it for this account's log groups only). */
  readonly logKey: Key;
  readonly accessLogGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { stateful } = props;
    this.addStackDependency(stateful);
    const prefix = `fhir-exchange-${props.stage}`;
    const logRetention = props.logRetention ?? RetentionDays.ONE_YEAR;

    // A key of its own rather than the exchange's root key: CloudWatch Logs (a service principal) is
    // never allowed to use the key that wraps the exchange's secrets and patients' branch keys.
    this.logKey = new Key(this, 'LogsKey', {
      alias: `alias/${prefix}-logs`,
      description: `fhir-exchange ${props.stage}: encrypts the API's log groups (request and access logs)`,
      keySpec: KeySpec.SYMMETRIC_DEFAULT,
      keyUsage: KeyUsage.ENCRYPT_DECRYPT,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.logKey.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchLogsForThisAccountsLogGroups',
        principals: [new ServicePrincipal(`logs.${this.region}.${this.urlSuffix}`)],
        actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:DescribeKey'],
        resources: ['*'],
        conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${this.partition}:logs:${this.region}:${this.account}:log-group:*` } },
      }),
    );

    const values = { ...stateful.functionEnvironment(), ...stateful.chainEnvironment(this), ...(props.fhirBaseUrl ? { FHIR_BASE_URL: props.fhirBaseUrl } : {}) };
    const functions: Partial<Record<FunctionName, ExchangeFunction>> = {};
    for (const name of FUNCTION_NAMES) {
      const spec = FUNCTIONS[name];
      const fn = new ExchangeFunction(this, pascalCase(name), {
        name,
        functionName: `${prefix}-${name}`,
        description: `fhir-exchange ${props.stage}: ${spec.description}`,
        config: spec.config,
        values,
        logKey: this.logKey,
        logRetention,
        ...(spec.memorySize ? { memorySize: spec.memorySize } : {}),
      });
      spec.access(fn, stateful);
      Validations.of(fn).acknowledge(
        {
          id: 'HIPAA.Security-LambdaDLQ',
          reason: 'API Gateway invokes the function synchronously and returns its answer (or a 5xx) to the caller, who retries; a dead-letter queue only ever receives failed asynchronous invocations.',
        },
        {
          id: 'HIPAA.Security-LambdaConcurrency',
          reason: "The API stage's throttle (rate and burst) bounds concurrent invocations; reserved concurrency per function would carve up the account's pool and fails to deploy on accounts with the default low concurrency quota.",
        },
      );
      functions[name] = fn;
    }
    this.functions = functions as Record<FunctionName, ExchangeFunction>;

    this.accessLogGroup = new LogGroup(this, 'AccessLogs', {
      retention: logRetention,
      encryptionKey: this.logKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.api = new HttpApi(this, 'HttpApi', {
      apiName: prefix,
      description: `fhir-exchange ${props.stage}: FHIR R4 API, SMART token endpoint and admin API`,
      createDefaultStage: false,
    });
    const throttle = props.throttle ?? DEFAULT_THROTTLE;
    this.apiStage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: throttle.rateLimit, burstLimit: throttle.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogGroup),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FORMAT)),
      },
    });

    // One integration per function; every route of the function goes to it.
    const integrations = Object.fromEntries(
      FUNCTION_NAMES.map((name) => [name, new HttpLambdaIntegration(`${pascalCase(name)}Integration`, this.functions[name].function)]),
    ) as Record<FunctionName, HttpLambdaIntegration>;
    this.routes = apiRoutes(ROUTES);
    for (const route of this.routes) {
      const apiRoute = new HttpRoute(this, `Route ${route.key.replace(/\//g, '|')}`, {
        httpApi: this.api,
        routeKey: HttpRouteKey.with(route.path, route.method as ApiMethod),
        integration: integrations[route.function],
      });
      Validations.of(apiRoute).acknowledge({ id: 'AwsSolutions-APIG4', reason: FUNCTIONS[route.function].routeAuthorization });
    }
    const defaultRoute = new HttpRoute(this, 'DefaultRoute', {
      httpApi: this.api,
      routeKey: HttpRouteKey.DEFAULT,
      integration: integrations[DEFAULT_ROUTE_FUNCTION],
    });
    Validations.of(defaultRoute).acknowledge({ id: 'AwsSolutions-APIG4', reason: FUNCTIONS[DEFAULT_ROUTE_FUNCTION].routeAuthorization });

    new CfnOutput(this, 'FhirBaseUrl', {
      description: 'FHIR base URL on the API endpoint (the functions derive it from the request when FHIR_BASE_URL is unset)',
      value: props.fhirBaseUrl ?? `${this.apiStage.url}fhir`,
    });
  }
}

/** `smart-token` → `SmartToken`: construct ids (and so logical ids) follow the function names. */
function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}
