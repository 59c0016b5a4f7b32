import middy from '@middy/core';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { httpConfigSchema, parseConfig } from '../../schemas/config.ts';
import type { ExchangeContext } from './exchange-context.ts';
import { outcomeErrors } from './middleware/outcome-errors.ts';
import { bodyLimit, requestBody } from './middleware/request-body.ts';
import type { BodyKind } from './middleware/request-body.ts';
import { requestLifecycle } from './middleware/request-lifecycle.ts';
import { routeGuard } from './middleware/route-guard.ts';
import type { FunctionName } from '../routes.ts';
import { smartAuth } from './middleware/smart-auth.ts';
import type { AuthRequirement } from './middleware/smart-auth.ts';
import type { HttpResponse } from './responses.ts';
import { finishResponse, notAcceptable, optionsResponse } from './http-semantics.ts';
import { FHIR_BASE_PATH } from './middleware/request-lifecycle.ts';

export type RouteHandler = (event: APIGatewayProxyEventV2, context: ExchangeContext) => Promise<HttpResponse>;

export interface HttpHandlerOptions {
  /** The function this handler is, as named in the route table. */
  function: FunctionName;
  auth: AuthRequirement;
  body?: BodyKind;
}

/**
 * Every HTTP function is this middy chain around one call into the domain, in this order:
 * lifecycle (request id, log line) → body size → route check → authentication → body parsing → handler,
 * with the OperationOutcome error handler attached last so that its onError runs first. Around it,
 * http-semantics.ts answers OPTIONS and finishes every response (304, Prefer, HEAD, compression, CORS).
 * The same chain runs in Lambda and behind the local HTTP adapter.
 */
/** What Lambda (and the local adapter) invoke: a plain Lambda context goes in; the chain adds the rest. */
export type LambdaHttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<HttpResponse>;

export function httpHandler(handler: RouteHandler, options: HttpHandlerOptions): LambdaHttpHandler {
  const config = parseConfig(httpConfigSchema);
  const chain = middy<APIGatewayProxyEventV2, HttpResponse, Error, ExchangeContext>()
    .use(requestLifecycle({ fhirBaseUrl: config.FHIR_BASE_URL }))
    .use({
      name: 'not-acceptable',
      before: (request) => {
        // FHIR and admin answers are FHIR R4 JSON (or plain JSON): anything else is a 406.
        const path = request.event.requestContext.http.path;
        const refusal = path === FHIR_BASE_PATH || path.startsWith(`${FHIR_BASE_PATH}/`) || path.startsWith('/admin/') ? notAcceptable(request.event) : undefined;
        if (refusal) throw refusal;
      },
    })
    .use(bodyLimit({ maxBytes: config.MAX_BODY_BYTES }))
    .use(routeGuard(options.function))
    .use(smartAuth(options.auth));
  if (options.body) chain.use(requestBody(options.body, { maxBytes: config.MAX_BODY_BYTES }));
  const run = chain.use(outcomeErrors()).handler(handler) as unknown as LambdaHttpHandler;
  const semantics = { allowedOrigins: config.CORS_ALLOWED_ORIGINS };
  // Around the chain: OPTIONS is answered before authentication; every response leaves through
  // the same HTTP semantics (304, Prefer, HEAD, compression, CORS), errors included.
  return async (event, context) => {
    const fhirBase = config.FHIR_BASE_URL?.replace(/\/+$/, '') ?? `https://${event.requestContext.domainName}${FHIR_BASE_PATH}`;
    const preflight = optionsResponse(event, fhirBase, semantics);
    if (preflight) return finishResponse(event, preflight, fhirBase, semantics);
    return finishResponse(event, await run(event, context), fhirBase, semantics);
  };
}
