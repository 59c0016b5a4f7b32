import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Wallet } from 'ethers';
import { exportCommand } from '../../functions/cli/export-command.ts';
import { requestAccessToken } from '../../functions/cli/smart-client.ts';
import type { Bundle, Patient } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';

/**
 * Bulk Data export for research (issue 13) on the local stack: four Synthea patients at provider A;
 * three enroll their wallets and grant the research client `dev-research` research consent on
 * chain, the fourth does not. Exports run on the stack's export worker thread; files are fetched
 * through the manifest's presigned links, as smart-on-fhir's bulk-data-client does.
 */

const US_SSN = 'http://hl7.org/fhir/sid/us-ssn';
const PATIENTS = 4;
const CONSENTING = 3;

let stack: StackProcess;
const tokens = { provider: '', research: '' };

interface Person {
  id: string;
  wallet: Pick<Wallet, 'address' | 'signMessage' | 'signTypedData'>;
  ssn: string;
  mrn: string;
  birthDate: string;
  names: string[];
  resourceIds: string[];
  /** The codings of the patient's Conditions, as the provider sent them. */
  conditionCodings: { system?: string; code?: string }[][];
}
const people: Person[] = [];

async function call(method: string, path: string, options: { token?: string; body?: unknown; base?: 'fhir' | 'origin' | 'absolute'; headers?: Record<string, string> } = {}) {
  const url = options.base === 'absolute' ? path : `${options.base === 'origin' ? stack.origin : stack.info.fhirBase}${path}`;
  const response = await fetch(url, {
    method,
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/fhir+json' }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body };
}

async function signAndRelay(person: Person, action: 'grant' | 'revoke') {
  const prepared = await call('POST', '/patient/consents/$prepare', { base: 'origin', body: { address: person.wallet.address, action, grantee: 'dev-research', purpose: 'research' } });
  expect(prepared.status, JSON.stringify(prepared.body)).toBe(200);
  const signature = await person.wallet.signTypedData(prepared.body.domain, prepared.body.types, prepared.body.message);
  const relayed = await call('POST', '/patient/consents', { base: 'origin', body: { primaryType: prepared.body.primaryType, message: prepared.body.message, signature } });
  expect(relayed.status, JSON.stringify(relayed.body)).toBe(200);
}

const BULK_HEADERS = { Accept: 'application/fhir+json', Prefer: 'respond-async' };

async function kickOff(path: string, options: { token?: string; headers?: Record<string, string>; body?: unknown; method?: string } = {}) {
  return call(options.method ?? 'GET', path, { token: options.token ?? tokens.research, headers: { ...BULK_HEADERS, ...options.headers }, ...(options.body ? { body: options.body } : {}) });
}

/** Polls the status URL until the job is done; returns the manifest and the statuses seen. */
async function waitForManifest(statusUrl: string, timeoutMs = 90_000) {
  const seen: { status: number; progress: string | null; retryAfter: string | null }[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const polled = await call('GET', statusUrl, { base: 'absolute', token: tokens.research });
    seen.push({ status: polled.status, progress: polled.headers.get('x-progress'), retryAfter: polled.headers.get('retry-after') });
    if (polled.status !== 202) return { polled, seen };
    if (Date.now() > deadline) throw new Error(`export did not finish: ${JSON.stringify(seen.slice(-3))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Downloads every output file (without a token: requiresAccessToken is false), checking type and count line by line. */
async function download(manifest: any): Promise<Map<string, any[]>> {
  const files = new Map<string, any[]>();
  for (const output of manifest.output) {
    const response = await fetch(output.url, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/fhir+ndjson');
    const lines = (await response.text()).split('\n').filter((line) => line !== '');
    expect(lines.length, output.type).toBe(output.count);
    const resources = lines.map((line) => JSON.parse(line));
    for (const resource of resources) expect(resource.resourceType).toBe(output.type);
    files.set(output.type, resources);
  }
  return files;
}

async function exportAll(path = '/$export', options: Parameters<typeof kickOff>[1] = {}) {
  const started = await kickOff(path, options);
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  const statusUrl = started.headers.get('content-location')!;
  const { polled, seen } = await waitForManifest(statusUrl);
  expect(polled.status, JSON.stringify(polled.body)).toBe(200);
  expect(polled.headers.get('content-type')).toContain('application/json');
  expect(Date.parse(polled.headers.get('expires')!)).toBeGreaterThan(Date.now());
  return { statusUrl, manifest: polled.body, seen, files: await download(polled.body) };
}

/** While this file exists, the stack's S3 stand-in never answers the write of an export's second part (test/support/stall-export-part.ts: the crash test's fault). */
let stallFile: string;

beforeAll(async () => {
  stallFile = join(await mkdtemp(join(tmpdir(), 'fhirx-stall-')), 'stall-second-part');
  const stall = pathToFileURL(join(import.meta.dirname, '../support/stall-export-part.ts')).href;
  stack = await StackProcess.start(undefined, {
    EXPORT_LEASE_SECONDS: '3',
    CONSENT_CACHE_SECONDS: '0',
    NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${stall}`.trim(),
    STALL_EXPORT_PART_FILE: stallFile,
  });
  [tokens.provider, tokens.research] = await Promise.all([stack.token('dev-provider-a'), stack.token('dev-research', 'system/*.rs')]);
  for (let index = 0; index < PATIENTS; index++) {
    const bundle = JSON.parse(syntheaPatientText(index)) as Bundle;
    const patient = bundle.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient;
    const ingested = await call('POST', '', { token: tokens.provider, body: bundle });
    expect(ingested.status, JSON.stringify(ingested.body).slice(0, 500)).toBe(200);
    const locations = (ingested.body as Bundle).entry!.map((entry) => entry.response!.location!);
    const id = locations.find((location) => location.startsWith('Patient/'))!.split('/')[1]!;
    people.push({
      id,
      wallet: Wallet.createRandom(),
      ssn: patient.identifier!.find((identifier) => identifier.system === US_SSN)!.value!,
      mrn: patient.identifier!.find((identifier) => identifier.type?.coding?.[0]?.code === 'MR')!.value!,
      birthDate: patient.birthDate!,
      names: (patient.name ?? []).flatMap((name) => [name.family ?? '', ...(name.given ?? [])]).filter((name) => name.length > 3),
      resourceIds: locations.map((location) => location.split('/')[1]!),
      conditionCodings: bundle.entry!.filter((entry) => entry.resource!.resourceType === 'Condition').map((entry) => (entry.resource as { code?: { coding?: { system?: string; code?: string }[] } }).code?.coding ?? []),
    });
  }
  // Three patients enroll and grant dev-research research consent; the fourth enrolls only.
  for (const [index, person] of people.entries()) {
    const issued = await call('POST', `/Patient/${person.id}/$enrollment-code`, { token: tokens.provider });
    expect(issued.status).toBe(200);
    const code = issued.body.parameter.find((parameter: any) => parameter.name === 'code').valueString as string;
    const message = (await call('GET', `/patient/enroll?code=${code}&address=${person.wallet.address}`, { base: 'origin' })).body.message as string;
    const enrolled = await call('POST', '/patient/enroll', { base: 'origin', body: { code, address: person.wallet.address, signature: await person.wallet.signMessage(message) } });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(200);
    if (index < CONSENTING) await signAndRelay(person, 'grant');
  }
}, 240_000);

afterAll(async () => {
  await stack?.dispose();
  if (stallFile) await rm(join(stallFile, '..'), { recursive: true, force: true });
});

/** Every text of every file, for the privacy checks. */
function allText(files: Map<string, any[]>): string {
  return [...files.values()].flat().map((resource) => JSON.stringify(resource)).join('\n');
}

let first: Awaited<ReturnType<typeof exportAll>>;

describe('system-level export', () => {
  test('a research client kicks off (202, Content-Location), polls (202 with X-Progress and Retry-After) and gets the manifest (200, Expires)', async () => {
    first = await exportAll('/$export?_outputFormat=application%2Ffhir%2Bndjson');
    const { manifest, seen } = first;
    expect(manifest).toMatchObject({ request: `${stack.info.fhirBase}/$export?_outputFormat=application%2Ffhir%2Bndjson`, requiresAccessToken: false, error: [] });
    expect(Date.parse(manifest.transactionTime)).toBeLessThanOrEqual(Date.now());
    expect(Array.isArray(manifest.output)).toBe(true);
    expect(new Set(manifest.output.map((output: any) => output.type)).size).toBe(manifest.output.length);
    for (const poll of seen.filter((entry) => entry.status === 202)) {
      expect(poll.progress!.length).toBeLessThan(100);
      expect(Number(poll.retryAfter)).toBeGreaterThan(0);
    }
    expect(seen.at(-1)!.status).toBe(200);
  });

  test('only the consenting patients are exported; the refusal is counted, not named', async () => {
    expect(first.files.get('Patient')).toHaveLength(CONSENTING);
    expect(first.manifest.extension['https://fhir-exchange.dev/bulk-export/patients']).toMatchObject({ considered: CONSENTING, exported: CONSENTING, notInForce: 0 });
    expect(first.files.get('Encounter')!.length).toBeGreaterThan(0);
  });

  test('no name, SSN, MRN, exact birth date or original id of any patient is in any file', async () => {
    const text = allText(first.files);
    for (const person of people) {
      for (const name of person.names) expect(text).not.toContain(name);
      expect(text).not.toContain(person.ssn);
      expect(text).not.toContain(person.mrn);
      expect(text).not.toContain(`"${person.birthDate}"`);
      expect(text).not.toContain(person.id);
    }
    // Dates are shifted (the Safe Harbor configuration's dateShift), never left as they were.
    const births = new Set(people.map((person) => person.birthDate));
    for (const patient of first.files.get('Patient')!) expect(births.has(patient.birthDate)).toBe(false);
  });

  test("the stack's logs carry no name, SSN or MRN of any patient", () => {
    for (const person of people) {
      for (const name of person.names) expect(stack.output).not.toContain(name);
      expect(stack.output).not.toContain(person.ssn);
      expect(stack.output).not.toContain(person.mrn);
    }
  });

  test('ids are consistent across files: every subject reference names an exported Patient', async () => {
    const patientIds = new Set(first.files.get('Patient')!.map((patient) => `Patient/${patient.id}`));
    for (const condition of first.files.get('Condition') ?? []) expect(patientIds.has(condition.subject.reference)).toBe(true);
  });
});

describe('job rules', () => {
  test('a provider cannot export (403); a GET with patient is a 400 naming it; a bad _since is a 400', async () => {
    const provider = await kickOff('/$export', { token: tokens.provider });
    expect(provider.status).toBe(403);
    expect(provider.body.resourceType).toBe('OperationOutcome');
    expect((await kickOff('/$export?patient=Patient/1')).body.issue[0].expression).toEqual(['patient']);
    expect((await kickOff('/$export?_since=yesterday')).body.issue[0].expression).toEqual(['_since']);
    expect((await kickOff('/$export?_outputFormat=text/csv')).body.issue[0].expression).toEqual(['_outputFormat']);
  });

  test('an unsupported parameter is a 400, or with handling=lenient an OperationOutcome in the manifest error', async () => {
    const strict = await kickOff('/Patient/$export?_elements=id');
    expect(strict.status).toBe(400);
    expect(strict.body.issue[0].expression).toEqual(['_elements']);
    const lenient = await exportAll('/Patient/$export?_elements=id&_type=Patient', { headers: { Prefer: 'respond-async, handling=lenient' } });
    expect(lenient.manifest.error).toHaveLength(1);
    const errors = (await (await fetch(lenient.manifest.error[0].url)).text()).split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));
    expect(errors[0]).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'not-supported', expression: ['_elements'] }] });
  });

  test('a second job while one runs is a 429 with Retry-After; DELETE cancels (202), then the status is 404', async () => {
    const running = await kickOff('/$export');
    expect(running.status).toBe(202);
    const second = await kickOff('/$export');
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    const statusUrl = running.headers.get('content-location')!;
    // Only the client that started the job sees it.
    expect((await call('GET', statusUrl, { base: 'absolute', token: tokens.provider })).status).toBe(404);
    expect((await call('DELETE', statusUrl, { base: 'absolute', token: tokens.provider })).status).toBe(404);
    expect((await call('DELETE', statusUrl, { base: 'absolute', token: tokens.research })).status).toBe(202);
    const after = await call('GET', statusUrl, { base: 'absolute', token: tokens.research });
    expect(after.status).toBe(404);
    expect(after.body.resourceType).toBe('OperationOutcome');
    // The client may start again.
    const again = await exportAll('/$export?_type=Patient');
    expect(again.files.get('Patient')).toHaveLength(CONSENTING);
  });

  test('_type and _typeFilter (code, _lastUpdated) narrow the files; POST Parameters work as GET', async () => {
    // The filter applies to the records as stored (the export then redacts codes, as the Safe Harbor configuration says).
    const coding = people[1]!.conditionCodings[0]![0]!;
    const expected = people.slice(0, CONSENTING).flatMap((person) => person.conditionCodings).filter((codings) => codings.some((other) => other.system === coding.system && other.code === coding.code)).length;
    const filter = encodeURIComponent(`Condition?code=${encodeURIComponent(`${coding.system}|${coding.code}`)}`);
    const narrowed = await exportAll(`/Patient/$export?_type=Patient,Condition&_typeFilter=${filter}`);
    expect([...narrowed.files.keys()].sort()).toEqual(['Condition', 'Patient']);
    expect(narrowed.files.get('Condition')).toHaveLength(expected);
    expect(expected).toBeLessThan(first.files.get('Condition')!.length);
    const posted = await exportAll('/$export', {
      method: 'POST',
      body: { resourceType: 'Parameters', parameter: [{ name: '_type', valueString: 'Patient' }, { name: '_type', valueString: 'Observation' }, { name: '_typeFilter', valueString: 'Observation?_lastUpdated=gt2100-01-01' }] },
    });
    expect([...posted.files.keys()]).toEqual(['Patient']);
  });
});

describe('the export command', () => {
  test('fhir-exchange export writes one NDJSON file per type and the manifest, reporting progress while it polls', async () => {
    const out = await mkdtemp(join(tmpdir(), 'fhirx-export-'));
    try {
      let stdout = '';
      let stderr = '';
      const code = await exportCommand(['--data-dir', stack.dataDir, '--type', 'Patient,Condition', '--out', out], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), tty: false });
      expect(code, stderr).toBe(0);
      expect((await readdir(out)).sort()).toEqual(['Condition.ndjson', 'Patient.ndjson', 'manifest.json']);
      const patients = (await readFile(join(out, 'Patient.ndjson'), 'utf8')).split('\n').filter((line) => line !== '');
      expect(patients).toHaveLength(CONSENTING);
      expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')).output.map((output: any) => output.type).sort()).toEqual(['Condition', 'Patient']);
      expect(stdout).toContain('Patient.ndjson');
      expect(stderr).toMatch(/export: (accepted|\d+\/\d+ patients)/);
      for (const person of people) expect(stdout + stderr).not.toContain(person.ssn);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe('groups', () => {
  test('a Group of de-identified Patient ids exports only its consenting members', async () => {
    const member = first.files.get('Patient')![0].id as string;
    const put = await call('PUT', '/Group/cohort-1', { token: tokens.research, body: { resourceType: 'Group', id: 'cohort-1', type: 'person', actual: true, member: [{ entity: { reference: `Patient/${member}` } }] } });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    const bad = await call('PUT', '/Group/cohort-2', { token: tokens.research, body: { resourceType: 'Group', type: 'person', actual: true, member: [{ entity: { reference: 'Practitioner/1' } }] } });
    expect(bad.body.issue[0].expression).toEqual(['Group.member[0].entity.reference']);
    expect((await kickOff('/Group/no-such-group/$export')).status).toBe(404);
    const grouped = await exportAll('/Group/cohort-1/$export');
    expect(grouped.files.get('Patient')!.map((patient) => patient.id)).toEqual([member]);
  });
});

describe('consent', () => {
  test('a revoked consent stops the next export', async () => {
    tokens.research = await stack.token('dev-research', 'system/*.rs');
    const revoked = people[0]!;
    await signAndRelay(revoked, 'revoke');
    const next = await exportAll('/$export?_type=Patient');
    expect(next.files.get('Patient')).toHaveLength(CONSENTING - 1);
    expect(next.manifest.extension['https://fhir-exchange.dev/bulk-export/patients']).toMatchObject({ considered: CONSENTING, exported: CONSENTING - 1, notInForce: 1 });
    const before = new Set(first.files.get('Patient')!.map((patient) => patient.id));
    const after = new Set(next.files.get('Patient')!.map((patient) => patient.id));
    expect([...after].every((id) => before.has(id))).toBe(true);
    await signAndRelay(revoked, 'grant');
  });
});

/**
 * An export driven as smart-on-fhir's bulk-data-client drives one (src/lib/BulkDataClient.ts, facts
 * in ../shared/BULK-EXPORT.md). The client is published on GitHub only, which this machine cannot
 * reach (only the npm registry), so its steps are replayed here one by one, each checked as the
 * client checks it.
 */
const CLIENT = {
  /** What the client sends on every kick-off. */
  kickOffHeaders: { accept: 'application/fhir+json', prefer: 'respond-async, handling=lenient' },
  /** What it sends on every download. */
  downloadHeaders: { accept: 'application/fhir+ndjson', 'accept-encoding': 'gzip, deflate, br' },
  /** Its default scope (SMART Backend Services). */
  scope: 'system/*.rs',
};

/** Retry-After as the client reads it: seconds, or an HTTP date; the wait clamped to 100 ms–60 s. */
function clientRetryAfterMs(header: string | null, now = Date.now()): number {
  const value = String(header ?? '').trim();
  let ms = 1000;
  if (/^\d+$/.test(value)) ms = Number(value) * 1000;
  else if (value && !Number.isNaN(Date.parse(value))) ms = Date.parse(value) - now;
  return Math.min(Math.max(ms, 100), 60_000);
}

/** The client's export: metadata, token, kick-off, polling, manifest, downloads; every check it makes. */
async function exportAsBulkDataClient(path: string, options: { method?: 'GET' | 'POST'; parameters?: unknown[] } = {}) {
  // 1. The server's CapabilityStatement first (and the SMART configuration for the token endpoint).
  const metadata = await call('GET', '/metadata', { headers: { accept: 'application/fhir+json' } });
  expect(metadata.status).toBe(200);
  expect(metadata.body.resourceType).toBe('CapabilityStatement');
  expect(JSON.stringify(metadata.body.rest)).toContain('export');
  const smart = await call('GET', '/.well-known/smart-configuration', { headers: { accept: 'application/json' } });
  expect(smart.status).toBe(200);
  expect(smart.body.token_endpoint).toBe(stack.info.tokenUrl);
  // 2. A SMART Backend Services token; the client needs expires_in to know when to get the next one.
  const token = await requestAccessToken(await stack.credentials('dev-research'), CLIENT.scope);
  expect(String(token.token_type).toLowerCase()).toBe('bearer');
  expect(typeof token.expires_in).toBe('number');
  expect(token.expires_in).toBeGreaterThan(0);
  // 3. The kick-off: GET, or POST with Parameters when patients are named.
  const post = options.method === 'POST';
  const kick = await call(post ? 'POST' : 'GET', path, {
    token: token.access_token,
    headers: CLIENT.kickOffHeaders,
    ...(post ? { body: { resourceType: 'Parameters', parameter: options.parameters ?? [] } } : {}),
  });
  if (kick.status !== 202) return { kick, manifest: undefined as any, files: new Map<string, any[]>(), percents: [] as number[] };
  const statusUrl = kick.headers.get('content-location');
  expect(statusUrl, 'the client fails without Content-Location').toBeTruthy();
  // 4. Polling: 202 means keep polling; X-Progress read with parseInt (a percentage); Retry-After honoured.
  const percents: number[] = [];
  let manifest: any;
  for (const deadline = Date.now() + 90_000; !manifest; ) {
    const polled = await fetch(statusUrl!, { headers: { accept: 'application/json', authorization: `Bearer ${token.access_token}` } });
    const text = await polled.text();
    if (polled.status === 200) {
      manifest = JSON.parse(text);
      break;
    }
    expect(polled.status).toBe(202);
    const progress = Number.parseInt(String(polled.headers.get('x-progress') ?? ''), 10);
    if (!Number.isNaN(progress)) {
      expect(progress).toBeGreaterThanOrEqual(0);
      expect(progress).toBeLessThanOrEqual(100);
      percents.push(progress);
    }
    const wait = clientRetryAfterMs(polled.headers.get('retry-after'));
    expect(wait).toBe(Number(polled.headers.get('retry-after')) * 1000);
    if (Date.now() > deadline) throw new Error('the export did not finish');
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 200)));
  }
  // 5. The manifest: a body without resourceType, output an array, error an array.
  expect(manifest.resourceType).toBeUndefined();
  expect(Array.isArray(manifest.output)).toBe(true);
  expect(Array.isArray(manifest.error)).toBe(true);
  expect(typeof manifest.transactionTime).toBe('string');
  expect(manifest.request).toContain('$export');
  // 6. Downloads: the token only if requiresAccessToken; accept-encoding as the client sends it;
  // every line's resourceType must be the file's type; a count, if given, must be right.
  const files = new Map<string, any[]>();
  for (const file of [...manifest.output, ...manifest.error]) {
    const response = await fetch(file.url, { headers: { ...CLIENT.downloadHeaders, ...(manifest.requiresAccessToken ? { authorization: `Bearer ${token.access_token}` } : {}) } });
    expect(response.status, file.url).toBe(200);
    const lines = (await response.text()).split('\n').filter((line) => line.trim() !== '');
    const resources = lines.map((line) => JSON.parse(line));
    for (const resource of resources) expect(resource.resourceType, `a line of the ${file.type} file`).toBe(file.type);
    if (file.count !== undefined) expect(lines.length, `${file.type} count`).toBe(file.count);
    files.set(file.type, [...(files.get(file.type) ?? []), ...resources]);
  }
  return { kick, manifest, files, percents };
}

describe("smart-on-fhir's bulk-data-client conventions", () => {
  test('metadata first, a token with expires_in, a GET kick-off with its headers, polls read as it reads them (parseInt X-Progress, Retry-After), the manifest and every file checked as it checks them, downloads without the token', async () => {
    const { manifest, files, percents } = await exportAsBulkDataClient('/Patient/$export?_type=Patient,Condition');
    expect(manifest.requiresAccessToken).toBe(false);
    expect([...files.keys()].sort()).toEqual(['Condition', 'Patient']);
    expect(files.get('Patient')).toHaveLength(CONSENTING);
    for (const percent of percents) expect(Number.isInteger(percent)).toBe(true);
  });

  test('a Retry-After given as an HTTP date is read as the client reads it', () => {
    const now = Date.parse('2026-12-05T06:00:00Z');
    expect(clientRetryAfterMs('Sat, 05 Dec 2026 06:00:05 GMT', now)).toBe(5000);
    expect(clientRetryAfterMs('2', now)).toBe(2000);
    expect(clientRetryAfterMs('0', now)).toBe(100);
    expect(clientRetryAfterMs('3600', now)).toBe(60_000);
  });

  test('POST with Parameters when patients are named (as the client does with --patient): only those patients; a reference to anything else is a 400 naming patient, even with handling=lenient', async () => {
    const all = await exportAsBulkDataClient('/Patient/$export?_type=Patient');
    const chosen = all.files.get('Patient')![1].id as string;
    const named = await exportAsBulkDataClient('/Patient/$export', {
      method: 'POST',
      parameters: [
        { name: '_type', valueString: 'Patient,Condition' },
        { name: 'patient', valueReference: { reference: `Patient/${chosen}` } },
      ],
    });
    expect(named.files.get('Patient')!.map((patient) => patient.id)).toEqual([chosen]);
    for (const condition of named.files.get('Condition') ?? []) expect(condition.subject.reference).toBe(`Patient/${chosen}`);
    expect(named.manifest.extension['https://fhir-exchange.dev/bulk-export/patients']).toMatchObject({ considered: CONSENTING, exported: 1, empty: CONSENTING - 1 });
    const refused = await exportAsBulkDataClient('/Patient/$export', { method: 'POST', parameters: [{ name: 'patient', valueReference: { reference: 'Observation/1' } }] });
    expect(refused.kick.status).toBe(400);
    expect(refused.kick.body.issue[0].expression).toEqual(['patient']);
  });
});

describe('crash', () => {
  test('a worker killed mid-job resumes from its checkpoint after a restart, without duplicate lines', async () => {
    // The second patient's part is never stored: the run stops there, one patient checkpointed, until the stack is killed.
    await writeFile(stallFile, '');
    const started = await kickOff('/$export');
    expect(started.status).toBe(202);
    const statusUrl = started.headers.get('content-location')!;
    let progress = '';
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
      const polled = await call('GET', statusUrl, { base: 'absolute', token: tokens.research });
      expect(polled.status).toBe(202);
      progress = polled.headers.get('x-progress') ?? '';
      const done = /\((\d+)\/(\d+) patients/.exec(progress);
      if (done && Number(done[1]) >= 1) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [done, total] = /\((\d+)\/(\d+)/.exec(progress)!.slice(1).map(Number) as [number, number];
    expect(done).toBe(1);
    expect(total).toBeGreaterThan(done);
    await stack.kill();
    await rm(stallFile);
    await stack.boot(Number(new URL(stack.info.fhirBase).port), { EXPORT_LEASE_SECONDS: '3', CONSENT_CACHE_SECONDS: '0' });
    tokens.research = await stack.token('dev-research', 'system/*.rs');
    const { polled } = await waitForManifest(statusUrl);
    expect(polled.status).toBe(200);
    const files = await download(polled.body);
    expect(files.get('Patient')).toHaveLength(CONSENTING);
    for (const [type, resources] of files) expect(new Set(resources.map((resource) => resource.id)).size, type).toBe(resources.length);
    const reference = first.files;
    for (const [type, resources] of reference) expect(files.get(type)?.length, type).toBe(resources.length);
  });
});
