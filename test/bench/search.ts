import { readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Bundle, Observation } from 'fhir/r4.d.ts';
import { SYNTHEA_DIRECTORY, dataFiles, syntheaPatientBundles } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { formatMs, median, percentile } from './stats.ts';

/**
 * `npm run bench -- search [--runs N]`: what the common compartment searches cost beside a plain
 * `$everything` of the same patient, in the same run.
 *
 * On a fresh local stack per run, provider A holds the largest Synthea patient of the data in use
 * (with its folder's hospitals and practitioners). Then, one request at a time, cycling through the
 * three after WARMUP cycles, CYCLES times:
 * - `GET [base]/Observation?patient={id}&category=laboratory&date=ge{the median day}`;
 * - `GET [base]/Observation?patient={id}&_count=50`, then every `next` link to the end (each page
 *   one sample: what a client paging through the Observations waits per page);
 * - reference: `GET [base]/Patient/{id}/$everything`.
 * Every search decrypts the patient's compartment (cached briefly by the reader) and evaluates the
 * official FHIRPath expressions over it; the ratios are of p50s to $everything's p50.
 */

const WARMUP = 5;
const CYCLES = 40;

interface RunResult {
  filtered: number[];
  paged: number[];
  everything: number[];
  matches: number;
  pages: number;
  entries: number;
}

async function call(url: string, token: string, init: { method?: string; body?: string } = {}): Promise<{ ms: number; body: Bundle }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'Content-Type': 'application/fhir+json' }) },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const body = (await response.json()) as Bundle;
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${new URL(url).pathname}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { ms, body };
}

async function run(file: string): Promise<RunResult> {
  const stack = await StackProcess.start();
  try {
    const token = await stack.token('dev-provider-a');
    const fhir = stack.info.fhirBase;
    const folder = basename(dirname(file));
    for (const directory of dataFiles(folder).filter((name) => SYNTHEA_DIRECTORY.test(basename(name)))) {
      // A directory that is invalid on its own (one of microsoft's) is simply not there.
      await call(fhir, token, { method: 'POST', body: readFileSync(directory, 'utf8') }).catch(() => undefined);
    }
    const text = readFileSync(file, 'utf8');
    const posted = await call(fhir, token, { method: 'POST', body: text });
    const patientId = posted.body.entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;
    const days = (JSON.parse(text) as Bundle).entry!.flatMap((entry) => (entry.resource?.resourceType === 'Observation' && (entry.resource as Observation).effectiveDateTime ? [(entry.resource as Observation).effectiveDateTime!.slice(0, 10)] : [])).sort();
    const since = days[Math.floor(days.length / 2)]!;

    const filteredUrl = `${fhir}/Observation?patient=${patientId}&category=laboratory&date=ge${since}`;
    const pagedUrl = `${fhir}/Observation?patient=${patientId}&_count=50`;
    const everythingUrl = `${fhir}/Patient/${patientId}/$everything`;
    const result: RunResult = { filtered: [], paged: [], everything: [], matches: 0, pages: 0, entries: 0 };
    for (let cycle = 0; cycle < WARMUP + CYCLES; cycle++) {
      const measured = cycle >= WARMUP;
      const filtered = await call(filteredUrl, token);
      let pages = 0;
      for (let url: string | undefined = pagedUrl; url; pages++) {
        const page = await call(url, token);
        if (measured) result.paged.push(page.ms);
        url = page.body.link?.find((link) => link.relation === 'next')?.url;
      }
      const everything = await call(everythingUrl, token);
      if (!measured) continue;
      result.filtered.push(filtered.ms);
      result.everything.push(everything.ms);
      result.matches = filtered.body.total ?? 0;
      result.pages = pages;
      result.entries = everything.body.entry?.length ?? 0;
    }
    return result;
  } finally {
    await stack.dispose();
  }
}

export async function searchBenchmark(runs: number): Promise<void> {
  const file = syntheaPatientBundles().sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await run(file);
    results.push(result);
    process.stderr.write(
      `run ${i + 1}/${runs}: filtered p50 ${percentile(result.filtered, 50).toFixed(1)} ms, page p50 ${percentile(result.paged, 50).toFixed(1)} ms, $everything p50 ${percentile(result.everything, 50).toFixed(1)} ms\n`,
    );
  }
  const m = (pick: (r: RunResult) => number) => median(results.map(pick));
  const ms = (value: number) => (value >= 1000 ? formatMs(value) : `${value.toFixed(1)} ms`);
  const everythingP50 = m((r) => percentile(r.everything, 50));
  const line = (label: string, samples: (r: RunResult) => number[]) => {
    const p50 = m((r) => percentile(samples(r), 50));
    return `  ${label} p50 ${ms(p50)}  p99 ${ms(m((r) => percentile(samples(r), 99)))}  (${(p50 / everythingP50).toFixed(2)}x $everything)`;
  };
  const first = results[0]!;
  const out = [
    `Compartment search on the largest Synthea patient (${basename(file)}, ${(statSync(file).size / 1e6).toFixed(1)} MB; local stack, fresh per run; ${WARMUP} warm-up + ${CYCLES} cycles of the three, one request at a time), median of ${runs} runs`,
    line(`Observation?patient=&category=laboratory&date=ge… (${first.matches} matches)         `, (r) => r.filtered),
    line(`Observation?patient=&_count=50, each page of ${first.pages} via next links        `, (r) => r.paged),
    `  reference: Patient/{id}/$everything (${first.entries} entries)                       p50 ${ms(everythingP50)}  p99 ${ms(m((r) => percentile(r.everything, 99)))}`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
