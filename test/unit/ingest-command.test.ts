import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import { Writable } from 'node:stream';
import type { Bundle, BundleEntry, OperationOutcome } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { SKIP_REASONS, idempotencyKey, ingestCommand, ndjsonBatches, orderInputs, tallyResponse } from '../../functions/cli/ingest-command.ts';
import type { IngestIo, IngestSummary, NdjsonBatch, NdjsonRejected } from '../../functions/cli/ingest-command.ts';
import { FakeExchangeServer, clientKeyFile } from '../support/fake-exchange.ts';
import { dataDir, dataFiles, syntheaPatientBundles } from '../support/fhir-data.ts';

const NDJSON_DIR = dataDir('bulk-ndjson-smart/10-patients');
const SYNTHEA_FILES = dataFiles('synthea-r4-smart-generated');
const NIMBUS_DIR = dataDir('deid-nimbus-covid-pairs/original-batch');
const fileStarting = (files: string[], prefix: string) => {
  const found = files.find((file) => basename(file).startsWith(prefix));
  if (!found) throw new Error(`no ${prefix}* file in the test data`);
  return found;
};
const HOSPITAL = fileStarting(SYNTHEA_FILES, 'hospitalInformation');
const PRACTITIONERS = fileStarting(SYNTHEA_FILES, 'practitionerInformation');
/** Two one-patient Synthea transaction bundles. */
const [PATIENT_A, PATIENT_B] = syntheaPatientBundles(['synthea-r4-smart-generated']) as [string, string];

const bundleOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Bundle;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The NDJSON folder's resources (every non-blank line with a resourceType), by type. */
function ndjsonResources(): { type: string; id: string; line: number; file: string }[] {
  const all: { type: string; id: string; line: number; file: string }[] = [];
  for (const name of readdirSync(NDJSON_DIR).filter((n) => n.endsWith('.ndjson'))) {
    readFileSync(join(NDJSON_DIR, name), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        if (!text.trim()) return;
        const parsed = JSON.parse(text) as { resourceType?: string; id?: string };
        if (parsed.resourceType) all.push({ type: parsed.resourceType, id: parsed.id!, line: index + 1, file: name });
      });
  }
  return all;
}

// ---------------------------------------------------------------------------------------------
// A fake exchange: SMART discovery, a token endpoint, and POST [base] / POST [base]/Bundle.

interface Received {
  seq: number;
  path: string;
  key: string;
  bodyHash: string;
  bytes: number;
  type?: string;
  entries: { resourceType: string; method: string; url: string; id?: string }[];
  status: number;
  receivedAt: number;
  answeredAt: number;
}

/** A hook's answer; `destroy` drops the connection without answering (a network error). */
type HookAnswer = { status: number; body?: unknown; headers?: Record<string, string>; destroy?: true };
type Hook = (received: Received, bundle: Bundle) => HookAnswer | undefined;

class FakeExchange extends FakeExchangeServer {
  received: Received[] = [];
  problems: string[] = [];
  tokenRequests = 0;
  tokenPrefix = 't';
  hook: Hook | undefined;
  /** Entries (by resource id) the fake rejects with 400 inside a batch/transaction response. */
  rejectIds = new Set<string>();
  /** Tokens the fake answers 401 for. */
  revoked = new Set<string>();
  private seq = 0;

  reset() {
    this.received = [];
    this.problems = [];
    this.tokenRequests = 0;
    this.hook = undefined;
    this.rejectIds.clear();
    this.revoked.clear();
  }

  protected async handle(request: IncomingMessage, response: ServerResponse, url: URL, bytes: Buffer) {
    if (request.method === 'POST' && url.pathname === '/token') {
      const form = new URLSearchParams(bytes.toString('utf8'));
      if (form.get('grant_type') !== 'client_credentials' || !form.get('client_assertion') || form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') {
        this.problems.push('bad token request');
      }
      this.tokenRequests++;
      return this.send(response, 200, { access_token: `${this.tokenPrefix}${this.tokenRequests}`, token_type: 'bearer', expires_in: 300, scope: form.get('scope') });
    }
    if (request.method !== 'POST' || (url.pathname !== '/fhir' && url.pathname !== '/fhir/Bundle')) {
      this.problems.push(`unexpected ${request.method} ${url.pathname}`);
      return this.send(response, 404, outcome('not found'));
    }
    const key = String(request.headers['idempotency-key'] ?? '');
    const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!/^Bearer t\d+$/.test(String(request.headers.authorization))) this.problems.push(`authorization ${request.headers.authorization}`);
    if (request.headers['content-type'] !== 'application/fhir+json') this.problems.push(`content-type ${request.headers['content-type']}`);
    if (request.headers.accept !== 'application/fhir+json') this.problems.push(`accept ${request.headers.accept}`);
    if (key !== sha256(bytes)) this.problems.push('idempotency key is not the SHA-256 of the body');
    const bundle = JSON.parse(bytes.toString('utf8')) as Bundle;
    if (bytes.length > 5 * 1024 * 1024) this.problems.push(`body of ${bytes.length} bytes`);
    const received: Received = {
      seq: this.seq++,
      path: url.pathname,
      key,
      bodyHash: sha256(bytes),
      bytes: bytes.length,
      ...(bundle.type ? { type: bundle.type } : {}),
      entries: (bundle.entry ?? []).map((entry) => ({
        resourceType: entry.resource!.resourceType,
        method: entry.request?.method ?? '',
        url: entry.request?.url ?? '',
        ...(entry.resource!.id ? { id: entry.resource!.id } : {}),
      })),
      status: 0,
      receivedAt: performance.now(),
      answeredAt: 0,
    };
    this.received.push(received);
    if (this.revoked.has(token)) {
      received.status = 401;
      received.answeredAt = performance.now();
      return this.send(response, 401, outcome('token expired'));
    }
    const hooked = this.hook?.(received, bundle);
    if (hooked?.destroy) {
      received.answeredAt = performance.now();
      request.socket.destroy();
      return;
    }
    let answer: HookAnswer;
    if (hooked) answer = hooked;
    else if (url.pathname === '/fhir/Bundle') answer = { status: 201, body: bundle, headers: { Location: `${this.base}/Bundle/b${received.seq}/_history/1` } };
    else answer = { status: 200, body: this.respond(bundle) };
    received.status = answer.status;
    received.answeredAt = performance.now();
    this.send(response, answer.status, answer.body, answer.headers);
  }

  private respond(bundle: Bundle): Bundle {
    return {
      resourceType: 'Bundle',
      type: `${bundle.type}-response` as Bundle['type'],
      entry: (bundle.entry ?? []).map((entry, index): BundleEntry => {
        const resource = entry.resource!;
        if (resource.id && this.rejectIds.has(resource.id)) {
          return { response: { status: '400 Bad Request', outcome: outcome('Reference does not resolve', `Bundle.entry[${index}].resource.subject`) } };
        }
        const put = entry.request?.method === 'PUT';
        const id = put ? resource.id! : `new-${index}`;
        return { response: { status: put ? '200 OK' : '201 Created', location: `${resource.resourceType}/${id}/_history/1`, etag: 'W/"1"', lastModified: '2024-01-01T00:00:00Z' } };
      }),
    };
  }
}

function outcome(text: string, expression?: string): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'invalid', diagnostics: text, ...(expression ? { expression: [expression] } : {}) }] };
}

function capture(): IngestIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), tty: false };
}

const fake = new FakeExchange();
let tmp: string;
let keyFile: string;
let target: string[];

beforeAll(async () => {
  await fake.start();
  ({ dir: tmp, keyFile } = await clientKeyFile('ingest-test-'));
  target = ['--base', fake.base, '--client-id', 'test-provider', '--key', keyFile];
});
afterAll(async () => {
  await fake.stop();
  await rm(tmp, { recursive: true, force: true });
});
beforeEach(() => fake.reset());

async function run(args: string[]): Promise<{ code: number; summary: IngestSummary; io: ReturnType<typeof capture> }> {
  const io = capture();
  const code = await ingestCommand([...target, '--json', ...args], io);
  return { code, summary: JSON.parse(io.out.join('')) as IngestSummary, io };
}

// ---------------------------------------------------------------------------------------------

describe('orderInputs', () => {
  test('puts shared resources before patients before patient data, and skips NDJSON that is not FHIR (a bulk export log)', async () => {
    const { phases, skipped } = await orderInputs([PATIENT_A, NDJSON_DIR, PRACTITIONERS, HOSPITAL]);
    const byPhase = Object.fromEntries(phases.map((phase) => [phase.name, phase.inputs.map((input) => basename(input.file))]));
    expect(phases.map((phase) => phase.name)).toEqual(['organizations', 'shared resources', 'practitioner roles', 'patients', 'patient data']);
    // Within a phase, files keep the order they were given in (a folder's files sorted).
    expect(byPhase['organizations']).toEqual(['Organization.000.ndjson', basename(HOSPITAL)]);
    expect(byPhase['shared resources']).toEqual(['Location.000.ndjson', 'Practitioner.000.ndjson', basename(PRACTITIONERS)]);
    expect(byPhase['practitioner roles']).toEqual(['PractitionerRole.000.ndjson']);
    expect(byPhase['patients']).toEqual(['Patient.000.ndjson']);
    // Device refers to Patient (Device.patient), so it waits for the patients.
    const present = new Set(readdirSync(NDJSON_DIR));
    expect(byPhase['patient data']).toEqual([
      basename(PATIENT_A),
      ...[
        'AllergyIntolerance.000.ndjson',
        'Condition.000.ndjson',
        'Device.000.ndjson',
        'DocumentReference.000.ndjson',
        'Encounter.000.ndjson',
        'Immunization.000.ndjson',
        'MedicationRequest.000.ndjson',
        'Procedure.000.ndjson',
      ].filter((name) => present.has(name)),
    ]);
    // The export's log (JSON lines without a resourceType) is in no phase: it is skipped, with the reason.
    expect(skipped).toEqual([{ file: join(NDJSON_DIR, 'log.ndjson'), reason: SKIP_REASONS.notFhirNdjson }]);
    expect(phases[0]!.inputs[0]).toMatchObject({ format: 'ndjson', resourceType: 'Organization' });
    expect(phases[0]!.inputs[1]).toEqual({ file: HOSPITAL, format: 'json' });
  });

  test('rejects paths that do not exist, and a folder without FHIR files', async () => {
    await expect(orderInputs([join(tmp, 'missing.json')])).rejects.toMatchObject({ name: 'UsageError' });
    const empty = await mkdtemp(join(tmp, 'empty-'));
    await expect(orderInputs([empty])).rejects.toThrow(/no .json or .ndjson files/);
  });
});

describe('ndjsonBatches', () => {
  test('chunks by entry count and by bytes, keeps every line, in order, as PUT Type/id', async () => {
    const file = join(NDJSON_DIR, 'DocumentReference.000.ndjson');
    const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim());
    const longest = Math.max(...lines.map((line) => Buffer.byteLength(line)));
    // Small enough that bytes, not the count of 100, bound the batches (about twice as many as the
    // count alone would make); large enough for any line.
    const maxBytes = Math.max(longest + 1_000, Math.floor(Buffer.byteLength(lines.join('\n')) / (2 * Math.ceil(lines.length / 100) + 2)));
    const items: (NdjsonBatch | NdjsonRejected)[] = [];
    for await (const item of ndjsonBatches(file, 'https://x.example/fhir/', { batchSize: 100, maxBytes })) items.push(item);
    const batches = items.filter((item): item is NdjsonBatch => item.kind === 'batch');
    expect(items.length).toBe(batches.length);
    // The byte limit, not the count, bounds these.
    expect(batches.length).toBeGreaterThan(Math.ceil(lines.length / 100));
    for (const batch of batches) {
      expect(batch.body.length).toBeLessThanOrEqual(maxBytes);
      expect(batch.lines.length).toBeLessThanOrEqual(100);
      expect(batch.lines.length).toBeGreaterThan(0);
    }
    // Every batch but the last is full: the next line would not have fitted.
    for (const batch of batches.slice(0, -1)) expect(batch.body.length + longest + 300).toBeGreaterThan(maxBytes);
    expect(batches.flatMap((batch) => batch.lines)).toEqual(lines.map((_, index) => index + 1));
    const first = JSON.parse(batches[0]!.body.toString('utf8')) as Bundle;
    const id = (JSON.parse(lines[0]!) as { id: string }).id;
    expect(first).toMatchObject({ resourceType: 'Bundle', type: 'batch' });
    expect(first.entry![0]).toMatchObject({ fullUrl: `https://x.example/fhir/DocumentReference/${id}`, request: { method: 'PUT', url: `DocumentReference/${id}` } });
    expect(first.entry![0]!.resource).toEqual(JSON.parse(lines[0]!));
    expect(first.entry!.length).toBe(batches[0]!.lines.length);
  });

  test('chunks by entry count when resources are small', async () => {
    const file = join(NDJSON_DIR, 'Condition.000.ndjson');
    const count = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).length;
    const batchSize = Math.max(2, Math.floor(count / 2.5)); // two full batches and a partial one
    const sizes: number[] = [];
    for await (const item of ndjsonBatches(file, 'https://x.example/fhir', { batchSize, maxBytes: 5 * 1024 * 1024 })) {
      if (item.kind === 'batch') sizes.push(item.lines.length);
    }
    expect(sizes).toEqual([...Array.from({ length: Math.floor(count / batchSize) }, () => batchSize), ...(count % batchSize ? [count % batchSize] : [])]);
    expect(sizes.length).toBeGreaterThan(1);
  });

  test('reports lines that are not resources, POSTs resources without id, and skips blank lines', async () => {
    const file = join(tmp, 'mixed.ndjson');
    const big = { resourceType: 'Binary', id: 'big', contentType: 'text/plain', data: 'A'.repeat(3000) };
    await writeFile(
      file,
      [
        '\uFEFF{"resourceType":"Patient","id":"p1"}',
        '',
        '{"resourceType":"Observation","status":"final"}',
        '{not json',
        '{"exportId":"x","eventId":"kickoff"}',
        '[1,2]',
        '{"resourceType":"Patient","id":"bad/id"}',
        JSON.stringify(big),
        '{"resourceType":"Patient","id":"p2"}',
        '',
      ].join('\r\n'),
    );
    const items: (NdjsonBatch | NdjsonRejected)[] = [];
    for await (const item of ndjsonBatches(file, 'https://x.example/fhir', { batchSize: 2, maxBytes: 2000 })) items.push(item);
    const rejected = items.filter((item): item is NdjsonRejected => item.kind === 'rejected');
    expect(rejected.map(({ line, reason }) => [line, reason])).toEqual([
      [4, 'not JSON'],
      [5, 'not a FHIR resource (no resourceType)'],
      [6, 'not a FHIR resource (not a JSON object)'],
      [7, 'Patient with an invalid id'],
      [8, 'Binary too large to send (over 2000 bytes in a batch)'],
    ]);
    const batches = items.filter((item): item is NdjsonBatch => item.kind === 'batch');
    expect(batches.map((batch) => batch.lines)).toEqual([[1, 3], [9]]);
    const entries = (JSON.parse(batches[0]!.body.toString('utf8')) as Bundle).entry!;
    expect(entries[0]).toEqual({ fullUrl: 'https://x.example/fhir/Patient/p1', resource: { resourceType: 'Patient', id: 'p1' }, request: { method: 'PUT', url: 'Patient/p1' } });
    expect(entries[1]).toEqual({ resource: { resourceType: 'Observation', status: 'final' }, request: { method: 'POST', url: 'Observation' } });
  });
});

describe('tallyResponse', () => {
  test('counts 201 as created, 200 as updated, anything else as failed with the outcome', () => {
    const notFound: OperationOutcome = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found', details: { text: 'No such Patient' } }] };
    const body: Bundle = {
      resourceType: 'Bundle',
      type: 'batch-response',
      entry: [
        { response: { status: '201 Created', location: 'Patient/1/_history/1' } },
        { response: { status: '200 OK' } },
        { response: { status: '412 Precondition Failed', outcome: outcome('Version conflict', 'Bundle.entry[2]') } },
        { response: { status: '404 Not Found', outcome: notFound } },
      ],
    };
    const tally = tallyResponse({ kind: 'batch', locations: ['f:1', 'f:2', 'f:3', 'f:4', 'f:5'] }, 200, body);
    expect(tally.created).toBe(1);
    expect(tally.updated).toBe(1);
    expect(tally.failures).toEqual([
      { reason: '412 Precondition Failed: Version conflict (Bundle.entry[*])', location: 'f:3' },
      { reason: '404 Not Found: No such Patient', location: 'f:4' },
      { reason: 'no response for this entry in the batch-response', location: 'f:5' },
    ]);
  });

  test('a failed request fails every entry; a stored collection Bundle is one created resource', () => {
    const failed = tallyResponse({ kind: 'transaction', locations: ['a', 'b'] }, 400, outcome('Invalid bundle', 'Bundle.entry[1].resource'));
    expect(failed).toEqual({
      created: 0,
      updated: 0,
      replayed: 0,
      failures: [
        { reason: 'HTTP 400: Invalid bundle (Bundle.entry[1].resource)', location: 'a' },
        { reason: 'HTTP 400: Invalid bundle (Bundle.entry[1].resource)', location: 'b' },
      ],
    });
    expect(tallyResponse({ kind: 'collection', locations: ['c.json'] }, 201, undefined)).toEqual({ created: 1, updated: 0, replayed: 0, failures: [] });
    expect(tallyResponse({ kind: 'batch', locations: ['x'] }, 413, undefined).failures).toEqual([{ reason: 'HTTP 413', location: 'x' }]);
  });

  test('an answer marked X-Idempotent-Replay counts its successes as replayed, not as created or updated', () => {
    const body: Bundle = {
      resourceType: 'Bundle',
      type: 'transaction-response',
      entry: [{ response: { status: '201 Created', location: 'Patient/1/_history/1' } }, { response: { status: '200 OK', location: 'Organization/2/_history/3' } }],
    };
    expect(tallyResponse({ kind: 'transaction', locations: ['a', 'b'] }, 200, body, true)).toEqual({ created: 0, updated: 0, replayed: 2, failures: [] });
    expect(tallyResponse({ kind: 'transaction', locations: ['a', 'b'] }, 200, body, false)).toEqual({ created: 1, updated: 1, replayed: 0, failures: [] });
    expect(tallyResponse({ kind: 'collection', locations: ['c.json'] }, 201, undefined, true)).toEqual({ created: 0, updated: 0, replayed: 1, failures: [] });
  });
});

describe('ingestCommand against a fake exchange', () => {
  test('NDJSON folder and Synthea bundles: phase order, batch sizes, every line sent once, counts as answered', async () => {
    const resources = ndjsonResources();
    const conditions = resources.filter((resource) => resource.type === 'Condition');
    const rejected = conditions[Math.floor(conditions.length / 2)]!;
    fake.rejectIds.add(rejected.id);

    const { code, summary, io } = await run(['--batch-size', '200', '--concurrency', '3', NDJSON_DIR, HOSPITAL, PRACTITIONERS, PATIENT_A]);
    expect(fake.problems).toEqual([]);
    expect(io.err).toEqual([]); // --json: no progress
    expect(code).toBe(1);
    expect(fake.tokenRequests).toBe(1);

    // Every NDJSON resource sent exactly once, as PUT Type/id, in batches of at most 200.
    const batches = fake.received.filter((received) => received.type === 'batch');
    expect(batches.every((received) => received.entries.length <= 200 && received.entries.length > 0)).toBe(true);
    const sent = batches.flatMap((received) => received.entries.map((entry) => `${entry.method} ${entry.url}`)).sort();
    expect(sent).toEqual(resources.map((resource) => `PUT ${resource.type}/${resource.id}`).sort());
    expect(batches.find((received) => received.entries.length === (conditions.length % 200 || 200) && received.entries[0]!.resourceType === 'Condition')).toBeDefined();

    // Phase order: every request of an earlier phase answered before any of a later phase arrives.
    const phaseOf = (received: Received) => {
      const types = new Set(received.entries.map((entry) => entry.resourceType));
      if (types.has('Patient')) return received.type === 'transaction' ? 4 : 3;
      if (types.has('PractitionerRole')) return 2;
      if (types.has('Practitioner') || types.has('Location')) return 1;
      if ([...types].every((type) => type === 'Organization')) return 0;
      return 4;
    };
    expect(new Set(fake.received.map(phaseOf))).toEqual(new Set([0, 1, 2, 3, 4]));
    for (const earlier of fake.received) {
      for (const later of fake.received.filter((received) => phaseOf(received) > phaseOf(earlier))) {
        expect(later.receivedAt).toBeGreaterThanOrEqual(earlier.answeredAt);
      }
    }
    const firstOf = (predicate: (received: Received) => boolean) => fake.received.findIndex(predicate);
    const lastOf = (predicate: (received: Received) => boolean) => fake.received.findLastIndex(predicate);
    const has = (type: string) => (received: Received) => received.entries.some((entry) => entry.resourceType === type);
    expect(lastOf(has('Organization'))).toBeGreaterThan(-1);
    expect(lastOf((r) => r.type === 'batch' && (has('Organization')(r) || has('Location')(r) || has('Practitioner')(r) || has('PractitionerRole')(r)))).toBeLessThan(
      firstOf((r) => r.type === 'batch' && has('Patient')(r)),
    );
    expect(lastOf(has('PractitionerRole'))).toBeLessThan(firstOf(has('Patient')));
    expect(lastOf((r) => r.type === 'batch' && has('Patient')(r))).toBeLessThan(firstOf(has('Encounter')));
    expect(lastOf((r) => r.type === 'batch' && has('Patient')(r))).toBeLessThan(firstOf(has('Condition')));
    expect(lastOf((r) => r.type === 'batch' && has('Patient')(r))).toBeLessThan(firstOf(has('Device')));
    // Synthea: hospital before practitioners, both before the patient's transaction.
    const hospital = firstOf((r) => r.type === 'transaction' && r.entries.length === bundleOf(HOSPITAL).entry!.length && r.entries[0]!.resourceType === 'Organization');
    const practitioners = firstOf((r) => r.type === 'transaction' && r.entries[0]!.resourceType === 'Practitioner');
    const patientTransaction = firstOf((r) => r.type === 'transaction' && r.entries[0]!.resourceType === 'Patient');
    expect(hospital).toBeGreaterThanOrEqual(0);
    expect(hospital).toBeLessThan(practitioners);
    expect(practitioners).toBeLessThan(patientTransaction);
    // The Synthea files are sent as read, byte for byte.
    for (const file of [HOSPITAL, PRACTITIONERS, PATIENT_A]) {
      expect(fake.received.some((received) => received.bodyHash === sha256(readFileSync(file)))).toBe(true);
    }

    // Counts: NDJSON PUTs are "200 OK" (updated) except the rejected one; Synthea POSTs are "201 Created".
    const bundleEntries = [HOSPITAL, PRACTITIONERS, PATIENT_A].reduce((sum, file) => sum + bundleOf(file).entry!.length, 0);
    expect(summary).toMatchObject({
      files: readdirSync(NDJSON_DIR).filter((name) => name.endsWith('.ndjson')).length + 3,
      requests: fake.received.length,
      resourcesSent: resources.length + bundleEntries,
      created: bundleEntries,
      updated: resources.length - 1,
      failed: 1,
      notSent: 0,
    });
    expect(summary.bytesSent).toBe(fake.received.reduce((sum, received) => sum + received.bytes, 0));
    // The only failure is the rejected entry: the export's log.ndjson is skipped with a note, not failed.
    expect(summary.failures).toEqual([
      { reason: `400 Bad Request: Reference does not resolve (Bundle.entry[*].resource.subject)`, count: 1, examples: [`${join(NDJSON_DIR, rejected.file)}:${rejected.line}`] },
    ]);
    expect(summary.skipped).toEqual([{ file: join(NDJSON_DIR, 'log.ndjson'), reason: SKIP_REASONS.notFhirNdjson }]);
    const log = summary.perFile.find((file) => file.file.endsWith('log.ndjson'))!;
    expect(log).toEqual({ file: join(NDJSON_DIR, 'log.ndjson'), requests: 0, resources: 0, created: 0, updated: 0, replayed: 0, failed: 0, notSent: 0, skipped: SKIP_REASONS.notFhirNdjson });
    expect(fake.received.some((received) => received.entries.length === 0)).toBe(false);
    expect(summary.phases.map((phase) => phase.name)).toEqual(['organizations', 'shared resources', 'practitioner roles', 'patients', 'patient data']);
  });

  test('Nimbus batch bundles: a 503 is retried with the same body and Idempotency-Key; plain-text summary and a line per file', async () => {
    const files = readdirSync(NIMBUS_DIR).filter((name) => name.endsWith('.json'));
    const victim = join(NIMBUS_DIR, files.find((name) => !/^(hospital|practitioner)Information/.test(name))!);
    const victimHash = sha256(readFileSync(victim));
    let failedOnce = false;
    fake.hook = (received) => {
      if (received.bodyHash !== victimHash || failedOnce) return undefined;
      failedOnce = true;
      return { status: 503, body: outcome('Service unavailable'), headers: { 'Retry-After': '0' } };
    };
    const io = capture();
    const code = await ingestCommand([...target, NIMBUS_DIR], io);
    expect(fake.problems).toEqual([]);
    expect(code).toBe(0);
    const attempts = fake.received.filter((received) => received.bodyHash === victimHash);
    expect(attempts.map((attempt) => attempt.status)).toEqual([503, 200]);
    expect(attempts[1]!.key).toBe(attempts[0]!.key);
    expect(attempts[0]!.key).toBe(idempotencyKey(readFileSync(victim)));
    expect(fake.received.length).toBe(files.length + 1);

    const entries = files.reduce((sum, name) => sum + bundleOf(join(NIMBUS_DIR, name)).entry!.length, 0);
    // hospital first, then practitioners, then the patients.
    const firstTypes = fake.received.map((received) => received.entries[0]!.resourceType);
    expect(firstTypes.slice(0, 2)).toEqual(['Organization', 'Practitioner']);
    expect(new Set(firstTypes.slice(2))).toEqual(new Set(['Patient']));

    const stdout = io.out.join('');
    expect(stdout).toContain(`files      ${files.length}\n`);
    expect(stdout).toContain(`requests   ${files.length}\n`);
    expect(stdout).toContain(`resources  ${entries} sent: ${entries} created, 0 updated, 0 failed\n`);
    expect(stdout).not.toContain('Failures');
    expect(io.err.length).toBe(files.length);
    const hospital = join(NIMBUS_DIR, files.find((name) => name.startsWith('hospitalInformation'))!);
    const hospitalEntries = bundleOf(hospital).entry!.length;
    expect(io.err[0]).toBe(`[1/${files.length}] ${hospital}: ${hospitalEntries} sent in 1 request(s): ${hospitalEntries} created, 0 updated, 0 failed\n`);
  });

  test('a transaction answered 400 as a whole fails every entry with the outcome', async () => {
    const hash = sha256(readFileSync(PATIENT_B));
    fake.hook = (received) => (received.bodyHash === hash ? { status: 400, body: outcome('Bundle.entry[3].resource: invalid', 'Bundle.entry[3].resource') } : undefined);
    const { code, summary } = await run([PATIENT_B, PATIENT_A]);
    const patientBEntries = bundleOf(PATIENT_B).entry!.length;
    const patientAEntries = bundleOf(PATIENT_A).entry!.length;
    expect(code).toBe(1);
    expect(fake.received.length).toBe(2);
    expect(summary).toMatchObject({ requests: 2, resourcesSent: patientBEntries + patientAEntries, created: patientAEntries, updated: 0, failed: patientBEntries, notSent: 0 });
    expect(summary.failures).toEqual([
      {
        reason: 'HTTP 400: Bundle.entry[3].resource: invalid (Bundle.entry[3].resource)',
        count: patientBEntries,
        examples: [0, 1, 2].map((index) => `${PATIENT_B}:entry[${index}]`),
      },
    ]);
  });

  test('collection bundles go to [base]/Bundle; other bundles and non-bundles are reported, not sent; a 401 renews the token once', async () => {
    const dir = await mkdtemp(join(tmp, 'json-'));
    await writeFile(join(dir, 'a-collection.json'), JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient', id: 'x' } }] }));
    await writeFile(join(dir, 'b-searchset.json'), JSON.stringify({ resourceType: 'Bundle', type: 'searchset', entry: [] }));
    await writeFile(join(dir, 'c-patient.json'), JSON.stringify({ resourceType: 'Patient', id: 'x' }));
    await writeFile(join(dir, 'd-broken.json'), '{"resourceType":');
    await writeFile(join(dir, 'notes.txt'), 'ignored');
    fake.revoked.add('t1');
    const { code, summary } = await run([dir]);
    expect(fake.problems).toEqual([]);
    expect(code).toBe(1);
    expect(fake.tokenRequests).toBe(2);
    expect(fake.received.map((received) => [received.path, received.status])).toEqual([
      ['/fhir/Bundle', 401],
      ['/fhir/Bundle', 201],
    ]);
    expect(fake.received[1]!.key).toBe(fake.received[0]!.key);
    expect(summary).toMatchObject({ files: 4, requests: 1, resourcesSent: 1, created: 1, failed: 3, notSent: 3 });
    expect(summary.failures.map((group) => [group.reason, group.examples])).toEqual([
      ['a Patient, not a Bundle', [join(dir, 'c-patient.json')]],
      ['a searchset Bundle (only transaction, batch, collection and document Bundles are ingested)', [join(dir, 'b-searchset.json')]],
      ['not JSON', [join(dir, 'd-broken.json')]],
    ]);
    // A folder's other files are noted, not failed.
    expect(summary.skipped).toEqual([{ file: join(dir, 'notes.txt'), reason: SKIP_REASONS.otherFile }]);
  });

  test('a dropped connection is retried with the same body and Idempotency-Key', async () => {
    let dropped = false;
    fake.hook = () => {
      if (dropped) return undefined;
      dropped = true;
      return { status: 0, destroy: true };
    };
    const { code, summary } = await run([PATIENT_A]);
    expect(code).toBe(0);
    expect(fake.received.map((received) => received.status)).toEqual([0, 200]);
    expect(fake.received[1]!.key).toBe(fake.received[0]!.key);
    expect(fake.received[1]!.bodyHash).toBe(sha256(readFileSync(PATIENT_A)));
    expect(summary).toMatchObject({ requests: 1, created: bundleOf(PATIENT_A).entry!.length, failed: 0 });
  });

  test('usage errors', async () => {
    await expect(ingestCommand([...target], capture())).rejects.toMatchObject({ name: 'UsageError' });
    await expect(ingestCommand([...target, '--batch-size', '0', NDJSON_DIR], capture())).rejects.toThrow(/--batch-size/);
    await expect(ingestCommand([...target, '--concurrency', 'many', NDJSON_DIR], capture())).rejects.toThrow(/--concurrency/);
    await expect(ingestCommand(['--data-dir', join(tmp, 'nowhere'), NDJSON_DIR], capture())).rejects.toThrow(/no local exchange: .*nowhere\/stack\.json does not exist/);
    expect(fake.received).toEqual([]);
  });
});

describe('ingestCommand: files with no FHIR data, options, progress', () => {
  /** A bulk export folder: resources, the export's log, an error file of OperationOutcomes, its manifest and a README. */
  async function exportFolder(): Promise<string> {
    const dir = await mkdtemp(join(tmp, 'export-'));
    await writeFile(join(dir, 'Patient.000.ndjson'), ['{"resourceType":"Patient","id":"p1"}', '{"resourceType":"Patient","id":"p2"}', ''].join('\n'));
    await writeFile(join(dir, 'Observation.000.ndjson'), '{"resourceType":"Observation","id":"o1","status":"final","code":{"text":"x"},"subject":{"reference":"Patient/p1"}}\n');
    await writeFile(join(dir, 'log.ndjson'), readFileSync(join(NDJSON_DIR, 'log.ndjson')));
    await writeFile(join(dir, 'OperationOutcome.000.ndjson'), '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"processing","diagnostics":"x"}]}\n');
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ transactionTime: '2024-08-06T18:12:57Z', request: 'https://example.com/fhir/$export', output: [] }));
    await writeFile(join(dir, 'error.json'), JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing' }] }));
    await writeFile(join(dir, 'README.txt'), 'an export');
    return dir;
  }

  test('an export log, OperationOutcome files, a manifest and other files are skipped with a note, not counted as failures', async () => {
    const dir = await exportFolder();
    const { code, summary, io } = await run([dir]);
    expect(code).toBe(0);
    expect(io.err).toEqual([]);
    expect(fake.problems).toEqual([]);
    // Only the two resource files were sent.
    expect(fake.received.flatMap((received) => received.entries.map((entry) => entry.url)).sort()).toEqual(['Observation/o1', 'Patient/p1', 'Patient/p2']);
    expect(summary).toMatchObject({ files: 6, requests: 2, resourcesSent: 3, updated: 3, failed: 0, notSent: 0, failures: [] });
    expect(summary.skipped).toEqual([
      { file: join(dir, 'README.txt'), reason: SKIP_REASONS.otherFile },
      { file: join(dir, 'OperationOutcome.000.ndjson'), reason: SKIP_REASONS.outcomeNdjson },
      { file: join(dir, 'log.ndjson'), reason: SKIP_REASONS.notFhirNdjson },
      { file: join(dir, 'error.json'), reason: SKIP_REASONS.outcomeJson },
      { file: join(dir, 'manifest.json'), reason: SKIP_REASONS.notFhirJson },
    ]);
    for (const name of ['log.ndjson', 'OperationOutcome.000.ndjson', 'manifest.json', 'error.json']) {
      expect(summary.perFile.find((file) => file.file === join(dir, name))).toMatchObject({ requests: 0, failed: 0, notSent: 0, skipped: expect.any(String) });
    }

    // The plain-text summary says so, with no Failures section; the line per file says "skipped".
    const text = capture();
    expect(await ingestCommand([...target, dir], text)).toBe(0);
    const stdout = text.out.join('');
    expect(stdout).toContain('resources  3 sent: 0 created, 3 updated, 0 failed\n');
    expect(stdout).toContain(`\nSkipped, no FHIR data (not failures):\n  ${join(dir, 'README.txt')}: ${SKIP_REASONS.otherFile}\n`);
    expect(stdout).toContain(`  ${join(dir, 'log.ndjson')}: ${SKIP_REASONS.notFhirNdjson}\n`);
    expect(stdout).not.toContain('Failures');
    expect(text.err.filter((line) => line.includes(': skipped: '))).toEqual([
      `[1/6] ${join(dir, 'OperationOutcome.000.ndjson')}: skipped: ${SKIP_REASONS.outcomeNdjson}\n`,
      `[2/6] ${join(dir, 'log.ndjson')}: skipped: ${SKIP_REASONS.notFhirNdjson}\n`,
      `[5/6] ${join(dir, 'error.json')}: skipped: ${SKIP_REASONS.outcomeJson}\n`,
      `[6/6] ${join(dir, 'manifest.json')}: skipped: ${SKIP_REASONS.notFhirJson}\n`,
    ]);
  });

  test('options in any order, before or after the paths, give the same result', async () => {
    const dir = await exportFolder();
    const first = await run(['--batch-size', '1', '--concurrency', '2', dir]);
    fake.reset();
    const io = capture();
    const code = await ingestCommand([dir, '--concurrency', '2', '--key', target[5]!, '--json', '--client-id', 'test-provider', '--batch-size', '1', '--base', fake.base], io);
    const second = JSON.parse(io.out.join('')) as IngestSummary;
    expect(code).toBe(first.code);
    const stable = ({ elapsedSeconds: _e, resourcesPerSecond: _r, ...rest }: IngestSummary) => rest;
    expect(stable(second)).toEqual(stable(first.summary));
    // --batch-size 1: one request per resource, both times.
    expect(second.requests).toBe(3);
    expect(fake.received.length).toBe(3);
  });

  test('--help prints the description and every option, and sends nothing', async () => {
    const io = capture();
    expect(await ingestCommand(['--help'], io)).toBe(0);
    const help = io.out.join('');
    expect(help).toMatch(/^Usage: ingest \[options\] <path\.\.\.>\n/);
    for (const flag of ['--concurrency <n>', '--batch-size <n>', '--json', '--data-dir <dir>', '--client <id>', '--base <url>', '--client-id <id>', '--key <file>']) {
      expect(help).toContain(`  ${flag}`);
    }
    expect(help).toContain('(default: 4)');
    expect(help).toContain('(default: 500)');
    expect(help).toMatch(/log\.ndjson[\s\S]*skipped/);
    expect(fake.received).toEqual([]);
  });

  test('on a terminal, a progress bar with percentage, ETA and rate; none with --json; the summary is unchanged', async () => {
    const dir = await exportFolder();
    const drawn: string[] = [];
    const terminal = Object.assign(new Writable({ write: (chunk, _encoding, done) => void (drawn.push(String(chunk)), done()) }), { isTTY: true, columns: 200 });
    const io = { ...capture(), tty: true, progressStream: terminal };
    expect(await ingestCommand([...target, dir], io)).toBe(0);
    const bar = drawn.join('');
    expect(bar).toMatch(/ingest \[[=-]+\] 100% \| ETA \S+ \| [\d.]+\/[\d.]+ MB \| \d+ resources\/s \| files 6\/6 \| 0 failed/);
    expect(io.err).toEqual([]); // no line per file on a terminal
    expect(io.out.join('')).toContain('resources  3 sent: 0 created, 3 updated, 0 failed\n');

    drawn.length = 0;
    const json = { ...capture(), tty: true, progressStream: terminal };
    expect(await ingestCommand([...target, '--json', dir], json)).toBe(0);
    expect(drawn).toEqual([]);
    expect(json.err).toEqual([]);
    expect(JSON.parse(json.out.join(''))).toMatchObject({ resourcesSent: 3, failed: 0 });
  });
});
