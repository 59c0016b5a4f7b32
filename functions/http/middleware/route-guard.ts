import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { DEFAULT_ROUTE_FUNCTION, routeKey } from '../../routes.ts';
import type { FunctionName } from '../../routes.ts';
import type { ExchangeContext } from '../exchange-context.ts';
import type { HttpResponse } from '../responses.ts';
import { answerUnrouted, routeMatcher } from '../unrouted.ts';

/**
 * Re-matches the request against the route table and makes sure this function serves it.
 *
 * API Gateway cannot route on every path the table has: `$` is not allowed in route paths, so
 * `/fhir/$validate` is deployed as `/fhir/{operation}`, which also catches other POSTs to
 * `/fhir/<anything>`. Whatever API Gateway sent, the handler sees the route key and path
 * parameters of the table, exactly as behind the local adapter; a request this function does not
 * serve gets the fallback's answer (401, 404 or 405).
 */
export function routeGuard(functionName: FunctionName): MiddlewareObj<APIGatewayProxyEventV2, HttpResponse, Error, ExchangeContext> {
  return {
    name: 'route-guard',
    before: async (request) => {
      if (functionName === DEFAULT_ROUTE_FUNCTION) return;
      const { method, path } = request.event.requestContext.http;
      const match = routeMatcher.match(method, path);
      if (!match || match.route.function !== functionName) await answerUnrouted(request.event, request.context);
      else {
        request.event.routeKey = routeKey(match.route);
        request.event.pathParameters = Object.keys(match.pathParameters).length > 0 ? match.pathParameters : undefined;
      }
    },
  };
}
