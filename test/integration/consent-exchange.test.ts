import { Wallet, keccak256, toUtf8Bytes } from 'ethers';
import type { AuditEvent, Bundle, Consent, OperationOutcome, Parameters, Patient, Resource } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { referencesOf } from '../../functions/fhir/references.ts';
import { createChainClient } from '../../functions/ledger/chain-client.ts';
import type { ChainClient } from '../../functions/ledger/chain-client.ts';
import { ConsentRegistryInterface } from '../../functions/ledger/consent-registry.ts';
import { chainConfigSchema, parseConfig } from '../../schemas/config.ts';
import { requestAccessToken } from '../../functions/cli/smart-client.ts';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';

/**
 * The exchange between providers on the local stack (issue 11 §2, §3, §5): provider A holds a
 * Synthea patient, provider B holds the same person (same SSN, its own MRN) and a third provider
 * treats them. Without consent a cross-provider read is refused and audited; the patient's wallet
 * enrolls with a code from A, grants B consent (EIP-712, relayed), B reads every holder's records,
 * the patient revokes and B is refused again within the consent cache bound (2 s here, 30 s by
 * default). Forged, replayed and expired consents are refused by the contract.
 */

const US_SSN = 'http://hl7.org/fhir/sid/us-ssn';
const CACHE_SECONDS = 2;

let stack: StackProcess;
let chain: ChainClient;
const tokens = { a: '', b: '', aReadOnly: '' };
let patientIdAtA: string;
let ssn: string;
let names: string[];
const wallet = Wallet.createRandom();

async function call(method: 'GET' | 'POST', path: string, options: { token?: string; body?: unknown; base?: 'fhir' | 'origin' } = {}) {
  const base = options.base === 'origin' ? stack.origin : stack.info.fhirBase;
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}), ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const everythingAcross = (token: string, extra = '') => call('GET', `/Patient/$everything?identifier=${encodeURIComponent(`${US_SSN}|${ssn}`)}${extra}`, { token });

async function signAndRelay(action: "grant" | "revoke", grantee: string, signer: Pick<Wallet, "signTypedData"> = wallet, expires?: string) {
  const prepared = await call('POST', '/patient/consents/$prepare', { base: 'origin', body: { address: wallet.address, action, grantee, purpose: 'treatment', ...(expires ? { expires } : {}) } });
  expect(prepared.status, JSON.stringify(prepared.body)).toBe(200);
  const signature = await signer.signTypedData(prepared.body.domain, prepared.body.types, prepared.body.message);
  return { prepared: prepared.body, relayed: await call('POST', '/patient/consents', { base: 'origin', body: { primaryType: prepared.body.primaryType, message: prepared.body.message, signature } }) };
}

beforeAll(async () => {
  stack = await StackProcess.start(undefined, { CONSENT_CACHE_SECONDS: String(CACHE_SECONDS) });
  [tokens.a, tokens.b, tokens.aReadOnly] = await Promise.all([stack.token('dev-provider-a'), stack.token('dev-provider-b'), stack.token('dev-provider-a', 'system/Patient.r')]);
  chain = createChainClient(parseConfig(chainConfigSchema, { CHAIN_RPC_URL: stack.info.rpcUrl, CHAIN_ID: String(stack.info.chainId), PROVIDER_REGISTRY_ADDRESS: stack.info.contracts['ProviderRegistry']! }));

  // A holds the patient; B holds the same person under its own MRN.
  const text = syntheaPatientText(0);
  const bundle = JSON.parse(text) as Bundle;
  const patient = bundle.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient;
  ssn = patient.identifier!.find((identifier) => identifier.system === US_SSN)!.value!;
  names = (patient.name ?? []).flatMap((name) => [name.family ?? '', ...(name.given ?? [])]).filter((name) => name.length > 2);
  const atA = await call('POST', '', { token: tokens.a, body: bundle });
  expect(atA.status).toBe(200);
  patientIdAtA = (atA.body as Bundle).entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;
  const copy = JSON.parse(text) as Bundle;
  const mrn = (copy.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient).identifier!.find((identifier) => identifier.type?.coding?.[0]?.code === 'MR')!;
  mrn.value = `clinic-b-${mrn.value}`;
  expect((await call('POST', '', { token: tokens.b, body: copy })).status).toBe(200);
}, 120_000);

afterAll(async () => {
  chain?.destroy();
  await stack?.dispose();
});

describe('without consent', () => {
  test("B's cross-provider read is refused (403) and the refusal is in A's access log as a failed AuthZ-Consent event", async () => {
    const refused = await everythingAcross(tokens.b);
    expect(refused.status).toBe(403);
    expect((refused.body as OperationOutcome).issue[0]).toMatchObject({ code: 'forbidden' });
    expect(JSON.stringify(refused.body)).not.toContain(ssn);

    const log = await call('GET', `/AuditEvent?patient=Patient/${patientIdAtA}`, { token: tokens.a });
    expect(log.status).toBe(200);
    const events = (log.body as Bundle).entry!.map((entry) => entry.resource as AuditEvent);
    const denial = events.find((event) => event.outcome === '8');
    expect(denial).toMatchObject({ type: { code: '110113' }, agent: [expect.objectContaining({ who: { reference: 'Organization/dev-clinic-b' } }), expect.anything()] });
  });

  test('bad requests name the element: no identifier, an identifier outside the linking systems, a bad _since', async () => {
    expect((await call('GET', '/Patient/$everything', { token: tokens.b })).body.issue[0].expression).toEqual(['identifier']);
    expect((await call('GET', `/Patient/$everything?identifier=${encodeURIComponent('http://example.org/mrn|1')}`, { token: tokens.b })).body.issue[0].expression).toEqual(['identifier']);
    expect((await everythingAcross(tokens.b, '&_since=yesterday')).body.issue[0].expression).toEqual(['_since']);
  });
});

/** The enrollment code issued in the test below (the privacy test looks for it in the logs). */
let code: string;

describe('enrollment', () => {

  test('a code needs Patient.u and a patient the provider holds', async () => {
    expect((await call('POST', `/Patient/${patientIdAtA}/$enrollment-code`, { token: tokens.aReadOnly })).status).toBe(403);
    expect((await call('POST', `/Patient/no-such-patient/$enrollment-code`, { token: tokens.a })).status).toBe(404);
    // B cannot issue a code for A's patient id.
    expect((await call('POST', `/Patient/${patientIdAtA}/$enrollment-code`, { token: tokens.b })).status).toBe(404);
    const issued = await call('POST', `/Patient/${patientIdAtA}/$enrollment-code`, { token: tokens.a });
    expect(issued.status).toBe(200);
    const parameters = issued.body as Parameters;
    code = parameters.parameter!.find((parameter) => parameter.name === 'code')!.valueString!;
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(Date.parse(parameters.parameter!.find((parameter) => parameter.name === 'expires')!.valueInstant!)).toBeGreaterThan(Date.now());
  });

  test('a signature of another wallet is a 401 and changes nothing; the right one enrolls; a second redemption is a 400', async () => {
    const message = (await call('GET', `/patient/enroll?code=${code}&address=${wallet.address}`, { base: 'origin' })).body.message as string;
    expect(message).toContain(wallet.address);
    const forged = await call('POST', '/patient/enroll', { base: 'origin', body: { code, address: wallet.address, signature: await Wallet.createRandom().signMessage(message) } });
    expect(forged.status).toBe(401);
    expect((await call('GET', `/patient/consents?address=${wallet.address}`, { base: 'origin' })).status).toBe(404);

    const enrolled = await call('POST', '/patient/enroll', { base: 'origin', body: { code, address: wallet.address, signature: await wallet.signMessage(message) } });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(200);
    expect(enrolled.body).toMatchObject({ controller: wallet.address, transaction: expect.stringMatching(/^0x[0-9a-f]{64}$/) });

    const again = await call('POST', '/patient/enroll', { base: 'origin', body: { code, address: wallet.address, signature: await wallet.signMessage(message) } });
    expect(again.status).toBe(400);
    expect(again.body.issue[0].expression).toEqual(['code']);
  });

  test('a patient already enrolled gets no new code (409)', async () => {
    expect((await call('POST', `/Patient/${patientIdAtA}/$enrollment-code`, { token: tokens.a })).status).toBe(409);
  });
});

describe('consent', () => {
  test('a grant to someone the exchange does not know is refused before anything is signed (404)', async () => {
    const prepared = await call('POST', '/patient/consents/$prepare', { base: 'origin', body: { address: wallet.address, action: 'grant', grantee: 'no-such-clinic', purpose: 'treatment' } });
    expect(prepared.status).toBe(404);
    expect(prepared.body.resourceType).toBe('OperationOutcome');
  });

  test('forged and expired consents are refused by the contract (403, 400); nothing is granted', async () => {
    const forged = await signAndRelay('grant', 'dev-clinic-b', Wallet.createRandom());
    expect(forged.relayed.status).toBe(403);
    const prepared = await call('POST', '/patient/consents/$prepare', { base: 'origin', body: { address: wallet.address, action: 'grant', grantee: 'dev-clinic-b', purpose: 'treatment' } });
    const expired = { ...prepared.body.message, expiry: String(Math.floor(Date.now() / 1000) - 60) };
    const signature = await wallet.signTypedData(prepared.body.domain, prepared.body.types, expired);
    expect((await call('POST', '/patient/consents', { base: 'origin', body: { primaryType: 'Consent', message: expired, signature } })).status).toBe(400);
    expect((await everythingAcross(tokens.b)).status).toBe(403);
  });

  test('granted: B reads every holder\'s records, each entry from its holder, ids distinct, references resolvable; a replay is a 409', async () => {
    const { prepared, relayed } = await signAndRelay('grant', 'dev-clinic-b');
    expect(relayed.status, JSON.stringify(relayed.body)).toBe(200);
    const replay = await call('POST', '/patient/consents', { base: 'origin', body: { primaryType: 'Consent', message: prepared.message, signature: await wallet.signTypedData(prepared.domain, prepared.types, prepared.message) } });
    expect(replay.status).toBe(409);

    const read = await everythingAcross(tokens.b);
    expect(read.status).toBe(200);
    const bundle = read.body as Bundle;
    const resources = bundle.entry!.map((entry) => entry.resource as Resource);
    const sources = new Set(resources.map((resource) => resource.meta!.source));
    expect(sources).toEqual(new Set([`${stack.info.fhirBase}/Organization/dev-hospital-a`, `${stack.info.fhirBase}/Organization/dev-clinic-b`]));
    expect(resources.filter((resource) => resource.resourceType === 'Patient')).toHaveLength(2);
    const ids = resources.map((resource) => `${resource.resourceType}/${resource.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    // Every relative reference of a returned resource to a patient-compartment resource resolves within the Bundle.
    const present = new Set(ids);
    const dangling = resources.flatMap((resource) => referencesOf(resource).filter((reference) => /^(Patient|Encounter|Condition|Observation)\//.test(reference) && !present.has(reference)));
    expect(dangling).toEqual([]);
    // The same person's records from each holder: equal counts.
    const perHolder = [...sources].map((source) => resources.filter((resource) => resource.meta!.source === source).length);
    expect(perHolder[0]).toBe(perHolder[1]);

    // _type and _since narrow it.
    const onlyPatients = await everythingAcross(tokens.b, '&_type=Patient');
    expect((onlyPatients.body as Bundle).entry!.map((entry) => entry.resource!.resourceType)).toEqual(['Patient', 'Patient']);
    const future = await everythingAcross(tokens.b, `&_since=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`);
    expect((future.body as Bundle).total).toBe(0);
  });

  test("A sees B's consented read in its access log, and the consent as an R4 Consent", async () => {
    const log = await call('GET', `/AuditEvent?patient=Patient/${patientIdAtA}&_count=2`, { token: tokens.a });
    const events = (log.body as Bundle).entry!.map((entry) => entry.resource as AuditEvent);
    expect(events).toHaveLength(2);
    expect((log.body as Bundle).link!.find((link) => link.relation === 'next')).toBeDefined();
    const all = await call('GET', `/AuditEvent?patient=Patient/${patientIdAtA}&_count=200`, { token: tokens.a });
    const consented = (all.body as Bundle).entry!.map((entry) => entry.resource as AuditEvent).find((event) => event.outcome === '0' && event.entity![0]!.detail!.some((detail) => detail.valueString === 'consent'));
    expect(consented?.agent[0]!.who).toEqual({ reference: 'Organization/dev-clinic-b' });
    const recorded = (all.body as Bundle).entry!.map((entry) => (entry.resource as AuditEvent).recorded);
    expect(recorded).toEqual([...recorded].sort().reverse());

    const consents = await call('GET', `/Consent?patient=Patient/${patientIdAtA}`, { token: tokens.a });
    expect(consents.status).toBe(200);
    const [consent] = (consents.body as Bundle).entry!.map((entry) => entry.resource as Consent);
    expect(consent).toMatchObject({ status: 'active', patient: { reference: `Patient/${patientIdAtA}` }, provision: { actor: [{ reference: { reference: 'Organization/dev-clinic-b' } }] } });
  });

  test('revoked: B is refused again within the consent cache bound, and the Consent is inactive', async () => {
    const { relayed } = await signAndRelay('revoke', 'dev-clinic-b');
    expect(relayed.status).toBe(200);
    const started = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - started < (CACHE_SECONDS + 5) * 1000) {
      status = (await everythingAcross(tokens.b)).status;
      if (status === 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(status).toBe(403);
    expect(Date.now() - started).toBeLessThan((CACHE_SECONDS + 5) * 1000);
    const consents = await call('GET', '/patient/consents?address=' + wallet.address, { base: 'origin' });
    expect((consents.body as Bundle).entry!.map((entry) => (entry.resource as Consent).status)).toEqual(['inactive']);
  });
});

describe('break-glass', () => {
  const why = 'unconscious on arrival, allergies unknown';

  test("B's BTG token reads every holder's records without consent, labelled BTG; the access goes on chain with a salted reason commitment and into A's log with the reason", async () => {
    expect((await everythingAcross(tokens.b)).status).toBe(403);
    const { access_token: btg } = await requestAccessToken(await stack.credentials('dev-provider-b'), 'system/*.rs', { purposeOfUse: 'BTG', reason: why });
    const read = await everythingAcross(btg);
    expect(read.status).toBe(200);
    const bundle = read.body as Bundle;
    expect(bundle.meta!.security).toEqual([expect.objectContaining({ code: 'BTG' })]);
    expect(new Set(bundle.entry!.map((entry) => entry.resource!.meta!.source)).size).toBe(2);

    // The vault worker sends the pending emergency access within a few of its runs.
    let events: { args: unknown[] }[] = [];
    for (let attempt = 0; attempt < 40 && events.length === 0; attempt++) {
      const logs = await chain.provider.getLogs({ address: stack.info.contracts['ConsentRegistry']!, fromBlock: 0 });
      events = logs.map((log) => ConsentRegistryInterface.parseLog(log)!).filter((event) => event.name === 'EmergencyAccessRecorded') as unknown as { args: unknown[] }[];
      if (events.length === 0) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(events).toHaveLength(1);
    expect(String(events[0]!.args[1])).toBe(keccak256(toUtf8Bytes('dev-clinic-b')));
    expect(String(events[0]!.args[2])).not.toBe(keccak256(toUtf8Bytes(why)));

    const log = await call('GET', `/AuditEvent?patient=Patient/${patientIdAtA}&_count=200`, { token: tokens.a });
    const emergency = (log.body as Bundle).entry!.map((entry) => entry.resource as AuditEvent).find((event) => event.purposeOfEvent?.[0]?.coding?.[0]?.code === 'BTG');
    expect(emergency).toMatchObject({ type: { code: '110113' }, outcome: '0', agent: [expect.objectContaining({ who: { reference: 'Organization/dev-clinic-b' } }), expect.anything()] });
    expect(emergency!.entity![0]!.detail).toContainEqual({ type: 'reason', valueString: why });
  });

  test('a client without the emergency permission gets no BTG token', async () => {
    await expect(requestAccessToken(await stack.credentials('dev-research'), 'system/*.rs', { purposeOfUse: 'BTG', reason: why })).rejects.toThrow(/HTTP 400/);
  });
});

describe('privacy', () => {
  test("the consent registry's transactions and events carry no name or SSN of the patient, nor a plain hash of them", async () => {
    const logs = await chain.provider.getLogs({ address: stack.info.contracts['ConsentRegistry']!, fromBlock: 0 });
    expect(logs.length).toBeGreaterThanOrEqual(3);
    const transactions = await Promise.all([...new Set(logs.map((log) => log.transactionHash))].map((hash) => chain.provider.getTransaction(hash)));
    const onChain = JSON.stringify({ logs: logs.map((log) => [log.topics, log.data]), data: transactions.map((tx) => tx!.data) }).toLowerCase();
    for (const value of [ssn, ssn.replaceAll('-', ''), ...names]) {
      expect(onChain).not.toContain(Buffer.from(value).toString('hex').toLowerCase());
      expect(onChain).not.toContain(keccak256(toUtf8Bytes(value)).slice(2));
    }
    expect(logs.map((log) => ConsentRegistryInterface.parseLog(log)?.name)).toEqual(expect.arrayContaining(['ControllerSet', 'ConsentGranted', 'ConsentRevoked', 'EmergencyAccessRecorded']));
  });

  test("the exchange's logs carry no name, SSN, break-glass reason, enrollment code or wallet key, though every request of these flows is logged", async () => {
    const lines = stack.output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
    const routes = new Set(lines.map((line) => line['route']));
    for (const route of ['GET /fhir/Patient/$everything', 'POST /fhir/Patient/{id}/$enrollment-code', 'POST /patient/enroll', 'POST /patient/consents', 'GET /fhir/AuditEvent', 'GET /fhir/Consent']) expect(routes, route).toContain(route);
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    for (const value of [ssn, ssn.replaceAll('-', ''), ...names, 'unconscious on arrival', wallet.privateKey.slice(2), code, code.replaceAll('-', '')]) expect(stack.output).not.toContain(value);
  });
});
