import { Wallet } from 'ethers';
import type { Bundle, Parameters, Patient } from 'fhir/r4.d.ts';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { formatMs, median, percentile } from './stats.ts';

/**
 * `npm run bench -- access [--runs N]`: what consent costs a read, and what consent costs on chain.
 *
 * On a fresh local stack per run, provider A (dev-provider-a) holds one Synthea patient; the
 * patient enrolls with a code from A and grants provider B (dev-provider-b) consent for treatment.
 * Then, alternating one request each, REQUESTS times after WARMUP:
 * - reference: A's `GET [base]/Patient/{id}/$everything` of its own records (own-records);
 * - measured: B's `GET [base]/Patient/$everything?identifier=<ssn>` of the same records
 *   (pseudonym by KMS GenerateMac, consent read from the ConsentRegistry and cached at most 30 s,
 *   the holders from the catalog, ids scoped to the holder).
 * Same bytes decrypted, same audit write; the ratio of the p50s is the price of consent with a
 * warm consent cache (target at most 1.5). Gas of the enrollment (setController), the grant and the
 * revocation comes from their receipts.
 */

const WARMUP = 20;
const REQUESTS = 200;
const US_SSN = 'http://hl7.org/fhir/sid/us-ssn';
const TARGET_RATIO = 1.5;

interface RunResult {
  own: number[];
  consented: number[];
  entries: number;
  gas: { enroll: bigint; grant: bigint; revoke: bigint };
}

async function call(url: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}), ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${new URL(url).pathname}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { status: response.status, body };
}

async function gasOf(stack: StackProcess, transaction: string): Promise<bigint> {
  const answer = await call(stack.info.rpcUrl, { method: 'POST', body: { jsonrpc: '2.0', id: 1, method: 'eth_getTransactionReceipt', params: [transaction] } });
  return BigInt(answer.body.result.gasUsed);
}

async function timed(url: string, token: string): Promise<{ ms: number; entries: number }> {
  const started = performance.now();
  const { body } = await call(url, { token });
  return { ms: performance.now() - started, entries: (body as Bundle).entry?.length ?? 0 };
}

async function run(): Promise<RunResult> {
  const stack = await StackProcess.start();
  try {
    const [tokenA, tokenB] = await Promise.all([stack.token('dev-provider-a'), stack.token('dev-provider-b')]);
    const fhir = stack.info.fhirBase;
    const text = syntheaPatientText(0);
    const patient = (JSON.parse(text) as Bundle).entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient;
    const ssn = patient.identifier!.find((identifier) => identifier.system === US_SSN)!.value!;
    const posted = await call(fhir, { method: 'POST', token: tokenA, body: JSON.parse(text) });
    const patientId = (posted.body as Bundle).entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;

    // Enrollment and consent, as the patient's wallet does them.
    const wallet = Wallet.createRandom();
    const code = ((await call(`${fhir}/Patient/${patientId}/$enrollment-code`, { method: 'POST', token: tokenA })).body as Parameters).parameter!.find((p) => p.name === 'code')!.valueString!;
    const message = (await call(`${stack.origin}/patient/enroll?code=${code}&address=${wallet.address}`)).body.message as string;
    const enrolled = await call(`${stack.origin}/patient/enroll`, { method: 'POST', body: { code, address: wallet.address, signature: await wallet.signMessage(message) } });
    const consent = async (action: 'grant' | 'revoke') => {
      const typed = (await call(`${stack.origin}/patient/consents/$prepare`, { method: 'POST', body: { address: wallet.address, action, grantee: 'dev-clinic-b', purpose: 'treatment' } })).body;
      const signature = await wallet.signTypedData(typed.domain, typed.types, typed.message);
      return (await call(`${stack.origin}/patient/consents`, { method: 'POST', body: { primaryType: typed.primaryType, message: typed.message, signature } })).body.transaction as string;
    };
    const granted = await consent('grant');

    const ownUrl = `${fhir}/Patient/${patientId}/$everything`;
    const consentedUrl = `${fhir}/Patient/$everything?identifier=${encodeURIComponent(`${US_SSN}|${ssn}`)}`;
    for (let i = 0; i < WARMUP; i++) {
      await timed(ownUrl, tokenA);
      await timed(consentedUrl, tokenB);
    }
    const own: number[] = [];
    const consented: number[] = [];
    let entries = 0;
    for (let i = 0; i < REQUESTS; i++) {
      own.push((await timed(ownUrl, tokenA)).ms);
      const answer = await timed(consentedUrl, tokenB);
      consented.push(answer.ms);
      entries = answer.entries;
    }
    const revoked = await consent('revoke');
    return { own, consented, entries, gas: { enroll: await gasOf(stack, enrolled.body.transaction), grant: await gasOf(stack, granted), revoke: await gasOf(stack, revoked) } };
  } finally {
    await stack.dispose();
  }
}

export async function accessBenchmark(runs: number): Promise<void> {
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await run();
    results.push(result);
    process.stderr.write(
      `run ${i + 1}/${runs}: own p50 ${result.own.length ? percentile(result.own, 50).toFixed(1) : '-'} ms, consented p50 ${percentile(result.consented, 50).toFixed(1)} ms (${result.entries} entries)\n`,
    );
  }
  const m = (pick: (r: RunResult) => number) => median(results.map(pick));
  const ms = (value: number) => (value >= 1000 ? formatMs(value) : `${value.toFixed(1)} ms`);
  const ownP50 = m((r) => percentile(r.own, 50));
  const consentedP50 = m((r) => percentile(r.consented, 50));
  const ratio = consentedP50 / ownP50;
  const out = [
    `Consent-checked cross-provider $everything against the same records read as own records (local stack, fresh per run; ${WARMUP} warm-up + ${REQUESTS} requests of each, alternating, one at a time; ${results[0]!.entries} entries each), median of ${runs} runs`,
    `  own records        (A: GET Patient/{id}/$everything)                 p50 ${ms(ownP50)}  p99 ${ms(m((r) => percentile(r.own, 99)))}`,
    `  consent, warm cache (B: GET Patient/$everything?identifier=ssn|…)   p50 ${ms(consentedP50)}  p99 ${ms(m((r) => percentile(r.consented, 99)))}`,
    `  ratio of p50s ${ratio.toFixed(2)}x (target <= ${TARGET_RATIO}x): ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}`,
    `Gas (ConsentRegistry, from the receipts): enrollment (setController) ${m((r) => Number(r.gas.enroll)).toLocaleString('en-US')}, grant ${m((r) => Number(r.gas.grant)).toLocaleString('en-US')}, revoke ${m((r) => Number(r.gas.revoke)).toLocaleString('en-US')}`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
