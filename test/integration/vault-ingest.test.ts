import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { Bundle, OperationOutcome, Parameters, Patient, Resource } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { JsonRpcProvider, keccak256 } from 'ethers';
import { generateKeyPair, exportJWK } from 'jose';
import { ingestCommand } from '../../functions/cli/ingest-command.ts';
import { requestAccessToken } from '../../functions/cli/smart-client.ts';
import { canonicalJson } from '../../functions/ledger/commitment.ts';
import { rewriteReferences } from '../../functions/fhir/references.ts';
import { TOMBSTONE_TYPE } from '../../functions/vault/storage/patient-keys.ts';
import { dataDir, dataFile, dataFiles, hl7Example, SYNTHEA_DIRECTORY, SYNTHEA_FOLDERS, syntheaPatientBundles as syntheaPatientFiles } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { StoreInspector } from '../support/vault-inspection.ts';

/**
 * Ingest, reads and erasure through HTTP on the local stack (s3rver, dynalite, DynamoDB Local,
 * the KMS stand-in, anvil), with the real data in ../shared/fhir.
 */

let stack: StackProcess;
let store: StoreInspector;
let tokenA: string;
let tokenB: string;
let tokenAdmin: string;

const FHIR = 'application/fhir+json';
const US_SSN = 'http://hl7.org/fhir/sid/us-ssn';

async function post(path: string, body: string | Uint8Array, options: { token?: string; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${stack.info.fhirBase}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${options.token ?? tokenA}`, 'Content-Type': FHIR, ...options.headers },
    body,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

async function get(path: string, token = tokenA) {
  const response = await fetch(`${stack.info.fhirBase}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

const stripServerFields = (resource: Resource): unknown => {
  const { id: _id, meta, ...rest } = resource as Resource & { meta?: Record<string, unknown> };
  const { versionId: _v, lastUpdated: _l, ...otherMeta } = meta ?? {};
  return Object.keys(otherMeta).length > 0 ? { ...rest, meta: otherMeta } : rest;
};

const syntheaPatientBundles = syntheaPatientFiles();

/** Every posted bundle, with where each entry went. */
const ingested: { file: string; bundle: Bundle; locations: string[] }[] = [];

beforeAll(async () => {
  stack = await StackProcess.start();
  store = new StoreInspector(stack.info);
  [tokenA, tokenB, tokenAdmin] = await Promise.all([stack.token('dev-provider-a'), stack.token('dev-provider-b'), stack.token('dev-admin')]);
});

afterAll(async () => {
  store?.destroy();
  await stack?.dispose();
});

describe('ingest of real data', () => {
  test('the Synthea shared-resource bundles ingest (and the one that is invalid alone is refused whole)', async () => {
    for (const folder of SYNTHEA_FOLDERS) {
      for (const file of dataFiles(folder).filter((name) => SYNTHEA_DIRECTORY.test(basename(name))).sort()) {
        const text = readFileSync(file, 'utf8');
        const answer = await post('', text);
        const bundle = JSON.parse(text) as Bundle;
        // microsoft's practitioner bundle refers to the hospital bundle's urn:uuids: invalid as a transaction on its own.
        if (folder === 'synthea-r4-msft-samples' && basename(file).startsWith('practitioner') && bundle.type === 'transaction') {
          expect(answer.status).toBe(400);
          continue;
        }
        expect(answer.status, basename(file)).toBe(200);
        const entries = (answer.body as unknown as Bundle).entry!;
        expect(entries).toHaveLength(bundle.entry!.length);
        expect(entries.every((entry) => entry.response!.status === '201 Created')).toBe(true);
      }
    }
  });

  test('every Synthea patient bundle ingests, each entry answered with 201 and a versioned location', async () => {
    expect(syntheaPatientBundles.length).toBeGreaterThanOrEqual(2);
    for (const file of syntheaPatientBundles) {
      const text = readFileSync(file, 'utf8');
      const bundle = JSON.parse(text) as Bundle;
      const answer = await post('', text);
      expect(answer.status, basename(file)).toBe(200);
      const response = answer.body as unknown as Bundle;
      expect(response.type).toBe('transaction-response');
      expect(response.entry).toHaveLength(bundle.entry!.length);
      const locations = response.entry!.map((entry, index) => {
        expect(entry.response!.status, `${basename(file)} entry ${index}`).toBe('201 Created');
        expect(entry.response!.location).toMatch(new RegExp(`^${bundle.entry![index]!.resource!.resourceType}/[0-9a-f-]{36}/_history/1$`));
        expect(entry.response!.etag).toBe('W/"1"');
        expect(Date.parse(entry.response!.lastModified!)).not.toBeNaN();
        return entry.response!.location!.replace(/\/_history\/1$/, '');
      });
      ingested.push({ file, bundle, locations });
    }
  });

  test('every resource reads back equal to what was posted, references rewritten to the assigned ids', async () => {
    expect(ingested.length).toBe(syntheaPatientBundles.length);
    let compared = 0;
    for (const { file, bundle, locations } of ingested) {
      const byFullUrl = new Map(bundle.entry!.map((entry, index) => [entry.fullUrl!, locations[index]!]));
      const expected = new Map(
        bundle.entry!.map((entry, index) => [locations[index]!, canonicalJson(stripServerFields(rewriteReferences(entry.resource!, (reference) => byFullUrl.get(reference)) as Resource))]),
      );
      const patientLocation = locations.find((location) => location.startsWith('Patient/'))!;
      const everything = await get(`/${patientLocation}/$everything`);
      expect(everything.status).toBe(200);
      const found = new Map<string, string>();
      for (const entry of (everything.body as unknown as Bundle).entry!) {
        const resource = entry.resource!;
        expect(resource.meta?.versionId).toBe('1');
        found.set(`${resource.resourceType}/${resource.id}`, canonicalJson(stripServerFields(resource)));
      }
      // $everything holds the patient's compartment; the shared ones (Organization, Practitioner) are read one by one.
      for (const [location, canonical] of expected) {
        let actual = found.get(location);
        if (actual === undefined) {
          const read = await get(`/${location}`);
          expect(read.status, `${basename(file)} ${location}`).toBe(200);
          actual = canonicalJson(stripServerFields(read.body as unknown as Resource));
        }
        expect(actual, `${basename(file)} ${location}`).toBe(canonical);
        compared++;
      }
    }
    expect(compared).toBe(ingested.reduce((sum, item) => sum + item.bundle.entry!.length, 0));
  });

  test('the Nimbus batch bundles ingest, entry by entry', async () => {
    for (const file of dataFiles('deid-nimbus-covid-pairs/original-batch')) {
      const text = readFileSync(file, 'utf8');
      const bundle = JSON.parse(text) as Bundle;
      const answer = await post('', text);
      expect(answer.status, basename(file)).toBe(200);
      const response = answer.body as unknown as Bundle;
      expect(response.type).toBe('batch-response');
      expect(response.entry!.map((entry) => entry.response!.status)).toEqual(bundle.entry!.map(() => '201 Created'));
    }
  });

  test('the bulk 10-patients NDJSON ingests with the CLI; its conditional references resolve to stored resources', async () => {
    const output: string[] = [];
    const code = await ingestCommand(['--data-dir', stack.dataDir, '--client', 'dev-provider-b', '--json', dataDir('bulk-ndjson-smart/10-patients')], {
      stdout: (text) => output.push(text),
      stderr: () => undefined,
      tty: false,
    });
    const summary = JSON.parse(output.join('')) as { created: number; failed: number; updated: number; resourcesSent: number; failures: { reason: string; count: number }[]; skipped: { file: string; reason: string }[] };
    const files = (await readdir(dataDir('bulk-ndjson-smart/10-patients'))).filter((name) => name.endsWith('.ndjson') && name !== 'log.ndjson');
    let lines = 0;
    for (const name of files) lines += (await readFile(dataFile('bulk-ndjson-smart/10-patients', name), 'utf8')).split('\n').filter((line) => line.trim() !== '').length;
    expect(summary.created).toBe(lines);
    // The export's log.ndjson (not FHIR) is skipped with a note, not failed.
    expect(summary.failures).toEqual([]);
    expect(summary.failed).toBe(0);
    expect(summary.skipped.map((skipped) => basename(skipped.file))).toEqual(['log.ndjson']);
    expect(code).toBe(0);

    const encounter = JSON.parse(readFileSync(dataFile('bulk-ndjson-smart/10-patients', 'Encounter.000.ndjson'), 'utf8').split('\n')[0]!) as Resource & { participant?: { individual?: { reference?: string } }[]; serviceProvider?: { reference?: string } };
    const read = await get(`/Encounter/${encounter.id}`, tokenB);
    expect(read.status).toBe(200);
    const stored = read.body as unknown as typeof encounter;
    expect(encounter.participant![0]!.individual!.reference).toMatch(/^Practitioner\?identifier=/);
    expect(stored.participant![0]!.individual!.reference).toMatch(/^Practitioner\/[A-Za-z0-9-.]+$/);
    const practitioner = await get(`/${stored.participant![0]!.individual!.reference}`, tokenB);
    expect(practitioner.status).toBe(200);
    expect(stored.serviceProvider!.reference).toMatch(/^Organization\/[A-Za-z0-9-.]+$/);
    // The same ids are provider B's own: provider A does not see them.
    expect((await get(`/Encounter/${encounter.id}`, tokenA)).status).toBe(404);
  });

  test('a document Bundle is stored whole with POST [base]/Bundle, under its patient', async () => {
    const text = readFileSync(hl7Example('Bundle-father.json'), 'utf8');
    const answer = await post('/Bundle', text);
    expect(answer.status).toBe(201);
    const location = answer.headers.get('location')!;
    expect(location).toMatch(/^Bundle\/[0-9a-f-]{36}\/_history\/1$/);
    expect(answer.headers.get('etag')).toBe('W/"1"');
    const read = await get(`/${location.replace(/\/_history\/1$/, '')}`);
    expect(read.status).toBe(200);
    expect(canonicalJson(stripServerFields(read.body as unknown as Resource))).toBe(canonicalJson(stripServerFields(JSON.parse(text) as Resource)));
  });
});

describe('bad input leaves storage unchanged', () => {
  const cases: [string, string, string | Uint8Array, Record<string, string>, number, string | undefined][] = [
    ['a transaction whose urn:uuid references resolve nowhere', '', readFileSync(dataFiles('synthea-r4-msft-samples').find((file) => basename(file).startsWith('practitioner'))!), {}, 400, undefined],
    ['malformed JSON', '', '{"resourceType":"Bundle","type":"transaction",', {}, 400, undefined],
    ['a __proto__ key', '', '{"resourceType":"Bundle","type":"batch","__proto__":{"x":1},"entry":[]}', {}, 400, undefined],
    ['a collection posted to [base]', '', readFileSync(hl7Example('Bundle-101.json')), {}, 400, 'Bundle.type'],
    ['a transaction posted to [base]/Bundle', '/Bundle', readFileSync(syntheaPatientBundles[0]!), {}, 400, 'Bundle.type'],
    ['not a Bundle', '', readFileSync(hl7Example('Patient-example.json')), {}, 400, undefined],
    ['a wrong content type', '', readFileSync(syntheaPatientBundles[0]!), { 'Content-Type': 'text/plain' }, 415, undefined],
    ['an over-size body', '', `{"resourceType":"Bundle","type":"batch","entry":[],"id":"${'x'.repeat(7 * 1024 * 1024)}"}`, {}, 413, undefined],
    ['a deeply nested body', '', `{"resourceType":"Bundle","type":"batch","entry":[{"resource":{"resourceType":"Basic","code":{"text":"x"},"extension":${'['.repeat(200)}${']'.repeat(200)}}}]}`, {}, 400, undefined],
  ];

  test.each(cases)('%s', async (_name, path, body, headers, status, expression) => {
    const before = await store.snapshot();
    const answer = await post(path, body, { headers });
    expect(answer.status).toBe(status);
    const outcome = answer.body as unknown as OperationOutcome;
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue.length).toBeGreaterThan(0);
    if (expression) expect(outcome.issue.flatMap((issue) => issue.expression ?? [])).toContain(expression);
    expect(await store.snapshot()).toEqual(before);
  });

  test('an invalid bundle answers every issue, each naming its element', async () => {
    const bundle = JSON.parse(readFileSync(syntheaPatientBundles[0]!, 'utf8')) as Bundle;
    (bundle.entry![0]!.resource as Patient).birthDate = 'not-a-date';
    (bundle.entry![1]!.resource as Resource & { status?: unknown }).status = 42;
    const before = await store.snapshot();
    const answer = await post('', JSON.stringify(bundle));
    expect(answer.status).toBe(400);
    const expressions = (answer.body as unknown as OperationOutcome).issue.flatMap((issue) => issue.expression ?? []);
    expect(expressions).toEqual(expect.arrayContaining(['Bundle.entry[0].resource.birthDate', 'Bundle.entry[1].resource.status']));
    expect(await store.snapshot()).toEqual(before);
  });

  test('a duplicate submission answers the original response and stores nothing new', async () => {
    const text = readFileSync(syntheaPatientBundles[1]!, 'utf8');
    const before = await store.snapshot();
    const again = await post('', text);
    expect(again.status).toBe(200);
    expect(again.headers.get('x-idempotent-replay')).toBe('true');
    const original = ingested.find((item) => item.file === syntheaPatientBundles[1])!;
    expect((again.body as unknown as Bundle).entry!.map((entry) => entry.response!.location!.replace(/\/_history\/1$/, ''))).toEqual(original.locations);
    expect(await store.snapshot()).toEqual(before);
  });

  test('an Idempotency-Key answers its first response; reused with another body it is refused', async () => {
    const bundle = JSON.parse(readFileSync(dataFiles('deid-nimbus-covid-pairs/original-batch').find((file) => !SYNTHEA_DIRECTORY.test(basename(file)))!, 'utf8')) as Bundle;
    bundle.id = 'idempotency-test';
    const key = `test-${Date.now()}`;
    const first = await post('', JSON.stringify(bundle), { headers: { 'Idempotency-Key': key } });
    expect(first.status).toBe(200);
    const snapshot = await store.snapshot();
    const second = await post('', JSON.stringify(bundle), { headers: { 'Idempotency-Key': key } });
    expect(second.body).toEqual(first.body);
    expect(await store.snapshot()).toEqual(snapshot);
    bundle.id = 'idempotency-test-changed';
    const third = await post('', JSON.stringify(bundle), { headers: { 'Idempotency-Key': key } });
    expect(third.status).toBe(422);
    expect((third.body as unknown as OperationOutcome).issue[0]!.expression).toEqual(['Idempotency-Key']);
    expect(await store.snapshot()).toEqual(snapshot);
  });
});

describe('reads, versions and the audit log', () => {
  test('read, vread, update with PUT, If-Match, unknown ids and another provider', async () => {
    const { locations, bundle } = ingested[0]!;
    const patientIndex = locations.findIndex((location) => location.startsWith('Patient/'));
    const patientLocation = locations[patientIndex]!;
    const read = await get(`/${patientLocation}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('W/"1"');
    expect(new Date(read.headers.get('last-modified')!).getTime()).toBeGreaterThan(Date.now() - 3600_000);
    expect(read.body['resourceType']).toBe('Patient');

    const updated: Patient = { ...(read.body as unknown as Patient), gender: 'unknown' };
    const put = (ifMatch?: string) =>
      post('', JSON.stringify({ resourceType: 'Bundle', type: 'transaction', entry: [{ fullUrl: `${stack.info.fhirBase}/${patientLocation}`, resource: updated, request: { method: 'PUT', url: patientLocation, ...(ifMatch ? { ifMatch } : {}) } }] }));
    const first = await put('W/"1"');
    expect(first.status).toBe(200);
    expect((first.body as unknown as Bundle).entry![0]!.response).toMatchObject({ status: '200 OK', location: `${patientLocation}/_history/2`, etag: 'W/"2"' });
    expect((await get(`/${patientLocation}`)).body['gender']).toBe('unknown');
    expect((await get(`/${patientLocation}/_history/1`)).body['gender']).toBe((bundle.entry![patientIndex]!.resource as Patient).gender);
    expect((await get(`/${patientLocation}/_history/2`)).headers.get('etag')).toBe('W/"2"');
    expect((await get(`/${patientLocation}/_history/3`)).status).toBe(404);

    updated.gender = 'other';
    const stale = await put('W/"1"');
    expect(stale.status).toBe(412);
    expect((stale.body as unknown as OperationOutcome).issue[0]!.expression).toEqual(['Bundle.entry[0].request.ifMatch']);

    expect((await get('/Patient/no-such-patient')).status).toBe(404);
    expect((await get(`/${patientLocation}`, tokenB)).status).toBe(404);
    expect((await get('/NotAType/x')).status).toBe(404);
  });

  test('every read left an audit entry (who, what, when, why) with ids only', async () => {
    const audit = await store.items('audit');
    const patientLocation = ingested[0]!.locations.find((location) => location.startsWith('Patient/'))!;
    const reads = audit.filter((entry) => (entry['resources'] as string[]).some((resource) => resource.startsWith(`${patientLocation}/_history/`)));
    expect(reads.map((entry) => entry['action'])).toEqual(expect.arrayContaining(['everything', 'read', 'vread']));
    for (const entry of reads) {
      expect(entry).toMatchObject({ clientId: 'dev-provider-a', providerId: 'dev-hospital-a', purpose: 'TREAT', basis: 'own-records' });
      expect(entry['pk']).toMatch(/^a#[0-9a-f]{64}$/);
      expect(Date.parse(entry['recordedAt'] as string)).not.toBeNaN();
    }
  });
});

describe('providers and the record locator', () => {
  test('$locate finds both providers after each posts the same patient (same SSN, different MRNs)', async () => {
    const { bundle } = ingested[1]!;
    const patient = bundle.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient;
    const ssn = patient.identifier!.find((identifier) => identifier.system === US_SSN)!.value!;
    // Provider B's copy: its own MRN.
    const atB = JSON.parse(JSON.stringify(bundle)) as Bundle;
    const patientB = atB.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient;
    const mrn = patientB.identifier!.find((identifier) => identifier.type?.coding?.[0]?.code === 'MR')!;
    mrn.value = `clinic-b-${mrn.value}`;
    const posted = await post('', JSON.stringify(atB), { token: tokenB });
    expect(posted.status).toBe(200);

    const locate = async () => {
      const answer = await get(`/$locate?identifier=${encodeURIComponent(`${US_SSN}|${ssn}`)}`);
      expect(answer.status).toBe(200);
      const parameters = answer.body as unknown as Parameters;
      return (parameters.parameter ?? []).map((parameter) => parameter.part!.find((part) => part.name === 'organization')!.valueReference!.reference).sort();
    };
    // Holdings go on chain from the vault worker's pending items, within a few of its runs.
    let providers: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 40 && providers.length < 2; attempt++) {
      providers = await locate();
      if (providers.length < 2) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(providers).toEqual(['Organization/dev-clinic-b', 'Organization/dev-hospital-a']);
  });

  test('a provider that is not confirmed on chain cannot post (403), and nothing is stored', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES384', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'unconfirmed-1', alg: 'ES384' };
    const registered = await fetch(`${stack.origin}/admin/clients/unconfirmed-client`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${tokenAdmin}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'provider', providerId: 'unconfirmed-clinic', status: 'active', scopes: ['system/*.cruds'], jwks: { keys: [jwk] } }),
    });
    expect(registered.status).toBeLessThan(300);
    const { access_token: token } = await requestAccessToken(
      { clientId: 'unconfirmed-client', tokenUrl: stack.info.tokenUrl, privateJwk: { ...(await exportJWK(privateKey)), kid: 'unconfirmed-1', alg: 'ES384' } },
      'system/*.cruds',
    );
    const before = await store.snapshot();
    const answer = await post('', readFileSync(syntheaPatientBundles.at(-1)!, 'utf8'), { token });
    expect(answer.status).toBe(403);
    expect((answer.body as unknown as OperationOutcome).issue[0]!.code).toBe('forbidden');
    expect(await store.snapshot()).toEqual(before);
  });
});

describe('erasure', () => {
  test('$erase shreds the patient: reads answer 410 and the bytes kept from before no longer decrypt', async () => {
    const { locations } = ingested[2]!;
    const patientLocation = locations.find((location) => location.startsWith('Patient/'))!;
    const observation = locations.find((location) => location.startsWith('Observation/'))!;
    const catalog = await store.items('catalog');
    const current = catalog.find((item) => item['pk'] === `r#dev-hospital-a#${patientLocation.replace('/', '#')}` && item['sk'] === 'current')!;
    const pseudonym = current['pseudonym'] as string;
    const objectItems = catalog.filter((item) => item['pk'] === `p#${pseudonym}` && String(item['sk']).startsWith('obj#'));
    expect(objectItems.length).toBeGreaterThan(0);
    // A "backup": the sealed bytes as they are before the erasure.
    const kept = await Promise.all(objectItems.map(async (item) => ({ key: item['objectKey'] as string, bytes: await store.object('vault', item['objectKey'] as string) })));

    expect((await post(`/${patientLocation}/$erase`, '', { token: tokenB })).status).toBe(404);
    const erased = await post(`/${patientLocation}/$erase`, '');
    expect(erased.status).toBe(200);
    const counts = Object.fromEntries((erased.body as unknown as Parameters).parameter!.map((parameter) => [parameter.name, parameter.valueInteger ?? parameter.valueBoolean]));
    expect(counts).toMatchObject({ erased: true, alreadyErased: false, objects: objectItems.length });
    expect(counts['keyItems']).toBeGreaterThanOrEqual(3);

    expect((await get(`/${patientLocation}`)).status).toBe(410);
    expect((await get(`/${observation}`)).status).toBe(410);
    expect((await get(`/${patientLocation}/$everything`)).status).toBe(410);
    // Idempotent.
    const again = await post(`/${patientLocation}/$erase`, '');
    expect(again.status).toBe(200);

    // The provider's branch key for the patient is gone: only the tombstone is left in its partition.
    const branchKeys = (await store.items('branchKeys')).filter((item) => item['branch-key-id'] === `${pseudonym}.dev-hospital-a`);
    expect(branchKeys.map((item) => item['type'])).toEqual([TOMBSTONE_TYPE]);
    // The objects and the patient's catalog items are gone.
    const objectsNow = new Set(await store.objectKeys('vault'));
    for (const { key } of kept) expect(objectsNow.has(key)).toBe(false);
    expect((await store.items('catalog')).filter((item) => item['pk'] === `p#${pseudonym}` && String(item['sk']).startsWith('obj#'))).toEqual([]);

    // The kept bytes, put back, do not open: reads still answer 410, never the data.
    for (const { key, bytes } of kept) await store.s3.send(new PutObjectCommand({ Bucket: StoreInspector.bucket('vault'), Key: key, Body: bytes }));
    expect((await get(`/${observation}`)).status).toBe(410);

    // Nor does the same patient's data go in again at this provider (its holder's tombstone).
    const repost = await post('', readFileSync(ingested[2]!.file, 'utf8').replace('"type": "transaction"', '"type": "transaction", "id": "after-erasure"'));
    expect(repost.status).toBe(409);
  });

  test("an admin cannot erase through a provider's $erase: that is a holder's erasure, the provider's own", async () => {
    const patientLocation = ingested[3]!.locations.find((location) => location.startsWith('Patient/'))!;
    const parameters = JSON.stringify({ resourceType: 'Parameters', parameter: [{ name: 'provider', valueString: 'dev-hospital-a' }] });
    const refused = await post(`/${patientLocation}/$erase`, parameters, { token: tokenAdmin });
    expect(refused.status).toBe(403);
    expect((refused.body as unknown as OperationOutcome).issue[0]!.code).toBe('forbidden');
    expect((await get(`/${patientLocation}`)).status).toBe(200);
  });
});

describe('privacy', () => {
  /** Names, SSNs, MRNs and birth dates of every patient posted above. */
  function phiOf(bundles: Bundle[]): string[] {
    const values = new Set<string>();
    for (const bundle of bundles) {
      for (const entry of bundle.entry ?? []) {
        const patient = entry.resource as Patient | undefined;
        if (patient?.resourceType !== 'Patient') continue;
        for (const name of patient.name ?? []) {
          for (const given of name.given ?? []) if (given.length >= 4) values.add(given);
          if (name.family && name.family.length >= 4) values.add(name.family);
        }
        for (const identifier of patient.identifier ?? []) {
          const code = identifier.type?.coding?.[0]?.code;
          if ((code === 'SS' || code === 'MR') && identifier.value) values.add(identifier.value);
        }
        if (patient.birthDate) values.add(patient.birthDate);
      }
    }
    return [...values];
  }

  test('after anchoring, no calldata or contract log holds a name, SSN, MRN, birth date or a plain hash of one', async () => {
    // The worker anchors within a few seconds of the last commit (ANCHOR_BATCH_MAX_WAIT_SECONDS=2 locally).
    for (let attempt = 0; attempt < 60; attempt++) {
      const pending = (await store.items('catalog')).filter((item) => /^anchor#(pending#|batch#open)/.test(String(item['pk'])));
      if (pending.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const catalog = await store.items('catalog');
    expect(catalog.filter((item) => /^anchor#(pending#|batch#open)/.test(String(item['pk'])))).toEqual([]);
    expect(catalog.filter((item) => item['pk'] === 'anchor#batch#closed').length).toBeGreaterThan(0);

    const rpc = new JsonRpcProvider(stack.info.rpcUrl, stack.info.chainId, { staticNetwork: true });
    try {
      const latest = await rpc.getBlockNumber();
      const chunks: string[] = [];
      for (let number = 0; number <= latest; number++) {
        const block = await rpc.getBlock(number, true);
        for (const tx of block?.prefetchedTransactions ?? []) chunks.push(tx.data.toLowerCase());
      }
      const contracts = Object.values(stack.info.contracts);
      const logs = await rpc.getLogs({ fromBlock: 0, toBlock: latest, address: contracts });
      for (const log of logs) chunks.push(log.data.toLowerCase(), ...log.topics.map((topic) => topic.toLowerCase()));
      expect(chunks.length).toBeGreaterThan(ingested.length);
      const chainText = chunks.join('\n');
      const phi = phiOf(ingested.map((item) => item.bundle));
      const forms = phi.flatMap((value) => {
        const bytes = Buffer.from(value, 'utf8');
        return [
          { what: 'utf-8', hex: bytes.toString('hex') },
          { what: 'sha-256', hex: createHash('sha256').update(bytes).digest('hex') },
          { what: 'keccak-256', hex: keccak256(bytes).slice(2) },
          { what: 'sha-256 of us-ssn|value', hex: createHash('sha256').update(`${US_SSN}|${value}`).digest('hex') },
        ];
      });
      // A value's UTF-8 hex is searched when it is at least 6 bytes: 12 hex digits do not occur by chance
      // in a few MB of calldata, whereas 8 could. Hashes are 64 digits and always searched.
      const found = forms.filter((form) => (form.what !== 'utf-8' || form.hex.length >= 12) && chainText.includes(form.hex)).map((form) => form.what);
      expect(found).toEqual([]);
    } finally {
      rpc.destroy();
    }
  });

  test('no patient name, SSN, MRN or birth date is stored or logged in plaintext', async () => {
    const phi = phiOf(ingested.map((item) => item.bundle));
    expect(phi.length).toBeGreaterThan(ingested.length * 3);
    // Files and sealed objects hold ciphertext, in which any given 4 bytes occur by chance (about once
    // in 4 GB, and the full data set stores tens of megabytes against hundreds of names): there only
    // values of 6 characters or more count (by chance once in 280 TB). Names as short as 4 are
    // searched in every text the exchange wrote itself: table items, as their API returns them, and logs.
    const haystacks: { where: string; text: string; binary?: boolean }[] = [];
    // Every byte under the stand-ins' data folder.
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else haystacks.push({ where: path, text: (await readFile(path)).toString('latin1'), binary: true });
      }
    };
    await walk(stack.dataDir);
    // What the tables and buckets hold, as their APIs return it (not compressed as on disk).
    for (const table of ['catalog', 'audit', 'branchKeys', 'clients', 'keys'] as const) haystacks.push({ where: `table ${table}`, text: JSON.stringify(await store.items(table)) });
    // The audit table scanned holds the entries of the reads and the erasure above (a person's
    // erasure by the admin is scanned in admin-erasure.test.ts).
    const audited = new Set((await store.items('audit')).map((entry) => entry['action']));
    for (const action of ['read', 'vread', 'everything', 'erase']) expect(audited.has(action), action).toBe(true);
    for (const key of await store.objectKeys('vault')) haystacks.push({ where: `object ${key}`, text: Buffer.from(await store.object('vault', key)).toString('latin1'), binary: true });
    haystacks.push({ where: 'logs', text: stack.output });
    expect(stack.output.length).toBeGreaterThan(1000);
    const found = haystacks.flatMap(({ where, text, binary }) => phi.filter((value) => (!binary || value.length >= 6) && text.includes(value)).map((value) => `${where}: ${value.length} chars`));
    expect(found).toEqual([]);
  });
});
