import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { z } from 'zod';
import { consentServices } from '../consent/consent-services.ts';
import { notFound } from '../fhir/outcomes.ts';
import type { ExchangeContext } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { jsonResponse } from '../http/responses.ts';
import { zodOutcome } from '../http/zod-outcome.ts';
import { chainClient } from '../ledger/chain-client.ts';
import { consentRegistry } from '../ledger/consent-registry.ts';
import { clearedSessionCookie, issuePatientSession, PATIENT_SCOPE, sessionCookie } from './patient-session.ts';
import { audienceFor, authenticatePatient, endPatientSession, patientAuthConfig, patientSessionKey } from './session-auth.ts';
import { SIGN_IN_STATEMENT, issueNonce, siweBinding, verifySignIn } from './siwe-sign-in.ts';

/**
 * A patient's sign-in (Sign-In with Ethereum, EIP-4361) and session:
 * - `GET /patient/config` (public): what a page or the CLI puts in the message: chain id, domain
 *   (`host[:port]`), URI (the origin) and statement;
 * - `GET /patient/auth/nonce` (public): a single-use nonce, valid a few minutes;
 * - `POST /patient/auth/siwe` `{ message, signature }`: checks the signed message
 *   (patient-auth/siwe-sign-in.ts) and answers with a session of at most 15 minutes bound to the
 *   address, with the SMART patient scope `patient/*.rs`: a bearer token, its CSRF token, and the
 *   same token as an HttpOnly Secure SameSite=Strict cookie for the page. Any failure: 401, no session;
 * - `GET /patient/session`: the session's address, expiry and whether the wallet controls a patient;
 * - `POST /patient/auth/logout`: ends the session (and clears the cookie).
 * No wallet address, message or signature is logged.
 */

const signInSchema = z.object({ message: z.string().max(4096), signature: z.string().max(8200) }).strict();

/** Where a page may sign in from: the exchange's origin, then the configured portal origins. */
function origins(fhirBase: string): string[] {
  return [...new Set([new URL(fhirBase).origin, ...patientAuthConfig().PATIENT_PORTAL_ORIGINS])];
}

async function route(event: APIGatewayProxyEventV2, context: ExchangeContext) {
  const { fhirBase } = context.exchange;
  const config = patientAuthConfig();
  switch (event.routeKey) {
    case 'GET /patient/config': {
      // A page served from a configured portal origin signs for that origin (named by `?origin=`, since
      // browsers send no Origin header with a same-origin GET, or by the Origin header); anyone else
      // for the exchange's. An origin that is not allowed is not echoed: the exchange's is answered.
      const asked = new URLSearchParams(event.rawQueryString ?? '').get('origin') ?? event.headers?.['origin'];
      const allowed = origins(fhirBase);
      const origin = asked && allowed.includes(asked) ? asked : allowed[0]!;
      const { domain, uri } = siweBinding(origin);
      return jsonResponse(200, { chainId: chainClient().config.CHAIN_ID, domain, uri, statement: SIGN_IN_STATEMENT }, { 'Cache-Control': 'no-store' });
    }
    case 'GET /patient/auth/nonce': {
      const issued = await issueNonce(consentServices().codes, config.SIWE_NONCE_TTL_SECONDS);
      return jsonResponse(200, { nonce: issued.nonce, expiresAt: issued.expiresAt.toISOString() }, { 'Cache-Control': 'no-store' });
    }
    case 'POST /patient/auth/siwe': {
      const parsed = signInSchema.safeParse(context.exchange.body);
      if (!parsed.success) throw zodOutcome(parsed.error, '');
      const chain = chainClient();
      const { address } = await verifySignIn(
        { codes: consentServices().codes, provider: chain.provider },
        { origins: origins(fhirBase), chainId: chain.config.CHAIN_ID, nonceTtlSeconds: config.SIWE_NONCE_TTL_SECONDS },
        parsed.data.message,
        parsed.data.signature,
      );
      const key = (await patientSessionKey(true))!;
      const session = await issuePatientSession(key, audienceFor(fhirBase), address, config.PATIENT_SESSION_TTL_SECONDS);
      const response = jsonResponse(
        200,
        { access_token: session.token, token_type: 'bearer', expires_in: session.expiresIn, scope: PATIENT_SCOPE, address, csrf_token: session.csrfToken },
        { 'Cache-Control': 'no-store', Pragma: 'no-cache' },
      );
      response.cookies = [sessionCookie(session.token, session.expiresIn)];
      return response;
    }
    case 'GET /patient/session': {
      const { session } = await authenticatePatient(event, fhirBase);
      const enrolled = (await consentRegistry().pseudonymsControlledBy(session.address)).length > 0;
      return jsonResponse(200, { address: session.address, expiresAt: session.expiresAt.toISOString(), enrolled }, { 'Cache-Control': 'no-store' });
    }
    case 'POST /patient/auth/logout': {
      const { session } = await authenticatePatient(event, fhirBase);
      await endPatientSession(session);
      const response = jsonResponse(200, { signedOut: true }, { 'Cache-Control': 'no-store' });
      response.cookies = [clearedSessionCookie()];
      return response;
    }
    default:
      throw notFound('No such endpoint on this server');
  }
}

export const handler = httpHandler(route, { function: 'patient-auth', auth: { kind: 'public' }, body: 'optional-json' });
