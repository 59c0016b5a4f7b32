import { randomBytes } from 'node:crypto';
import { RawAesKeyringNode, RawAesWrappingSuiteIdentifier, buildClient, CommitmentPolicy } from '@aws-crypto/client-node';
import { Wallet } from 'ethers';
import type { Bundle, Resource } from 'fhir/r4.d.ts';
import { createDeidentifier } from '../../functions/deid/engine.ts';
import { syntheaPatientBundles, syntheaPatientText } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { benchSafeHarborConfig, measureEngine } from './deidentify.ts';
import { EXPORT_FIRST_RULES } from '../../functions/export/export-services.ts';
import { formatMs, median } from './stats.ts';

/**
 * `npm run bench -- export [--runs N]`: Bulk Data export for research, end to end on the local
 * stack, beside its in-process floor and the de-identification engine alone, in the same run.
 *
 * Per run, on a fresh local stack: every Synthea patient bundle of the test data is ingested by
 * dev-provider-a; every patient enrolls a wallet, and the first half grants dev-research research
 * consent. An export of that half (N patients) runs first, for the worker's peak heap alone; then
 * the other half grants consent too (2N). Then:
 * - end to end: `GET [base]/$export` kick-off → polling → every NDJSON file downloaded through the
 *   manifest's links (five at a time, as bulk-data-client does by default); resources/s = exported
 *   resources / (kick-off to last byte);
 * - floor, in this process, over the same patients' resources: each patient's object as the vault
 *   stores it, sealed once up front with the Encryption SDK (committing suite, a raw AES key), then
 *   timed: decrypt + JSON.parse + de-identify (Safe Harbor) + JSON.stringify;
 * - the engine alone: measureEngine (test/bench/deidentify.ts), the same resources, one core;
 * - the worker thread's peak heap during each job (sampled per patient, per opened object and once the files are written,
 *   from its log line), for N and for 2N patients: it stays flat when only a few patients' records
 *   and lines are held at a time. (The thread shares the stack's process, so its RSS says nothing
 *   of the worker alone.)
 * - the worker's own run of the 2N export (its log line): wall time and the time its thread was busy.
 * Targets (issue 13): end to end at least 40% of the floor; the engine at least 20,000 resources/s.
 */

const TARGET_FLOOR_SHARE = 0.4;
const TARGET_ENGINE_RATE = 20_000;
/** Files downloaded at once, as bulk-data-client's default configuration does. */
const PARALLEL_DOWNLOADS = 5;

interface RunResult {
  resources: number;
  patients: number;
  endToEndMs: number;
  floorMs: number;
  peakHeapBytes: number;
  /** The peak heap of the export of the first half of the patients. */
  halfPeakHeapBytes: number;
  /** The worker's own run of the whole export (its log line): wall time, and the time its thread was busy. */
  workerMs: number;
  workerActiveMs: number;
}

async function call(url: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}), ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as any) : undefined };
}

function expectOk(answer: { status: number; body: unknown }, what: string): void {
  if (answer.status >= 300) throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
}

/** Each patient's stored object plaintext, as the vault seals it (functions/vault/storage/vault-objects.ts). */
function objectPlaintexts(texts: readonly string[]): Buffer[] {
  return texts.map((text) => {
    const bundle = JSON.parse(text) as Bundle;
    const entries = (bundle.entry ?? []).map((entry, index) => ({ type: entry.resource!.resourceType, id: entry.resource!.id ?? String(index), versionId: '1', lastUpdated: new Date().toISOString(), salt: randomBytes(32).toString('base64'), resource: entry.resource }));
    return Buffer.from(JSON.stringify({ format: 'fhirx-object/1', entries }));
  });
}

async function floor(plaintexts: readonly Buffer[]): Promise<number> {
  const { encrypt, decrypt } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
  const keyring = new RawAesKeyringNode({ keyName: 'bench', keyNamespace: 'bench', unencryptedMasterKey: randomBytes(32), wrappingSuite: RawAesWrappingSuiteIdentifier.AES256_GCM_IV12_TAG16_NO_PADDING });
  const sealed = await Promise.all(plaintexts.map(async (plaintext) => (await encrypt(keyring, plaintext)).result));
  const engine = createDeidentifier(benchSafeHarborConfig(EXPORT_FIRST_RULES));
  const pass = async () => {
    let lines = 0;
    for (const ciphertext of sealed) {
      const { plaintext } = await decrypt(keyring, ciphertext);
      const object = JSON.parse(plaintext.toString('utf8')) as { entries: { resource: Resource }[] };
      for (const entry of object.entries) lines += JSON.stringify(engine.deidentify(entry.resource)).length > 0 ? 1 : 0;
    }
    return lines;
  };
  await pass();
  const started = performance.now();
  await pass();
  return performance.now() - started;
}

async function run(texts: readonly string[]): Promise<RunResult> {
  const stack = await StackProcess.start(undefined, { EXPORT_WORKER_INTERVAL_MS: '100' });
  try {
    const fhir = stack.info.fhirBase;
    const [provider, research] = await Promise.all([stack.token('dev-provider-a'), stack.token('dev-research', 'system/*.rs')]);
    const wallets: { wallet: ReturnType<typeof Wallet.createRandom> }[] = [];
    for (const text of texts) {
      const ingested = await call(fhir, { method: 'POST', token: provider, body: JSON.parse(text) });
      expectOk(ingested, 'ingest');
      const patientId = (ingested.body as Bundle).entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;
      const wallet = Wallet.createRandom();
      const issued = await call(`${fhir}/Patient/${patientId}/$enrollment-code`, { method: 'POST', token: provider });
      expectOk(issued, 'enrollment code');
      const code = issued.body.parameter.find((parameter: { name: string }) => parameter.name === 'code').valueString as string;
      const message = (await call(`${stack.origin}/patient/enroll?code=${code}&address=${wallet.address}`)).body.message as string;
      expectOk(await call(`${stack.origin}/patient/enroll`, { method: 'POST', body: { code, address: wallet.address, signature: await wallet.signMessage(message) } }), 'enroll');
      wallets.push({ wallet });
    }
    const grant = async (wallet: ReturnType<typeof Wallet.createRandom>) => {
      const prepared = await call(`${stack.origin}/patient/consents/$prepare`, { method: 'POST', body: { address: wallet.address, action: 'grant', grantee: 'dev-research', purpose: 'research' } });
      expectOk(prepared, 'prepare');
      const signature = await wallet.signTypedData(prepared.body.domain, prepared.body.types, prepared.body.message);
      expectOk(await call(`${stack.origin}/patient/consents`, { method: 'POST', body: { primaryType: 'Consent', message: prepared.body.message, signature } }), 'grant');
    };
    const half = Math.floor(wallets.length / 2);
    for (const { wallet } of wallets.slice(0, half)) await grant(wallet);

    /** One export, end to end: kick-off, polling, every file downloaded. */
    const exportAll = async () => {
      const started = performance.now();
      const kickOff = await call(`${fhir}/$export`, { token: research, headers: { Accept: 'application/fhir+json', Prefer: 'respond-async' } });
      expectOk(kickOff, 'kick-off');
      const statusUrl = kickOff.headers.get('content-location')!;
      let manifest: { output: { url: string; count: number }[] } | undefined;
      while (!manifest) {
        const polled = await call(statusUrl, { token: research });
        expectOk(polled, 'status');
        if (polled.status === 200) manifest = polled.body;
        else await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Five downloads at a time, as bulk-data-client's default configuration (parallelDownloads: 5).
      let resources = 0;
      const queue = [...manifest.output];
      const downloader = async () => {
        for (let file = queue.shift(); file; file = queue.shift()) {
          const lines = (await (await fetch(file.url)).text()).split('\n').filter((line) => line !== '').length;
          resources += lines;
        }
      };
      await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, downloader));
      const ms = performance.now() - started;
      const counted = manifest.output.reduce((sum, file) => sum + file.count, 0);
      if (resources !== counted) throw new Error(`downloaded ${resources} lines, the manifest counts ${counted}`);
      return { resources, ms };
    };
    const runs = () => [...stack.output.matchAll(/"export run".*?"ms":(\d+),"activeMs":(\d+),"peakHeapBytes":(\d+)/g)].map((match) => ({ ms: Number(match[1]), activeMs: Number(match[2]), peakHeapBytes: Number(match[3]) }));
    /** The worker logs its run once the job is complete, which may be after the client has its files. */
    const runLogged = async (count: number) => {
      for (const deadline = Date.now() + 30_000; runs().length < count; ) {
        if (Date.now() > deadline) throw new Error('the export worker did not log its run');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return runs()[count - 1]!;
    };
    await exportAll();
    const { peakHeapBytes: halfPeakHeapBytes } = await runLogged(1);
    for (const { wallet } of wallets.slice(half)) await grant(wallet);
    const { resources, ms: endToEndMs } = await exportAll();
    const { peakHeapBytes, ms: workerMs, activeMs: workerActiveMs } = await runLogged(2);
    return { resources, patients: texts.length, endToEndMs, floorMs: await floor(objectPlaintexts(texts)), peakHeapBytes, halfPeakHeapBytes, workerMs, workerActiveMs };
  } finally {
    await stack.dispose();
  }
}

export async function exportBenchmark(runs: number): Promise<void> {
  const texts = syntheaPatientBundles().map((_file, index) => syntheaPatientText(index));
  const results: RunResult[] = [];
  for (let index = 0; index < runs; index++) {
    const result = await run(texts);
    results.push(result);
    process.stderr.write(
      `run ${index + 1}/${runs}: ${result.resources} resources of ${result.patients} patients end to end in ${formatMs(result.endToEndMs)} (the worker's run ${formatMs(result.workerMs)}, its thread busy ${formatMs(result.workerActiveMs)}), floor ${formatMs(result.floorMs)}; ratio ${(result.floorMs / result.endToEndMs).toFixed(2)}; worker peak heap ${(result.halfPeakHeapBytes / 1024 / 1024).toFixed(0)} MB (${Math.floor(result.patients / 2)} patients), ${(result.peakHeapBytes / 1024 / 1024).toFixed(0)} MB (${result.patients})\n`,
    );
  }
  const resources = results[0]!.resources;
  const endToEnd = median(results.map((result) => result.resources / (result.endToEndMs / 1000)));
  const floorRate = median(results.map((result) => result.resources / (result.floorMs / 1000)));
  const engine = measureEngine(texts.flatMap((text) => ((JSON.parse(text) as Bundle).entry ?? []).map((entry) => entry.resource!)), 7);
  const peak = median(results.map((result) => result.peakHeapBytes));
  const halfPeak = median(results.map((result) => result.halfPeakHeapBytes));
  const half = Math.floor(results[0]!.patients / 2);
  const rate = (value: number) => Math.round(value).toLocaleString('en-US').padStart(9);
  process.stdout.write(
    [
      '',
      `Bulk export of ${results[0]!.patients} consenting Synthea patients (${resources} resources), median of ${runs} runs`,
      `  end to end (kick-off, poll, download)    ${rate(endToEnd)} resources/s`,
      `  floor in process (decrypt+parse+deid+serialise) ${rate(floorRate)} resources/s   end to end = ${((endToEnd / floorRate) * 100).toFixed(0)}% of it (target ≥ ${TARGET_FLOOR_SHARE * 100}%; median of the runs' ratios ${(median(results.map((result) => result.floorMs / result.endToEndMs)) * 100).toFixed(0)}%)`,
      `  the worker's own run                     ${formatMs(median(results.map((result) => result.workerMs)))} (its thread busy ${formatMs(median(results.map((result) => result.workerActiveMs)))}), beside the floor's ${formatMs(median(results.map((result) => result.floorMs)))}`,
      `  engine alone, one core (Safe Harbor)     ${rate(engine.resourcesPerCpuSecond)} resources/CPU-s (wall ${rate(engine.resourcesPerSecond)}; target ≥ ${TARGET_ENGINE_RATE.toLocaleString('en-US')})`,
      `  export worker peak heap                  ${(halfPeak / 1024 / 1024).toFixed(0)} MB exporting ${half} patients, ${(peak / 1024 / 1024).toFixed(0)} MB exporting ${results[0]!.patients}`,
      '',
    ].join('\n'),
  );
}
