import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { randomUUID } from 'node:crypto';
import type { ClientRole } from '../../schemas/clients.ts';
import { unauthorized } from '../fhir/outcomes.ts';
import { isPurposeOfUse } from './principal.ts';
import { isBreakGlass } from './purpose-of-use.ts';
import type { Principal, PurposeOfUse } from './principal.ts';
import { parseScopeList, scopeText } from './smart-scopes.ts';
import type { SmartScope } from './smart-scopes.ts';

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

/** What an access token says about its client. */
export interface TokenSubject {
  clientId: string;
  role: ClientRole;
  /** For provider clients: the provider they act for. */
  providerId?: string;
  scopes: SmartScope[];
  /** Asked for by the client (UDAP / HL7 B2B `purpose_of_use`) or its role's default; none for the admin. */
  purposeOfUse?: PurposeOfUse;
  /** The reason given for break-glass (purpose BTG or ETREAT); travels as the `btg_reason` claim. */
  emergencyReason?: string;
}

export async function issueAccessToken(key: Uint8Array, where: TokenAudience, subject: TokenSubject, ttlSeconds: number): Promise<{ token: string; expiresIn: number }> {
  const claims: Record<string, unknown> = { scope: scopeText(subject.scopes), role: subject.role, client_id: subject.clientId };
  if (subject.providerId) claims['provider'] = subject.providerId;
  if (subject.purposeOfUse) claims['purpose_of_use'] = subject.purposeOfUse;
  if (subject.emergencyReason !== undefined) claims['btg_reason'] = subject.emergencyReason;
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, typ: TOKEN_TYPE })
    .setIssuer(where.issuer)
    .setAudience(where.audience)
    .setSubject(subject.clientId)
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
    const common = { clientId: String(payload.sub), scopes: parseScopeList(String(payload['scope'])).scopes, tokenId: String(payload.jti) };
    const purpose = payload['purpose_of_use'];
    switch (payload['role'] as ClientRole) {
      case 'provider': {
        // A provider token always names its provider; one that does not was not issued here.
        if (typeof payload['provider'] !== 'string' || payload['provider'] === '') break;
        const purposeOfUse = isPurposeOfUse(purpose) ? purpose : 'TREAT';
        const reason = payload['btg_reason'];
        // Break-glass tokens are issued with their reason, and only those carry one.
        if (isBreakGlass(purposeOfUse) !== (typeof reason === 'string' && reason.length > 0)) break;
        return { kind: 'provider', ...common, providerId: payload['provider'], purposeOfUse, ...(isBreakGlass(purposeOfUse) ? { emergencyReason: reason as string } : {}) };
      }
      case 'research':
        return { kind: 'research', ...common, purposeOfUse: isPurposeOfUse(purpose) ? purpose : 'HRESCH' };
      case 'admin':
        return { kind: 'admin', ...common };
    }
    throw unauthorized('The access token is not valid for this server', 'invalid_token');
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthorized('The access token has expired', 'invalid_token');
    if (error instanceof joseErrors.JOSEError) throw unauthorized('The access token is not valid for this server', 'invalid_token');
    throw error;
  }
}
