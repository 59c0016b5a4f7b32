import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { randomUUID } from 'node:crypto';
import type { ClientRole } from '../../schemas/clients.ts';
import { unauthorized } from '../fhir/outcomes.ts';
import type { Principal } from './principal.ts';
import { parseScopeList, scopeText } from './smart-scopes.ts';

/**
 * Access tokens issued by the token endpoint: short-lived JWTs (RFC 9068 profile, `typ: at+jwt`)
 * MACed with HS256 under a KMS-wrapped key that only the exchange's functions can unwrap.
 * Only the exchange verifies them, so a symmetric key is enough and nothing needs publishing.
 */
const TOKEN_TYPE = 'at+jwt';
const ALGORITHM = 'HS256';

export interface TokenAudience {
  /** The exchange as issuer. */
  issuer: string;
  /** The FHIR base the token is good for. */
  audience: string;
}

export async function issueAccessToken(
  key: Uint8Array,
  where: TokenAudience,
  principal: Omit<Principal, 'tokenId'>,
  ttlSeconds: number,
): Promise<{ token: string; expiresIn: number }> {
  const claims: Record<string, unknown> = { scope: scopeText(principal.scopes), role: principal.role, client_id: principal.clientId };
  if (principal.providerId) claims['provider'] = principal.providerId;
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, typ: TOKEN_TYPE })
    .setIssuer(where.issuer)
    .setAudience(where.audience)
    .setSubject(principal.clientId)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
  return { token, expiresIn: ttlSeconds };
}

/** Verifies a bearer token; any failure is a 401 that says what kind of failure, never the token. */
export async function verifyAccessToken(key: Uint8Array, where: TokenAudience, token: string): Promise<Principal> {
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      typ: TOKEN_TYPE,
      issuer: where.issuer,
      audience: where.audience,
      requiredClaims: ['exp', 'iat', 'jti', 'sub', 'scope', 'role'],
    });
    const principal: Principal = {
      clientId: String(payload.sub),
      role: payload['role'] as ClientRole,
      scopes: parseScopeList(String(payload['scope'])).scopes,
      tokenId: String(payload.jti),
    };
    if (typeof payload['provider'] === 'string') principal.providerId = payload['provider'];
    return principal;
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthorized('The access token has expired', 'invalid_token');
    if (error instanceof joseErrors.JOSEError) throw unauthorized('The access token is not valid for this server', 'invalid_token');
    throw error;
  }
}
