import { randomUUID } from 'node:crypto';
import { SignJWT, importJWK } from 'jose';
import type { JWK } from 'jose';

/**
 * The client side of SMART Backend Services: signs a client assertion with the client's private
 * JWK and trades it at the token endpoint for an access token. Used by the CLI and by tests.
 */

export interface ClientCredentials {
  clientId: string;
  privateJwk: JWK;
  tokenUrl: string;
}

export interface AssertionOverrides {
  alg?: string;
  iss?: string;
  sub?: string;
  aud?: string;
  jti?: string;
  /** Seconds from now. */
  expiresIn?: number;
  /** The assertion's `extensions` claim (UDAP authorization extension objects, e.g. `hl7-b2b`). */
  extensions?: Record<string, unknown>;
}

export function algorithmFor(jwk: JWK): 'ES384' | 'RS384' {
  if (jwk.alg === 'ES384' || jwk.alg === 'RS384') return jwk.alg as 'ES384' | 'RS384';
  if (jwk.kty === 'EC' && jwk.crv === 'P-384') return 'ES384';
  if (jwk.kty === 'RSA') return 'RS384';
  throw new Error('The private key must be an RSA key or an EC P-384 key');
}

export async function signClientAssertion(credentials: ClientCredentials, overrides: AssertionOverrides = {}): Promise<string> {
  const alg = overrides.alg ?? algorithmFor(credentials.privateJwk);
  const key = await importJWK(credentials.privateJwk, alg);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(overrides.extensions ? { extensions: overrides.extensions } : {})
    .setProtectedHeader({ alg, typ: 'JWT', ...(credentials.privateJwk.kid ? { kid: credentials.privateJwk.kid } : {}) })
    .setIssuer(overrides.iss ?? credentials.clientId)
    .setSubject(overrides.sub ?? credentials.clientId)
    .setAudience(overrides.aud ?? credentials.tokenUrl)
    .setJti(overrides.jti ?? randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + (overrides.expiresIn ?? 240))
    .sign(key);
}

export function tokenRequestBody(assertion: string, scope: string): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
    scope,
  });
}

export interface TokenResult {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
}

/** What to ask for beside scopes: a purpose of use and, for break-glass (BTG, ETREAT), the reason. */
export interface TokenPurpose {
  /** An HL7 v3 PurposeOfUse code (`TREAT`), or a `system#code` URI such as `urn:oid:2.16.840.1.113883.5.8#TREAT`. */
  purposeOfUse: string;
  reason?: string;
}

/** The UDAP B2B extension object (`hl7-b2b`) with the purpose, and the exchange's own (`fhir-exchange`) with a break-glass reason. */
export function purposeExtensions(purpose: TokenPurpose): Record<string, unknown> {
  return {
    'hl7-b2b': { version: '1', purpose_of_use: [purpose.purposeOfUse] },
    ...(purpose.reason !== undefined ? { 'fhir-exchange': { reason: purpose.reason } } : {}),
  };
}

export async function requestAccessToken(credentials: ClientCredentials, scope: string, purpose?: TokenPurpose): Promise<TokenResult> {
  const assertion = await signClientAssertion(credentials, purpose ? { extensions: purposeExtensions(purpose) } : {});
  const response = await fetch(credentials.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: tokenRequestBody(assertion, scope),
  });
  const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!response.ok || typeof body?.['access_token'] !== 'string') {
    // RFC 6749 section 5.2: error and error_description (an OperationOutcome from other endpoints).
    const described = typeof body?.['error_description'] === 'string' ? [body['error_description']] : typeof body?.['error'] === 'string' ? [body['error']] : undefined;
    const issues = described ?? (body?.['issue'] as { details?: { text?: string } }[] | undefined)?.map((issue) => issue.details?.text).filter(Boolean);
    throw new Error(`Token request failed with HTTP ${response.status}${issues?.length ? `: ${issues.join('; ')}` : ''}`);
  }
  return body as unknown as TokenResult;
}
