import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { oauthError } from '../fhir/outcomes.ts';
import { issueAccessToken } from './access-token.ts';
import type { TokenAudience } from './access-token.ts';
import type { ClientRegistry } from './client-registry.ts';
import type { JtiReplayGuard } from './jti-replay-guard.ts';
import { authorizePurpose, isBreakGlass, readPurposeRequest } from './purpose-of-use.ts';
import { grantScopes, parseScope, parseScopeList, scopeText } from './smart-scopes.ts';

/**
 * The SMART Backend Services token exchange
 * (http://hl7.org/fhir/smart-app-launch/backend-services.html): `client_credentials` with a
 * `private_key_jwt` client assertion (RFC 7523), answered with a short-lived access token that
 * carries the purpose of use asked for in the assertion's UDAP `hl7-b2b` extension, and the
 * reason of a break-glass request (purpose-of-use.ts).
 *
 * Order matters: nothing about the client (its existence aside) is revealed, and nothing is
 * recorded, until the assertion's signature has been verified with the client's registered keys.
 */

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
export const ASSERTION_ALGORITHMS = ['RS384', 'ES384'] as const;
/** SMART: the assertion's `exp` SHALL be no more than five minutes in the future. */
const MAX_ASSERTION_LIFETIME_SECONDS = 300;
const CLOCK_TOLERANCE_SECONDS = 30;

export interface TokenExchangeDeps {
  clients: ClientRegistry;
  jtis: JtiReplayGuard;
  signingKey: () => Promise<Uint8Array>;
  tokenTtlSeconds: number;
}

export interface TokenResponse {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  scope: string;
}

export async function exchangeClientCredentials(form: URLSearchParams, tokenUrl: string, where: TokenAudience, deps: TokenExchangeDeps): Promise<TokenResponse> {
  const single = (name: string) => {
    const values = form.getAll(name);
    if (values.length > 1) throw oauthError(400, 'invalid_request', `Parameter ${name} is repeated`);
    return values[0];
  };
  const grantType = single('grant_type');
  if (grantType !== 'client_credentials') throw oauthError(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
  if (single('client_assertion_type') !== CLIENT_ASSERTION_TYPE) throw oauthError(400, 'invalid_request', `client_assertion_type must be ${CLIENT_ASSERTION_TYPE}`);
  const assertion = single('client_assertion');
  if (!assertion) throw oauthError(400, 'invalid_request', 'client_assertion is required');
  const scopeParam = single('scope');
  if (!scopeParam) throw oauthError(400, 'invalid_request', 'scope is required');

  // The issuer names the client whose keys verify the assertion; read it before verifying, trust it only after.
  let clientId: string;
  try {
    const header = decodeProtectedHeader(assertion);
    if (!ASSERTION_ALGORITHMS.includes(header.alg as (typeof ASSERTION_ALGORITHMS)[number])) {
      throw oauthError(401, 'invalid_client', `Client assertions must be signed with ${ASSERTION_ALGORITHMS.join(' or ')}`);
    }
    const claims = decodeJwt(assertion);
    if (typeof claims.iss !== 'string' || claims.iss.length === 0) throw oauthError(401, 'invalid_client', 'The client assertion has no iss');
    clientId = claims.iss;
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) throw oauthError(401, 'invalid_client', 'The client assertion is not a well-formed JWT');
    throw error;
  }
  const requestedClientId = single('client_id');
  if (requestedClientId !== undefined && requestedClientId !== clientId) throw oauthError(401, 'invalid_client', 'client_id does not match the assertion issuer');

  let client = await deps.clients.get(clientId);
  if (!client) throw oauthError(401, 'invalid_client', 'Unknown client');

  let payload;
  try {
    ({ payload } = await jwtVerify(assertion, createLocalJWKSet(client.jwks as JSONWebKeySet), {
      algorithms: [...ASSERTION_ALGORITHMS],
      issuer: clientId,
      subject: clientId,
      audience: tokenUrl,
      requiredClaims: ['iss', 'sub', 'aud', 'exp', 'jti'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }));
  } catch (error) {
    throw oauthError(401, 'invalid_client', `The client assertion was rejected: ${assertionFailure(error)}`);
  }
  const now = Math.floor(Date.now() / 1000);
  const exp = payload.exp!;
  if (exp > now + MAX_ASSERTION_LIFETIME_SECONDS + CLOCK_TOLERANCE_SECONDS) {
    throw oauthError(401, 'invalid_client', `The client assertion's exp is more than ${MAX_ASSERTION_LIFETIME_SECONDS} seconds ahead`);
  }
  if (typeof payload.jti !== 'string' || payload.jti.length === 0 || payload.jti.length > 256) throw oauthError(401, 'invalid_client', 'The client assertion has no usable jti');

  // Authenticated from here on: the client may learn about its own standing.
  const purposeRequest = readPurposeRequest(payload);
  // Break-glass is rare and opens records without consent: decide it on the registration as
  // stored now, not as cached, so an admin's withdrawal of the permission applies at once.
  if (isBreakGlass(purposeRequest.purposeOfUse)) client = (await deps.clients.get(clientId, { fresh: true })) ?? client;
  if (client.status !== 'active') throw oauthError(403, 'unauthorized_client', 'The client is suspended');
  if (!(await deps.jtis.claim(clientId, payload.jti, exp + CLOCK_TOLERANCE_SECONDS))) {
    throw oauthError(401, 'invalid_client', 'The client assertion jti has already been used');
  }

  const requested = parseScopeList(scopeParam).scopes;
  const allowed = client.scopes.map(parseScope).filter((scope) => scope !== undefined);
  const granted = grantScopes(requested, allowed);
  if (granted.length === 0) throw oauthError(400, 'invalid_scope', 'None of the requested scopes may be granted to this client');
  const purpose = authorizePurpose(purposeRequest, client);

  const principal = { clientId, role: client.role, scopes: granted, ...(client.providerId ? { providerId: client.providerId } : {}), ...purpose };
  const { token, expiresIn } = await issueAccessToken(await deps.signingKey(), where, principal, deps.tokenTtlSeconds);
  return { access_token: token, token_type: 'bearer', expires_in: expiresIn, scope: scopeText(granted) };
}

/** A short, fixed reason; jose's own messages can quote claim values. */
function assertionFailure(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `claim ${error.claim} is not acceptable`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'signature verification failed';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'no registered key matches';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'algorithm not allowed';
  if (error instanceof joseErrors.JOSEError) return error.code;
  throw error;
}
