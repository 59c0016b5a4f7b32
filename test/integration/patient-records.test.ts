import { Wallet } from 'ethers';
import type { AuditEvent, Bundle, Parameters, Patient, Resource } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requestAccessToken } from '../../functions/cli/smart-client.ts';
import { signInWithEthereum } from '../../functions/cli/patient-sign-in.ts';
import type { MessageSigner, PatientSessionAnswer } from '../../functions/cli/patient-sign-in.ts';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';

/**
 * A patient's own view on the local stack (issue 12, patient API): provider A (dev-hospital-a) and
 * provider B (dev-clinic-b) hold the same Synthea person; the patient enrolls with A's code, signs
 * in with their wallet (SIWE) and, on the basis patient-self, sees both holders, their records at
 * both (Bundle and NDJSON), grants and revokes consent from the session, and reads an access log
 * that has B's refused read, B's consented read, B's break-glass read with its reason (BTG) and
 * their own reads. A second wallet signed in gets nothing.
 */

const US_SSN = 'http://hl7.org/fhir/sid/us-ssn';
const CACHE_SECONDS = 1;
const BREAK_GLASS_REASON = 'unresponsive on arrival in the emergency department';

let stack: StackProcess;
const tokens = { a: '', b: '' };
const wallet = Wallet.createRandom();
const stranger = Wallet.createRandom();
let session: PatientSessionAnswer;
let strangerSession: PatientSessionAnswer;
let ssn: string;
let names: string[];
/** How many resources each holder's own $everything returns. */
const held = { a: 0, b: 0 };

interface Answer {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

async function call(method: 'GET' | 'POST', url: string, options: { token?: string; cookie?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const response = await fetch(url.startsWith('http') ? url : `${stack.origin}${url}`, {
    method,
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text, headers: response.headers };
}

const fhir = (path: string) => `${stack.info.fhirBase}${path}`;
const signIn = (signer: MessageSigner) =>
  signInWithEthereum(async (method, path, body) => {
    const answer = await call(method, path, body === undefined ? {} : { body });
    return { status: answer.status, body: answer.body };
  }, signer);
const everythingAcross = (token: string) => call('GET', fhir(`/Patient/$everything?identifier=${encodeURIComponent(`${US_SSN}|${ssn}`)}`), { token });

async function consent(action: 'grant' | 'revoke', grantee: string) {
  const prepared = await call('POST', '/patient/consents/$prepare', { token: session.access_token, body: { action, grantee, purpose: 'treatment' } });
  expect(prepared.status, prepared.text).toBe(200);
  const signature = await wallet.signTypedData(prepared.body.domain, prepared.body.types, prepared.body.message);
  const relayed = await call('POST', '/patient/consents', { token: session.access_token, body: { primaryType: prepared.body.primaryType, message: prepared.body.message, signature } });
  expect(relayed.status, relayed.text).toBe(200);
}

beforeAll(async () => {
  stack = await StackProcess.start(undefined, { CONSENT_CACHE_SECONDS: String(CACHE_SECONDS) });
  [tokens.a, tokens.b] = await Promise.all([stack.token('dev-provider-a'), stack.token('dev-provider-b')]);

  // A holds the person; B holds the same person (same SSN) under its own MRN.
  const text = syntheaPatientText(0);
  const bundle = JSON.parse(text) as Bundle;
  const patient = bundle.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient;
  ssn = patient.identifier!.find((identifier) => identifier.system === US_SSN)!.value!;
  names = (patient.name ?? []).flatMap((name) => [name.family ?? '', ...(name.given ?? [])]).filter((name) => name.length > 3);
  const atA = await call('POST', fhir(''), { token: tokens.a, body: bundle });
  expect(atA.status, atA.text).toBe(200);
  const patientIdAtA = (atA.body as Bundle).entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;
  const copy = JSON.parse(text) as Bundle;
  const mrn = (copy.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient).identifier!.find((identifier) => identifier.type?.coding?.[0]?.code === 'MR')!;
  mrn.value = `clinic-b-${mrn.value}`;
  const atB = await call('POST', fhir(''), { token: tokens.b, body: copy });
  expect(atB.status, atB.text).toBe(200);
  const patientIdAtB = (atB.body as Bundle).entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;
  // What each holder holds in the patient's compartment (its $everything's matches; the shared resources they refer to are included besides).
  const matches = (bundle: Bundle) => bundle.entry!.filter((entry) => entry.search?.mode === 'match').length;
  held.a = matches((await call('GET', fhir(`/Patient/${patientIdAtA}/$everything`), { token: tokens.a })).body as Bundle);
  held.b = matches((await call('GET', fhir(`/Patient/${patientIdAtB}/$everything`), { token: tokens.b })).body as Bundle);

  // Before any consent, B's cross-provider read is refused (and logged for the person).
  expect((await everythingAcross(tokens.b)).status).toBe(403);

  // Enrollment with A's code, then sign-in.
  const issued = await call('POST', fhir(`/Patient/${patientIdAtA}/$enrollment-code`), { token: tokens.a });
  expect(issued.status, issued.text).toBe(200);
  const code = (issued.body as Parameters).parameter!.find((parameter) => parameter.name === 'code')!.valueString!;
  const { message } = (await call('GET', `/patient/enroll?code=${code}&address=${wallet.address}`)).body as { message: string };
  const enrolled = await call('POST', '/patient/enroll', { body: { code, address: wallet.address, signature: await wallet.signMessage(message) } });
  expect(enrolled.status, enrolled.text).toBe(200);
  [session, strangerSession] = await Promise.all([signIn(wallet), signIn(stranger)]);
}, 180_000);

afterAll(async () => {
  await stack?.dispose();
});

describe('the patient signed in with the enrolled wallet', () => {
  test('the session says the wallet controls a patient', async () => {
    const answer = await call('GET', '/patient/session', { token: session.access_token });
    expect(answer.body).toMatchObject({ address: wallet.address, enrolled: true });
  });

  test('holders: both providers, by name and FHIR endpoint, from the record locator on chain', async () => {
    // Holdings reach the chain through the vault worker: wait for both.
    let holders: { providerId: string; name: string; fhirEndpoint: string }[] = [];
    for (let attempt = 0; attempt < 60 && holders.length < 2; attempt++) {
      const answer = await call('GET', '/patient/holders', { token: session.access_token });
      expect(answer.status, answer.text).toBe(200);
      holders = answer.body.holders;
      if (holders.length < 2) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect([...holders].sort((x, y) => x.providerId.localeCompare(y.providerId))).toEqual([
      { providerId: 'dev-clinic-b', name: 'Dev Clinic B', fhirEndpoint: 'https://fhir.clinic-b.example/r4' },
      { providerId: 'dev-hospital-a', name: 'Dev Hospital A', fhirEndpoint: 'https://fhir.hospital-a.example/r4' },
    ]);
  }, 60_000);

  test("records: a searchset of every holder's records, each entry's meta.source its holder, ids that do not collide", async () => {
    const answer = await call('GET', '/patient/records', { token: session.access_token });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const bundle = answer.body as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
    expect(bundle.total).toBe(held.a + held.b);
    const sources = new Map<string, number>();
    for (const entry of bundle.entry!) sources.set(entry.resource!.meta!.source!, (sources.get(entry.resource!.meta!.source!) ?? 0) + 1);
    expect(Object.fromEntries(sources)).toEqual({ [fhir('/Organization/dev-hospital-a')]: held.a, [fhir('/Organization/dev-clinic-b')]: held.b });
    const patients = bundle.entry!.filter((entry) => entry.resource!.resourceType === 'Patient').map((entry) => entry.resource as Patient);
    expect(patients).toHaveLength(2);
    for (const patient of patients) expect(patient.identifier!.find((identifier) => identifier.system === US_SSN)!.value).toBe(ssn);
    expect(new Set(bundle.entry!.map((entry) => `${entry.resource!.resourceType}/${entry.resource!.id}`)).size).toBe(bundle.total);
  });

  test('records as NDJSON, by Accept or by _outputFormat: one resource per line, the same resources', async () => {
    const requests: { url: string; headers: Record<string, string> }[] = [
      { url: '/patient/records', headers: { Accept: 'application/fhir+ndjson' } },
      { url: '/patient/records?_outputFormat=ndjson', headers: {} },
    ];
    for (const request of requests) {
      const answer = await call('GET', request.url, { token: session.access_token, headers: request.headers });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/fhir+ndjson');
      const lines = answer.text.trimEnd().split('\n').map((line) => JSON.parse(line) as Resource);
      expect(lines).toHaveLength(held.a + held.b);
      expect(lines.every((resource) => typeof resource.resourceType === 'string' && resource.meta?.source !== undefined)).toBe(true);
    }
    expect((await call('GET', '/patient/records?_outputFormat=csv', { token: session.access_token })).body.issue[0].expression).toEqual(['_outputFormat']);
  });

  test('the page reads with the cookie alone (a GET needs no CSRF token)', async () => {
    const answer = await call('GET', '/patient/records?_outputFormat=ndjson', { cookie: `fx_patient=${session.access_token}` });
    expect(answer.status).toBe(200);
  });

  test('grantees: the confirmed providers and the research clients a consent may name', async () => {
    const answer = await call('GET', '/patient/grantees', { token: session.access_token });
    expect(answer.status).toBe(200);
    expect(answer.body.grantees).toEqual(
      expect.arrayContaining([
        { id: 'dev-hospital-a', name: 'Dev Hospital A', kind: 'provider' },
        { id: 'dev-clinic-b', name: 'Dev Clinic B', kind: 'provider' },
        { id: 'dev-research', name: 'dev-research', kind: 'research' },
      ]),
    );
    expect((await call('GET', '/patient/grantees')).status).toBe(401);
  });

  test("consent from the session: B is granted (B's cross-provider read succeeds), listed, then revoked (refused again)", async () => {
    await consent('grant', 'dev-clinic-b');
    const consents = await call('GET', '/patient/consents', { token: session.access_token });
    expect(consents.status).toBe(200);
    expect((consents.body as Bundle).entry!.map((entry) => (entry.resource as unknown as { status: string }).status)).toEqual(['active']);
    expect((await everythingAcross(tokens.b)).status).toBe(200);

    await consent('revoke', 'dev-clinic-b');
    await new Promise((resolve) => setTimeout(resolve, (CACHE_SECONDS + 0.5) * 1000));
    expect((await everythingAcross(tokens.b)).status).toBe(403);
  });

  test("a cookie session's $prepare needs the CSRF token; a session cannot prepare for another wallet", async () => {
    const body = { action: 'grant', grantee: 'dev-clinic-b', purpose: 'treatment' };
    const cookie = `fx_patient=${session.access_token}`;
    expect((await call('POST', '/patient/consents/$prepare', { cookie, body })).status).toBe(403);
    expect((await call('POST', '/patient/consents/$prepare', { cookie, body, headers: { 'X-CSRF-Token': session.csrf_token } })).status).toBe(200);
    expect((await call('POST', '/patient/consents/$prepare', { token: session.access_token, body: { ...body, address: stranger.address } })).status).toBe(403);
  });

  test("access log: B's refusal, B's consented read, B's break-glass read with its reason (BTG), and the patient's own reads", async () => {
    const { access_token: btg } = await requestAccessToken(await stack.credentials('dev-provider-b'), 'system/*.rs', { purposeOfUse: 'BTG', reason: BREAK_GLASS_REASON });
    expect((await everythingAcross(btg)).status).toBe(200);

    const answer = await call('GET', '/patient/access-log?_count=200', { token: session.access_token });
    expect(answer.status, answer.text).toBe(200);
    const events = (answer.body as Bundle).entry!.map((entry) => entry.resource as AuditEvent);
    const detail = (event: AuditEvent, type: string) => event.entity![0]!.detail?.find((item) => item.type === type)?.valueString;
    const byB = events.filter((event) => event.agent[0]!.who?.reference === 'Organization/dev-clinic-b');
    expect(byB.some((event) => event.outcome === '8')).toBe(true);
    expect(byB.some((event) => event.outcome === '0' && detail(event, 'basis') === 'consent')).toBe(true);
    const emergency = byB.filter((event) => detail(event, 'basis') === 'emergency');
    expect(emergency.length).toBeGreaterThanOrEqual(2); // one entry per holder opened
    for (const event of emergency) {
      expect(event.purposeOfEvent!.flatMap((purpose) => purpose.coding!.map((coding) => coding.code))).toContain('BTG');
      expect(detail(event, 'reason')).toBe(BREAK_GLASS_REASON);
    }
    const own = events.filter((event) => detail(event, 'basis') === 'patient-self');
    expect(own.some((event) => event.subtype!.some((coding) => coding.code === 'operation'))).toBe(true);
    expect(own[0]!.agent[0]!.who).toEqual({ identifier: { system: 'urn:fhir-exchange:client', value: 'patient' } });
    expect(events[0]!.entity![0]!.what).toEqual({ identifier: { system: 'urn:fhir-exchange:wallet', value: wallet.address }, display: 'you' });
    // Newest first.
    const times = events.map((event) => Date.parse(event.recorded));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });
});

describe('a second wallet, signed in but controlling no patient, sees nothing', () => {
  test('no holders; records and access log refused (403); no consents to list; not enrolled', async () => {
    const token = strangerSession.access_token;
    expect((await call('GET', '/patient/session', { token })).body).toMatchObject({ address: stranger.address, enrolled: false });
    expect((await call('GET', '/patient/holders', { token })).body).toEqual({ holders: [] });
    for (const path of ['/patient/records', '/patient/records?_outputFormat=ndjson', '/patient/access-log']) {
      const answer = await call('GET', path, { token });
      expect(answer.status, path).toBe(403);
      expect(answer.body.issue[0].code).toBe('forbidden');
      expect(answer.text).not.toContain(ssn);
    }
    expect((await call('GET', '/patient/consents', { token })).status).toBe(404);
  });

  test('without a session every patient route answers 401', async () => {
    for (const path of ['/patient/holders', '/patient/records', '/patient/access-log', '/patient/grantees']) expect((await call('GET', path)).status, path).toBe(401);
  });
});

describe('privacy', () => {
  test("the stack's logs carry neither the patient's names and SSN nor the wallet addresses", () => {
    const output = stack.output.toLowerCase();
    expect(output.length).toBeGreaterThan(0);
    for (const secret of [ssn, ...names, wallet.address, stranger.address]) expect(output).not.toContain(secret.toLowerCase());
  });
});
