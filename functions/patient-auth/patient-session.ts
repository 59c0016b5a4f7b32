import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { getAddress, isAddress } from 'ethers';
import { unauthorized } from '../fhir/outcomes.ts';

/**
 * A patient's session after Sign-In with Ethereum: a short-lived JWT (RFC 9068 profile,
 * `typ: at+jwt`) bound to the wallet's address (`sub`), MACed with HS256 under a KMS-wrapped key of
 * its own (not the providers' access-token key, and with its own audience, so neither kind of token
 * passes for the other). It carries the SMART patient scope `patient/*.rs` and the SHA-256 of the
 * session's CSRF token, so a cookie-authenticated change can be checked without server state.
 *
 * The same token is the CLI's bearer token and the page's HttpOnly cookie (`fx_patient`, Path
 * /patient, SameSite=Strict, Secure). Nothing else about the patient is in it: no pseudonym, no
 * name. A signed-out session's id is remembered until its expiry (patient-auth/session-auth.ts).
 */

export const PATIENT_SESSION_SECRET = 'patient-session-key';
export const PATIENT_SCOPE = 'patient/*.rs';
export const SESSION_COOKIE = 'fx_patient';
export const CSRF_HEADER = 'x-csrf-token';
const TOKEN_TYPE = 'at+jwt';
const ALGORITHM = 'HS256';

/** Who issues a session and who accepts it: the exchange's origin, and its patient API under it. */
export interface SessionAudience {
  issuer: string;
  audience: string;
}

/** The exchange's origin as issuer, `<origin>/patient` as audience. */
export function sessionAudience(origin: string): SessionAudience {
  return { issuer: origin, audience: `${origin}/patient` };
}

export interface IssuedSession {
  token: string;
  csrfToken: string;
  sessionId: string;
  expiresIn: number;
  expiresAt: Date;
}

export interface PatientSession {
  /** The wallet's address, checksummed (EIP-55). */
  address: string;
  sessionId: string;
  expiresAt: Date;
  /** base64url SHA-256 of the session's CSRF token. */
  csrfDigest: string;
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

export async function issuePatientSession(key: Uint8Array, where: SessionAudience, address: string, ttlSeconds: number, now = Date.now()): Promise<IssuedSession> {
  const csrfToken = randomBytes(32).toString('base64url');
  const sessionId = randomUUID();
  const issuedAt = Math.floor(now / 1000);
  const token = await new SignJWT({ scope: PATIENT_SCOPE, csrf: digest(csrfToken) })
    .setProtectedHeader({ alg: ALGORITHM, typ: TOKEN_TYPE })
    .setIssuer(where.issuer)
    .setAudience(where.audience)
    .setSubject(getAddress(address))
    .setJti(sessionId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key);
  return { token, csrfToken, sessionId, expiresIn: ttlSeconds, expiresAt: new Date((issuedAt + ttlSeconds) * 1000) };
}

/** Verifies a session token; any failure is a 401 saying what kind of failure, never the token. */
export async function verifyPatientSession(key: Uint8Array, where: SessionAudience, token: string, now?: Date): Promise<PatientSession> {
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      typ: TOKEN_TYPE,
      issuer: where.issuer,
      audience: where.audience,
      requiredClaims: ['exp', 'iat', 'jti', 'sub', 'scope', 'csrf'],
      ...(now ? { currentDate: now } : {}),
    });
    if (payload.scope !== PATIENT_SCOPE || typeof payload['csrf'] !== 'string' || !isAddress(payload.sub)) throw new joseErrors.JWTInvalid('unexpected claims');
    return { address: getAddress(payload.sub!), sessionId: String(payload.jti), expiresAt: new Date(payload.exp! * 1000), csrfDigest: payload['csrf'] };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthorized('The session has expired: sign in again', 'invalid_token');
    if (error instanceof joseErrors.JOSEError) throw unauthorized('The session is not valid for this exchange: sign in again', 'invalid_token');
    throw error;
  }
}

/** Whether `header` is the session's CSRF token (compared in constant time). */
export function csrfMatches(session: PatientSession, header: string | undefined): boolean {
  if (typeof header !== 'string' || header.length === 0 || header.length > 128) return false;
  const given = Buffer.from(digest(header));
  const expected = Buffer.from(session.csrfDigest);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The page's session cookie (RFC 6265bis): HttpOnly, Secure, SameSite=Strict, for the patient API only. */
export function sessionCookie(token: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; Secure; SameSite=Strict; Path=/patient; Max-Age=${maxAgeSeconds}`;
}

/** The cookie that removes it (sign-out). */
export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; HttpOnly; Secure; SameSite=Strict; Path=/patient; Max-Age=0`;
}

/** The session cookie's value among the request's cookies (API Gateway v2 `cookies`: `name=value` each). */
export function sessionCookieValue(cookies: readonly string[] | undefined): string | undefined {
  for (const cookie of cookies ?? []) {
    const separator = cookie.indexOf('=');
    if (separator > 0 && cookie.slice(0, separator).trim() === SESSION_COOKIE) return cookie.slice(separator + 1).trim();
  }
  return undefined;
}
