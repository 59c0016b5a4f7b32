import type { Bundle } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { percentile } from '../bench/stats.ts';

/**
 * A bounded load on the loopback stack: ingests of new Synthea patients, compartment searches,
 * paging, $everything, history and reads of patients already stored, all at once (CONCURRENCY
 * requests in flight, REQUESTS in all, two providers). Nothing may answer 5xx; each kind's p99 is
 * reported on stdout. No timing is asserted (the machine is shared): only correctness under load.
 */

const CONCURRENCY = 8;
const REQUESTS = 120;
const SEEDED = 2;
const INGESTS = 6;

let stack: StackProcess;
const tokens: string[] = [];
/** Patients stored before the load, per provider token: [token index, patient id, an Observation id]. */
const seeded: { token: number; patientId: string; observationId: string }[] = [];

async function send(url: string, token: string, body?: string): Promise<{ status: number; ms: number; body: any }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/fhir+json' }) },
    ...(body === undefined ? {} : { body }),
  });
  const parsed = await response.json();
  return { status: response.status, ms: performance.now() - started, body: parsed };
}

beforeAll(async () => {
  stack = await StackProcess.start();
  tokens.push(await stack.token('dev-provider-a'), await stack.token('dev-provider-b'));
  for (let index = 0; index < SEEDED; index++) {
    const token = index % 2;
    const answer = await send(stack.info.fhirBase, tokens[token]!, syntheaPatientText(100 + index));
    expect(answer.status).toBe(200);
    const locations = (answer.body as Bundle).entry!.map((entry) => entry.response!.location!);
    seeded.push({ token, patientId: locations.find((l) => l.startsWith('Patient/'))!.split('/')[1]!, observationId: locations.find((l) => l.startsWith('Observation/'))!.split('/')[1]! });
  }
}, 240_000);

afterAll(async () => {
  await stack?.dispose();
});

test('concurrent ingest, search, paging, $everything, history and reads: no 5xx, every answer what it should be; p99 per kind reported', async () => {
  const fhir = stack.info.fhirBase;
  type Kind = 'ingest' | 'search' | 'page' | 'everything' | 'history' | 'read';
  const work: { kind: Kind; run: () => Promise<{ status: number; ms: number; body: any }> }[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const target = seeded[i % seeded.length]!;
    const token = tokens[target.token]!;
    if (i % Math.floor(REQUESTS / INGESTS) === 0) {
      const text = syntheaPatientText(200 + i);
      work.push({ kind: 'ingest', run: () => send(fhir, tokens[i % 2]!, text) });
      continue;
    }
    const kinds: [Kind, string][] = [
      ['search', `${fhir}/Observation?patient=${target.patientId}&category=vital-signs&date=ge2000-01-01`],
      ['page', `${fhir}/Observation?patient=${target.patientId}&_count=10&_offset=${(i % 3) * 10}`],
      ['everything', `${fhir}/Patient/${target.patientId}/$everything?_count=50`],
      ['history', `${fhir}/Patient/${target.patientId}/_history`],
      ['read', `${fhir}/Observation/${target.observationId}`],
    ];
    const [kind, url] = kinds[i % kinds.length]!;
    work.push({ kind, run: () => send(url, token) });
  }

  const timings = new Map<Kind, number[]>();
  const failures: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < work.length) {
        const item = work[next++]!;
        const answer = await item.run();
        (timings.get(item.kind) ?? timings.set(item.kind, []).get(item.kind)!).push(answer.ms);
        if (answer.status !== 200) failures.push(`${item.kind}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
        else if (item.kind === 'ingest') expect((answer.body as Bundle).type).toBe('transaction-response');
        else if (item.kind === 'read') expect(answer.body.resourceType).toBe('Observation');
        else expect(answer.body.resourceType).toBe('Bundle');
      }
    }),
  );
  expect(failures).toEqual([]);
  const all = [...timings.values()].flat();
  expect(all).toHaveLength(REQUESTS);
  const report = [...timings].map(([kind, samples]) => `${kind} n=${samples.length} p50 ${percentile(samples, 50).toFixed(0)} ms p99 ${percentile(samples, 99).toFixed(0)} ms`);
  process.stdout.write(`load (${CONCURRENCY} in flight, ${REQUESTS} requests): ${report.join('; ')}; all p99 ${percentile(all, 99).toFixed(0)} ms\n`);
}, 300_000);
