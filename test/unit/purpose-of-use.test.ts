import { describe, expect, test } from 'vitest';
import { issueAccessToken, verifyAccessToken } from '../../functions/access/access-token.ts';
import { authorizePurpose, parsePurposeCode, readPurposeRequest } from '../../functions/access/purpose-of-use.ts';
import { OperationOutcomeError } from '../../functions/fhir/outcomes.ts';
import { parseScopeList } from '../../functions/access/smart-scopes.ts';

const b2b = (...purposes: unknown[]) => ({ 'hl7-b2b': { version: '1', purpose_of_use: purposes } });
const withReason = (reason: unknown, ...purposes: unknown[]) => ({ extensions: { ...b2b(...purposes), 'fhir-exchange': { reason } } });
const provider = { role: 'provider' as const, emergencyAccess: false };
const emergencyProvider = { role: 'provider' as const, emergencyAccess: true };
const research = { role: 'research' as const };

/** The OAuth error code, status, issue code and expression of a refusal. */
function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    const [issue] = error.outcome.issue;
    return { status: error.status, oauth: issue!.details!.coding![0]!.code, code: issue!.code, expression: issue!.expression, text: issue!.details!.text! };
  }
  throw new Error('expected a refusal');
}

describe('purpose of use codes', () => {
  test('a code is accepted plain, as the ActReason OID URI and as the ActReason canonical URI', () => {
    expect(parsePurposeCode('TREAT')).toBe('TREAT');
    expect(parsePurposeCode('urn:oid:2.16.840.1.113883.5.8#BTG')).toBe('BTG');
    expect(parsePurposeCode('http://terminology.hl7.org/CodeSystem/v3-ActReason#HRESCH')).toBe('HRESCH');
  });

  test('codes of other systems, unknown codes and other spellings are not purposes', () => {
    expect(parsePurposeCode('urn:oid:2.16.840.1.113883.4.6#TREAT')).toBeUndefined();
    expect(parsePurposeCode('treat')).toBeUndefined();
    expect(parsePurposeCode('HPAYMT')).toBeUndefined();
    expect(parsePurposeCode('urn:oid:2.16.840.1.113883.5.8#')).toBeUndefined();
    expect(parsePurposeCode('')).toBeUndefined();
  });
});

describe('reading the request from the client assertion', () => {
  test('no extensions, or extensions without hl7-b2b, ask for no purpose', () => {
    expect(readPurposeRequest({ iss: 'x' })).toEqual({});
    expect(readPurposeRequest({ extensions: { 'other-ext': { anything: 1 } } })).toEqual({});
  });

  test('the UDAP B2B extension names the purpose', () => {
    expect(readPurposeRequest({ extensions: b2b('urn:oid:2.16.840.1.113883.5.8#TREAT') })).toEqual({ purposeOfUse: 'TREAT' });
  });

  test('a break-glass purpose comes with its reason, trimmed', () => {
    expect(readPurposeRequest(withReason('  unconscious on arrival  ', 'BTG'))).toEqual({ purposeOfUse: 'BTG', reason: 'unconscious on arrival' });
  });

  test('an unknown purpose is invalid_request naming extensions.hl7-b2b.purpose_of_use, without echoing it', () => {
    const result = refusal(() => readPurposeRequest({ extensions: b2b('urn:oid:2.16.840.1.113883.5.8#SECRETCODE') }));
    expect(result).toMatchObject({ status: 400, oauth: 'invalid_request', code: 'invalid', expression: ['extensions.hl7-b2b.purpose_of_use'] });
    expect(result.text).not.toContain('SECRETCODE');
  });

  test.each([
    ['no purpose', b2b()],
    ['two purposes', b2b('TREAT', 'HOPERAT')],
    ['a purpose that is not a string', b2b({ code: 'TREAT' })],
    ['purpose_of_use as a bare string', { 'hl7-b2b': { version: '1', purpose_of_use: 'TREAT' } }],
  ])('%s is invalid_request naming the purpose', (_, extensions) => {
    expect(refusal(() => readPurposeRequest({ extensions }))).toMatchObject({ status: 400, oauth: 'invalid_request', expression: ['extensions.hl7-b2b.purpose_of_use'] });
  });

  test('a malformed extensions claim, hl7-b2b object or version is invalid_request naming it', () => {
    expect(refusal(() => readPurposeRequest({ extensions: 'TREAT' })).expression).toEqual(['extensions']);
    expect(refusal(() => readPurposeRequest({ extensions: { 'hl7-b2b': ['TREAT'] } })).expression).toEqual(['extensions.hl7-b2b']);
    expect(refusal(() => readPurposeRequest({ extensions: { 'hl7-b2b': { version: 1, purpose_of_use: ['TREAT'] } } })).expression).toEqual(['extensions.hl7-b2b.version']);
  });

  test('break-glass without a reason is invalid_request naming the reason', () => {
    for (const claims of [{ extensions: b2b('BTG') }, { extensions: b2b('ETREAT') }, withReason('   ', 'BTG')]) {
      expect(refusal(() => readPurposeRequest(claims))).toMatchObject({ status: 400, oauth: 'invalid_request', expression: ['extensions.fhir-exchange.reason'] });
    }
  });

  test('a reason longer than 500 characters, not a string, or with control characters is refused; 500 is accepted', () => {
    expect(readPurposeRequest(withReason('é'.repeat(500), 'BTG')).reason).toHaveLength(500);
    for (const reason of ['x'.repeat(501), 42, 'first line\nsecond line']) {
      expect(refusal(() => readPurposeRequest(withReason(reason, 'BTG'))).expression).toEqual(['extensions.fhir-exchange.reason']);
    }
  });

  test('a reason without a break-glass purpose is refused rather than ignored', () => {
    expect(refusal(() => readPurposeRequest(withReason('just because', 'TREAT'))).expression).toEqual(['extensions.fhir-exchange.reason']);
    expect(refusal(() => readPurposeRequest({ extensions: { 'fhir-exchange': { reason: 'no purpose asked' } } })).expression).toEqual(['extensions.fhir-exchange.reason']);
  });
});

describe('authorizing the purpose for a client', () => {
  test('the default is TREAT for providers, HRESCH for research, none for the admin', () => {
    expect(authorizePurpose({}, provider)).toEqual({ purposeOfUse: 'TREAT' });
    expect(authorizePurpose({}, research)).toEqual({ purposeOfUse: 'HRESCH' });
    expect(authorizePurpose({}, { role: 'admin' })).toEqual({});
  });

  test('a provider allowed emergency access gets BTG and ETREAT with the reason', () => {
    expect(authorizePurpose({ purposeOfUse: 'BTG', reason: 'unconscious on arrival' }, emergencyProvider)).toEqual({ purposeOfUse: 'BTG', emergencyReason: 'unconscious on arrival' });
    expect(authorizePurpose({ purposeOfUse: 'ETREAT', reason: 'cardiac arrest' }, emergencyProvider)).toEqual({ purposeOfUse: 'ETREAT', emergencyReason: 'cardiac arrest' });
  });

  test('break-glass by a provider without the emergency permission is invalid_scope, refused as forbidden', () => {
    for (const client of [provider, { role: 'provider' as const }]) {
      expect(refusal(() => authorizePurpose({ purposeOfUse: 'BTG', reason: 'r' }, client))).toMatchObject({ status: 400, oauth: 'invalid_scope', code: 'forbidden', expression: ['extensions.hl7-b2b.purpose_of_use'] });
    }
  });

  test('a purpose outside the role is invalid_scope: research asking TREAT or BTG, a provider asking HRESCH, the admin asking anything', () => {
    for (const [request, client] of [
      [{ purposeOfUse: 'TREAT' }, research],
      [{ purposeOfUse: 'BTG', reason: 'r' }, { role: 'research' as const, emergencyAccess: true }],
      [{ purposeOfUse: 'HRESCH' }, emergencyProvider],
      [{ purposeOfUse: 'HLEGAL' }, { role: 'admin' as const }],
    ] as const) {
      expect(refusal(() => authorizePurpose(request, client))).toMatchObject({ status: 400, oauth: 'invalid_scope', expression: ['extensions.hl7-b2b.purpose_of_use'] });
    }
  });
});

describe('the access token carries the purpose and the reason', () => {
  const key = crypto.getRandomValues(new Uint8Array(32));
  const where = { issuer: 'https://x.example/fhir', audience: 'https://x.example/fhir' };
  const scopes = parseScopeList('system/*.rs').scopes;

  test('a break-glass token gives a provider principal with purposeOfUse BTG and the reason', async () => {
    const { token } = await issueAccessToken(key, where, { clientId: 'c', role: 'provider', providerId: 'p1', scopes, purposeOfUse: 'BTG', emergencyReason: 'unconscious on arrival' }, 60);
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ purpose_of_use: 'BTG', btg_reason: 'unconscious on arrival' });
    expect(await verifyAccessToken(key, where, token)).toMatchObject({ kind: 'provider', providerId: 'p1', purposeOfUse: 'BTG', emergencyReason: 'unconscious on arrival' });
  });

  test('a treatment token has no reason', async () => {
    const { token } = await issueAccessToken(key, where, { clientId: 'c', role: 'provider', providerId: 'p1', scopes, purposeOfUse: 'TREAT' }, 60);
    const principal = await verifyAccessToken(key, where, token);
    expect(principal).toMatchObject({ kind: 'provider', purposeOfUse: 'TREAT' });
    expect(principal).not.toHaveProperty('emergencyReason');
  });

  test('a break-glass token without its reason, or a reason without break-glass, was not issued here: 401', async () => {
    for (const subject of [
      { purposeOfUse: 'BTG' as const },
      { purposeOfUse: 'TREAT' as const, emergencyReason: 'r' },
    ]) {
      const { token } = await issueAccessToken(key, where, { clientId: 'c', role: 'provider', providerId: 'p1', scopes, ...subject }, 60);
      await expect(verifyAccessToken(key, where, token)).rejects.toMatchObject({ status: 401 });
    }
  });
});
