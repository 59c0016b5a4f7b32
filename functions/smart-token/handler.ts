import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { accessServices } from '../access/access-services.ts';
import { exchangeClientCredentials } from '../access/client-credentials.ts';
import { parseScope } from '../access/smart-scopes.ts';
import { OAUTH_ERROR_SYSTEM, OperationOutcomeError, oauthError } from '../fhir/outcomes.ts';
import type { OperationOutcome } from '../fhir/types.ts';
import { httpHandler } from '../http/http-handler.ts';
import { jsonResponse } from '../http/responses.ts';
import type { HttpResponse } from '../http/responses.ts';
import { STORABLE_RESOURCE_TYPES } from '../routes.ts';

const RESOURCE_TYPES = new Set(STORABLE_RESOURCE_TYPES);

/**
 * `POST [base]/auth/token`: SMART Backend Services token endpoint. Scopes must name `*` or a
 * resource type the exchange knows (`invalid_scope` otherwise); `GET` is a 405.
 */
const exchange = httpHandler(
  async (event, context) => {
    if (event.requestContext.http.method !== 'POST') {
      const refusal = oauthError(400, 'invalid_request', 'The token endpoint takes POST with an application/x-www-form-urlencoded body');
      throw new OperationOutcomeError(405, refusal.outcome, { ...refusal.headers, Allow: 'POST' });
    }
    const { fhirBase, form } = context.exchange;
    for (const requested of (form!.get('scope') ?? '').split(' ')) {
      const scope = parseScope(requested);
      if (scope && scope.resourceType !== '*' && !RESOURCE_TYPES.has(scope.resourceType)) {
        throw oauthError(400, 'invalid_scope', `The scope ${scope.text} names ${scope.resourceType}, which is not a FHIR R4 resource type`);
      }
    }
    const services = accessServices();
    const token = await exchangeClientCredentials(form!, `${fhirBase}/auth/token`, { issuer: fhirBase, audience: fhirBase }, {
      clients: services.clients,
      jtis: services.jtis,
      signingKey: services.signingKey,
      tokenTtlSeconds: services.config.ACCESS_TOKEN_TTL_SECONDS,
    });
    // RFC 6749 section 5.1: token responses must not be cached.
    return jsonResponse(200, token, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
  },
  { function: 'smart-token', auth: { kind: 'public' }, body: 'form' },
);

/** The OAuth error code a refusal of the token endpoint carries, or the one its status implies. */
function oauthCode(response: HttpResponse, outcome: OperationOutcome): string {
  for (const problem of outcome.issue) {
    const code = problem.details?.coding?.find((coding) => coding.system === OAUTH_ERROR_SYSTEM)?.code;
    if (code) return code;
  }
  return response.statusCode === 401 ? 'invalid_client' : response.statusCode === 403 ? 'unauthorized_client' : 'invalid_request';
}

/**
 * Refusals as RFC 6749 section 5.2 says and SMART clients read them: a JSON object with `error`
 * and `error_description`, whatever part of the chain refused (media type, body size, the
 * assertion, the scopes). Server faults (5xx) stay OperationOutcomes.
 */
export function asOAuthError(response: HttpResponse): HttpResponse {
  if (response.statusCode < 400 || response.statusCode >= 500 || response.body === undefined) return response;
  let outcome: OperationOutcome;
  try {
    const bytes = response.isBase64Encoded ? Buffer.from(response.body, 'base64') : Buffer.from(response.body, 'utf8');
    const coding = response.headers['Content-Encoding'];
    outcome = JSON.parse((coding === 'br' ? brotliDecompressSync(bytes) : coding === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8')) as OperationOutcome;
  } catch {
    return response;
  }
  if (outcome?.resourceType !== 'OperationOutcome') return response;
  const description = outcome.issue.map((problem) => problem.details?.text).filter((text) => text !== undefined).join('; ');
  const { 'Content-Type': _type, 'Content-Encoding': _coding, ...headers } = response.headers;
  // The OperationOutcome rides along under `outcome` (an extension member, RFC 6749 section 8.2
  // style), for the element it names.
  return jsonResponse(
    response.statusCode,
    { error: oauthCode(response, outcome), ...(description ? { error_description: description } : {}), outcome },
    { ...(headers as Record<string, string>), 'Cache-Control': 'no-store' },
  );
}

export async function handler(event: APIGatewayProxyEventV2, context: Context): Promise<HttpResponse> {
  const response = await exchange(event, context);
  if (event.requestContext.http.method === 'OPTIONS' || event.requestContext.http.method === 'HEAD') return response;
  return asOAuthError(response);
}
