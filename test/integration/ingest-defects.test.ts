import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Bundle, BundleEntry, OperationOutcome, Patient, Practitioner, Resource } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dataDir } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { StoreInspector } from '../support/vault-inspection.ts';

/**
 * Regression tests of the ingest defects of issue 14, on the local stack with resources from the
 * bulk 10-patients export: a PUT sent again after a newer one took effect, batch entries that fail
 * validation, lone surrogates (500 and branch keys left behind), invalid UTF-8 and control
 * characters stored, a `br` label on a plain body, `_history/$verify`, and the chain going down.
 */

const BULK = dataDir('bulk-ndjson-smart/10-patients');
const lines = <T extends Resource>(file: string): T[] =>
  readFileSync(join(BULK, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
const practitioners = lines<Practitioner>('Practitioner.000.ndjson');
const patients = lines<Patient>('Patient.000.ndjson');

let stack: StackProcess;
let store: StoreInspector;
let token: string;

beforeAll(async () => {
  // A status read from the chain is trusted for 1 s here, so that the chain going down shows at once.
  stack = await StackProcess.start(undefined, { PROVIDER_STATUS_CACHE_SECONDS: '1' });
  store = new StoreInspector(stack.info);
  token = await stack.token('dev-provider-a');
}, 120_000);

afterAll(async () => {
  store?.destroy();
  await stack?.dispose();
});

type Answer = { resourceType: string; entry?: BundleEntry[]; issue: OperationOutcome['issue']; parameter?: { name: string; valueBoolean?: boolean; valueCode?: string }[] };

async function send(body: string | Uint8Array, headers: Record<string, string> = {}, path = ''): Promise<{ status: number; headers: Headers; body: Answer }> {
  const response = await fetch(`${stack.info.fhirBase}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as Answer };
}
const post = (bundle: Bundle, headers: Record<string, string> = {}) => send(JSON.stringify(bundle), headers);

async function get(path: string): Promise<{ status: number; headers: Headers; body: Answer & Resource }> {
  const response = await fetch(`${stack.info.fhirBase}/${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer & Resource };
}

const batch = (entry: BundleEntry[]): Bundle => ({ resourceType: 'Bundle', type: 'batch', entry });
const transaction = (entry: BundleEntry[]): Bundle => ({ resourceType: 'Bundle', type: 'transaction', entry });
const put = (resource: Resource): BundleEntry => ({ resource, request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` } });

describe('a PUT sent again after a newer one took effect', () => {
  test('PUT A, PUT B, PUT A: the third takes effect (version 3, A current), it is no replay', async () => {
    const original = practitioners[0]!;
    const a: Practitioner = { ...original, active: true };
    const b: Practitioner = { ...original, active: false };
    const first = await post(batch([put(a)]));
    expect(first.body.entry![0]!.response).toMatchObject({ status: '201 Created', location: `Practitioner/${original.id}/_history/1` });
    const second = await post(batch([put(b)]));
    expect(second.body.entry![0]!.response).toMatchObject({ status: '200 OK', location: `Practitioner/${original.id}/_history/2` });
    const third = await post(batch([put(a)]));
    expect(third.status).toBe(200);
    expect(third.headers.get('x-idempotent-replay')).toBeNull();
    expect(third.body.entry![0]!.response).toMatchObject({ status: '200 OK', location: `Practitioner/${original.id}/_history/3` });
    const now = await get(`Practitioner/${original.id}`);
    expect(now.headers.get('etag')).toBe('W/"3"');
    expect((now.body as Practitioner).active).toBe(true);

    // The same request again with nothing newer committed: a replay, with the original status, storing nothing.
    const before = await store.snapshot();
    const again = await post(batch([put(a)]));
    expect(again.headers.get('x-idempotent-replay')).toBe('true');
    expect(again.body.entry![0]!.response).toMatchObject({ status: '200 OK', location: `Practitioner/${original.id}/_history/3` });
    expect(await store.snapshot()).toEqual(before);
  });

  test('the same through PUT [base]/Practitioner/id: A, B, A leaves A current as version 3', async () => {
    const original = practitioners[1]!;
    const putOne = async (resource: Practitioner) => {
      const response = await fetch(`${stack.info.fhirBase}/Practitioner/${original.id}`, { method: 'PUT', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' }, body: JSON.stringify(resource) });
      return { status: response.status, etag: response.headers.get('etag'), replay: response.headers.get('x-idempotent-replay'), body: (await response.json()) as Practitioner };
    };
    const a = { ...original, gender: 'female' as const };
    const b = { ...original, gender: 'male' as const };
    expect(await putOne(a)).toMatchObject({ status: 201, etag: 'W/"1"', replay: null });
    expect(await putOne(b)).toMatchObject({ status: 200, etag: 'W/"2"' });
    const third = await putOne(a);
    expect(third).toMatchObject({ status: 200, etag: 'W/"3"', replay: null });
    expect(third.body).toMatchObject({ resourceType: 'Practitioner', id: original.id, gender: 'female', meta: { versionId: '3' } });
    expect(((await get(`Practitioner/${original.id}`)).body as Practitioner).gender).toBe('female');
  });

  test('a repeated Idempotency-Key is answered as a replay with the original status, even after something newer', async () => {
    const original = practitioners[2]!;
    const key = { 'Idempotency-Key': `defects-${original.id}` };
    const first = await post(batch([put({ ...original, active: true } as Practitioner)]), key);
    expect(first.body.entry![0]!.response!.status).toBe('201 Created');
    await post(batch([put({ ...original, active: false } as Practitioner)]));
    const retried = await post(batch([put({ ...original, active: true } as Practitioner)]), key);
    expect(retried.headers.get('x-idempotent-replay')).toBe('true');
    expect(retried.body.entry![0]!.response).toMatchObject({ status: '201 Created', location: `Practitioner/${original.id}/_history/1` });
  });
});

describe('a batch is answered per entry', () => {
  test('an entry that fails validation gets its own 400 with its outcome; the valid entries commit', async () => {
    const valid = practitioners[3]!;
    const invalid = { ...practitioners[4]!, birthDate: '1970-13-45' } as Practitioner;
    const answer = await post(batch([put(valid), put(invalid), put(practitioners[5]!)]));
    expect(answer.status).toBe(200);
    const [first, second, third] = answer.body.entry!.map((entry) => entry.response!);
    expect(first).toMatchObject({ status: '201 Created', location: `Practitioner/${valid.id}/_history/1` });
    expect(second!.status).toBe('400 Bad Request');
    expect((second!.outcome as OperationOutcome).issue.flatMap((issue) => issue.expression ?? [])).toContain('Bundle.entry[1].resource.birthDate');
    expect(third!.status).toBe('201 Created');
    expect((await get(`Practitioner/${valid.id}`)).status).toBe(200);
    expect((await get(`Practitioner/${invalid.id}`)).status).toBe(404);
  });

  test('a transaction with the same invalid entry stays all or nothing: 400, nothing stored', async () => {
    const before = await store.snapshot();
    const answer = await post(transaction([put(practitioners[6]!), put({ ...practitioners[7]!, birthDate: '1970-13-45' } as Practitioner)]));
    expect(answer.status).toBe(400);
    expect(answer.body.issue.flatMap((issue) => issue.expression ?? [])).toContain('Bundle.entry[1].resource.birthDate');
    expect(await store.snapshot()).toEqual(before);
  });
});

describe('text no FHIR string can hold', () => {
  const patient = (family: string): Bundle => {
    const source = patients[0]!;
    return transaction([{ fullUrl: `urn:uuid:${source.id}`, resource: { ...source, name: [{ ...source.name![0]!, family }] } as Patient, request: { method: 'PUT', url: `Patient/${source.id}` } }]);
  };

  test('a lone surrogate is a 400 naming the element; nothing is written and no branch key is enrolled', async () => {
    const before = await store.snapshot();
    for (let attempt = 0; attempt < 2; attempt++) {
      const answer = await send(JSON.stringify(patient('Smith')).replace('"family":"Smith"', '"family":"Sm\\ud800ith"'));
      expect(answer.status).toBe(400);
      expect(answer.body.issue[0]!.expression).toEqual(['Bundle.entry[0].resource.name[0].family']);
      expect(JSON.stringify(answer.body)).not.toContain('Smith');
    }
    expect(await store.snapshot()).toEqual(before);
  });

  test('invalid UTF-8 bytes are a 400, not replaced by U+FFFD and stored', async () => {
    const before = await store.snapshot();
    const [head, tail] = JSON.stringify(patient('Smith')).split('"family":"Smith"') as [string, string];
    const bytes = Buffer.concat([Buffer.from(`${head}"family":"Sm`), Buffer.from([0xff, 0xfe]), Buffer.from(`ith"${tail}`)]);
    const answer = await send(bytes);
    expect(answer.status).toBe(400);
    expect(answer.body.issue[0]!.details!.text).toContain('UTF-8');
    expect(await store.snapshot()).toEqual(before);
  });

  test('an escaped control character is a 400, as the R4 string type says', async () => {
    const before = await store.snapshot();
    const answer = await send(JSON.stringify(patient('Smith\u0000')));
    expect(answer.status).toBe(400);
    expect(answer.body.issue[0]!.expression).toEqual(['Bundle.entry[0].resource.name[0].family']);
    expect(await store.snapshot()).toEqual(before);
  });

  test('Content-Encoding: br on a plain body is a 400, not stored as if unencoded; a gzip body is decoded and stored', async () => {
    const before = await store.snapshot();
    const text = JSON.stringify(patient(patients[0]!.name![0]!.family!));
    const labelled = await send(text, { 'Content-Encoding': 'br' });
    expect(labelled.status).toBe(400);
    expect(labelled.body.issue[0]!.expression).toEqual(['Content-Encoding']);
    expect(await store.snapshot()).toEqual(before);
    const zipped = await send(gzipSync(text), { 'Content-Encoding': 'gzip' });
    expect(zipped.status).toBe(200);
    expect(zipped.body.entry![0]!.response!.status).toBe('201 Created');
  });
});

describe('route matching', () => {
  test('GET Patient/ID/_history/$verify is no $verify (and no version): 404', async () => {
    const id = patients[0]!.id!;
    const answer = await get(`Patient/${id}/_history/$verify`);
    expect(answer.status).toBe(404);
    expect(answer.body.resourceType).toBe('OperationOutcome');
    expect((await get(`Patient/${id}/$verify`)).body.resourceType).toBe('Parameters');
  });
});

/** The pid of this stack's anvil (a child of the stack process). */
function anvilPid(): number {
  const children = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(stack.info.pid)], { encoding: 'utf8' });
  const line = children.split('\n').find((entry) => entry.trim().endsWith('anvil'));
  if (!line) throw new Error('no anvil under the stack process');
  return Number(line.trim().split(/\s+/)[0]);
}

describe('the chain going down (last: the stack keeps running without anvil)', () => {
  test('ingest goes on for a provider last seen Confirmed (logged); $verify of anchored data and $locate answer 503 with Retry-After', async () => {
    const source = patients[1]!;
    const stored = await post(transaction([{ fullUrl: `urn:uuid:${source.id}`, resource: source, request: { method: 'PUT', url: `Patient/${source.id}` } }]));
    expect(stored.status).toBe(200);
    // Wait for the anchoring worker to anchor it, so that $verify needs the chain.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const verified = await get(`Patient/${source.id}/$verify`);
      if (verified.body.parameter?.find((parameter) => parameter.name === 'status')?.valueCode === 'anchored') break;
      if (Date.now() > deadline) throw new Error('not anchored within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }

    process.kill(anvilPid(), 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // past the 1 s status cache

    const practitioner = practitioners[8]!;
    const during = await post(batch([put(practitioner)]));
    expect(during.status).toBe(200);
    expect(during.body.entry![0]!.response!.status).toBe('201 Created');
    expect(stack.output).toContain('provider status from last confirmation');

    const verify = await get(`Patient/${source.id}/$verify`);
    expect(verify.status).toBe(503);
    expect(verify.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(verify.body.issue[0]!.code).toBe('transient');

    const identifier = source.identifier!.find((candidate) => candidate.system === 'http://hl7.org/fhir/sid/us-ssn') ?? source.identifier![0]!;
    const locate = await get(`$locate?identifier=${encodeURIComponent(`${identifier.system}|${identifier.value}`)}`);
    expect(locate.status).toBe(503);
    expect(locate.headers.get('retry-after')).toMatch(/^\d+$/);
  }, 120_000);
});
