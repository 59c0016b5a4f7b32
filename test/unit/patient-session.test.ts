import { randomBytes } from 'node:crypto';
import { Wallet } from 'ethers';
import { describe, expect, test } from 'vitest';
import { OperationOutcomeError } from '../../functions/fhir/outcomes.ts';
import {
  PATIENT_SCOPE,
  csrfMatches,
  issuePatientSession,
  sessionAudience,
  sessionCookie,
  sessionCookieValue,
  verifyPatientSession,
} from '../../functions/patient-auth/patient-session.ts';
import { newNonce, siweBinding } from '../../functions/patient-auth/siwe-sign-in.ts';

const key = randomBytes(32);
const where = sessionAudience('http://127.0.0.1:8080');
const address = Wallet.createRandom().address;

async function refusal(promise: Promise<unknown>): Promise<OperationOutcomeError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(OperationOutcomeError);
  return error as OperationOutcomeError;
}

describe('patient sessions', () => {
  test('a session names the checksummed address, its id and expiry, and verifies under the same key and audience', async () => {
    const issued = await issuePatientSession(key, where, address.toLowerCase(), 900);
    expect(issued.expiresIn).toBe(900);
    const session = await verifyPatientSession(key, where, issued.token);
    expect(session).toEqual({ address, sessionId: issued.sessionId, expiresAt: issued.expiresAt, csrfDigest: expect.any(String) });
    const claims = JSON.parse(Buffer.from(issued.token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: 'http://127.0.0.1:8080', aud: 'http://127.0.0.1:8080/patient', sub: address, scope: PATIENT_SCOPE });
    expect(Object.keys(claims).sort()).toEqual(['aud', 'csrf', 'exp', 'iat', 'iss', 'jti', 'scope', 'sub']);
  });

  test('another key, another exchange, or a time past its expiry is a 401', async () => {
    const issued = await issuePatientSession(key, where, address, 60);
    expect((await refusal(verifyPatientSession(randomBytes(32), where, issued.token))).status).toBe(401);
    expect((await refusal(verifyPatientSession(key, sessionAudience('https://other.example'), issued.token))).status).toBe(401);
    const expired = await refusal(verifyPatientSession(key, where, issued.token, new Date(Date.now() + 61_000)));
    expect(expired.status).toBe(401);
    expect(expired.message).toMatch(/expired/);
  });

  test('the CSRF token matches its own session only', async () => {
    const [one, two] = await Promise.all([issuePatientSession(key, where, address, 60), issuePatientSession(key, where, address, 60)]);
    const session = await verifyPatientSession(key, where, one.token);
    expect(csrfMatches(session, one.csrfToken)).toBe(true);
    expect(csrfMatches(session, two.csrfToken)).toBe(false);
    expect(csrfMatches(session, undefined)).toBe(false);
    expect(csrfMatches(session, '')).toBe(false);
  });

  test('the cookie: attributes, and its value found among the request cookies', () => {
    expect(sessionCookie('abc.def.ghi', 900)).toBe('fx_patient=abc.def.ghi; HttpOnly; Secure; SameSite=Strict; Path=/patient; Max-Age=900');
    expect(sessionCookieValue(['theme=dark', 'fx_patient=abc.def.ghi'])).toBe('abc.def.ghi');
    expect(sessionCookieValue(['fx_patient_other=1'])).toBeUndefined();
    expect(sessionCookieValue(undefined)).toBeUndefined();
  });
});

describe('sign-in messages', () => {
  test('nonces are alphanumeric, 20 characters, and do not repeat', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[0-9A-Z]{20}$/);
  });

  test("a message's domain is host[:port], its URI the origin", () => {
    expect(siweBinding('http://127.0.0.1:8080')).toEqual({ domain: '127.0.0.1:8080', uri: 'http://127.0.0.1:8080', scheme: 'http' });
    expect(siweBinding('https://portal.example.org')).toEqual({ domain: 'portal.example.org', uri: 'https://portal.example.org', scheme: 'https' });
  });
});
