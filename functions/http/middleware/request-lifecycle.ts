import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { principalClientId } from '../../access/principal.ts';
import type { ExchangeContext } from '../exchange-context.ts';
import type { HttpResponse } from '../responses.ts';
import { logger } from '../../platform/logger.ts';

export const FHIR_BASE_PATH = '/fhir';

/**
 * First on, last off: gives the request its id and base URL, stamps `X-Request-Id` on whatever
 * goes out (success or OperationOutcome), and logs one line per request with the route template
 * (never the raw path, which carries ids), the status and the duration.
 */
export function requestLifecycle(options: { fhirBaseUrl: string | undefined }): MiddlewareObj<APIGatewayProxyEventV2, HttpResponse, Error, ExchangeContext> {
  const finish = (request: { event: APIGatewayProxyEventV2; context: ExchangeContext; response: HttpResponse | null | undefined }) => {
    const state = request.context.exchange;
    if (!state) return;
    if (request.response) request.response.headers = { ...request.response.headers, 'X-Request-Id': state.requestId };
    logger.info('request', {
      requestId: state.requestId,
      route: request.event.routeKey,
      method: request.event.requestContext.http.method,
      status: request.response?.statusCode,
      durationMs: Math.round((performance.now() - state.startedAt) * 10) / 10,
      ...(state.principal ? { clientId: principalClientId(state.principal) ?? state.principal.kind } : {}),
    });
  };
  return {
    name: 'request-lifecycle',
    before: (request) => {
      const { requestContext } = request.event;
      request.context.exchange = {
        requestId: requestContext.requestId,
        fhirBase: options.fhirBaseUrl?.replace(/\/+$/, '') ?? `https://${requestContext.domainName}${FHIR_BASE_PATH}`,
        startedAt: performance.now(),
      };
    },
    after: finish,
    onError: finish,
  };
}
