import { authenticate } from '../http/middleware/smart-auth.ts';
import { httpHandler } from '../http/http-handler.ts';
import { RouteMatcher } from '../http/route-matcher.ts';
import { methodNotAllowed, notFound } from '../fhir/outcomes.ts';
import { ROUTES } from '../routes.ts';

const matcher = new RouteMatcher(ROUTES);
/** Paths under these prefixes belong to the API: strangers learn nothing about them without a token. */
const PROTECTED_PREFIXES = ['/fhir/', '/admin/'];

/**
 * The `$default` route: every request that no route matched. Under the FHIR base it first
 * authenticates (401 without a valid token, as for any FHIR endpoint), then answers 405 when the
 * path exists for other methods, 404 otherwise.
 */
export const handler = httpHandler(
  async (event, context) => {
    const { method, path } = event.requestContext.http;
    if (PROTECTED_PREFIXES.some((prefix) => path.startsWith(prefix) || `${path}/` === prefix)) {
      context.exchange.principal = await authenticate(event, context.exchange.fhirBase);
    }
    const allowed = [...new Set(matcher.matchPath(path).map((match) => match.route.method))];
    if (allowed.length > 0) throw methodNotAllowed(method, allowed);
    throw notFound('No such endpoint on this server');
  },
  { auth: { kind: 'public' } },
);
