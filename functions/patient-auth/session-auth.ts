import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { authConfigSchema, consentConfigSchema, parseConfig } from '../../schemas/config.ts';
import type { PatientUser } from '../access/principal.ts';
import { loadWrappedSecret } from '../access/wrapped-secret.ts';
import { consentServices } from '../consent/consent-services.ts';
import { forbidden, unauthorized } from '../fhir/outcomes.ts';
import { awsClients } from '../platform/aws-clients.ts';
import { CSRF_HEADER, PATIENT_SESSION_SECRET, csrfMatches, sessionAudience, sessionCookieValue, verifyPatientSession } from './patient-session.ts';
import type { PatientSession, SessionAudience } from './patient-session.ts';

/**
 * Authentication of the patient API: the session of a wallet signed in with Sign-In with
 * Ethereum (patient-auth/handler.ts), presented as `Authorization: Bearer` (the CLI) or as the
 * `fx_patient` cookie (the page). A cookie rides along with any request the browser makes to the
 * exchange, so a cookie-authenticated change (any method but GET and HEAD) must also carry the
 * session's CSRF token in `X-CSRF-Token`, which a page of another origin cannot read (403
 * otherwise). A signed-out session (POST /patient/auth/logout) is refused until it would have
 * expired anyway.
 */

/**
 * The session key, unwrapped once per process (a failure or an absent key is not remembered);
 * `create` only where sessions are issued (patient-auth), the other patient functions only read it.
 */
let sessionKey: Uint8Array | undefined;
export async function patientSessionKey(create: boolean): Promise<Uint8Array | undefined> {
  if (sessionKey) return sessionKey;
  const config = parseConfig(authConfigSchema);
  const { kms, documents } = awsClients();
  const value = await loadWrappedSecret({ kms, documents, table: config.KEYS_TABLE, kmsKeyId: config.EXCHANGE_KMS_KEY_ID }, PATIENT_SESSION_SECRET, { create });
  if (value) sessionKey = value;
  return value;
}

/** The patient flows' settings (the consent section: nonce and session lifetimes, extra portal origins). */
export function patientAuthConfig() {
  return parseConfig(consentConfigSchema);
}

/** The audience of the sessions of the exchange whose FHIR base is `fhirBase`. */
export function audienceFor(fhirBase: string): SessionAudience {
  return sessionAudience(new URL(fhirBase).origin);
}

export interface AuthenticatedPatient {
  principal: PatientUser;
  session: PatientSession;
  via: 'bearer' | 'cookie';
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/** The session of the request (401 without a valid one; 403 for a cookie-authenticated change without its CSRF token). */
export async function authenticatePatient(event: APIGatewayProxyEventV2, fhirBase: string): Promise<AuthenticatedPatient> {
  const header = event.headers?.['authorization'];
  let token: string | undefined;
  let via: AuthenticatedPatient['via'] = 'bearer';
  if (header) {
    const match = BEARER.exec(header.trim());
    if (!match) throw unauthorized('The Authorization header is not a bearer token', 'invalid_request');
    token = match[1]!;
  } else {
    token = sessionCookieValue(event.cookies);
    via = 'cookie';
  }
  if (!token) throw unauthorized('Sign in first: GET /patient/auth/nonce, then POST /patient/auth/siwe with the signed message');
  const key = await patientSessionKey(false);
  if (!key) throw unauthorized('The session is not valid for this exchange: sign in again', 'invalid_token');
  const session = await verifyPatientSession(key, audienceFor(fhirBase), token);
  if (via === 'cookie' && !SAFE_METHODS.has(event.requestContext.http.method.toUpperCase()) && !csrfMatches(session, event.headers?.[CSRF_HEADER])) {
    throw forbidden('A change made with the session cookie needs the X-CSRF-Token header the sign-in answered with');
  }
  if (await consentServices().codes.has('patient-session-ended', session.sessionId)) throw unauthorized('The session was signed out: sign in again', 'invalid_token');
  return { principal: { kind: 'patient', address: session.address, sessionId: session.sessionId, scopes: [] }, session, via };
}

/** Remembers a session as signed out until it expires. */
export async function endPatientSession(session: PatientSession): Promise<void> {
  const ttl = Math.max(1, Math.ceil((session.expiresAt.getTime() - Date.now()) / 1000));
  await consentServices().codes.issue('patient-session-ended', {}, ttl, session.sessionId).catch((error: unknown) => {
    // Signed out already (a second logout of the same session).
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
  });
}
