import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { methodNotAllowed, notFound } from '../fhir/outcomes.ts';
import { ROUTES, STORABLE_RESOURCE_TYPES } from '../routes.ts';
import type { ExchangeContext } from './exchange-context.ts';
import { authenticate } from './middleware/smart-auth.ts';
import { RouteMatcher } from './route-matcher.ts';

export const routeMatcher = new RouteMatcher(ROUTES);
const STORABLE_TYPES = new Set(STORABLE_RESOURCE_TYPES);
/** Paths under these prefixes belong to the API: strangers learn nothing about them without a token. */
const PROTECTED_PREFIXES = ['/fhir/', '/admin/'];

/**
 * The answer to a request that no route of the table serves. Under the API's prefixes it first
 * authenticates (401 without a valid token, as for any FHIR endpoint), then answers 405 when the
 * path exists for other methods, 404 otherwise. Always throws.
 */
export async function answerUnrouted(event: APIGatewayProxyEventV2, context: ExchangeContext): Promise<never> {
  const { method, path } = event.requestContext.http;
  if (PROTECTED_PREFIXES.some((prefix) => path.startsWith(prefix) || `${path}/` === prefix)) {
    context.exchange.principal = await authenticate(event, context.exchange.fhirBase);
  }
  // A `{type}` that names no resource type is no route of that type (PUT /fhir/{type} is not a PUT of /fhir/metadata).
  const methods = routeMatcher
    .matchPath(path)
    .filter((match) => match.pathParameters['type'] === undefined || STORABLE_TYPES.has(match.pathParameters['type']))
    .map((match) => match.route.method as string);
  // A GET route serves HEAD too (route-matcher.ts).
  const allowed = [...new Set(methods.flatMap((allowedMethod) => (allowedMethod === 'GET' ? ['GET', 'HEAD'] : [allowedMethod])))];
  if (allowed.length > 0) throw methodNotAllowed(method, allowed);
  throw notFound('No such endpoint on this server');
}
