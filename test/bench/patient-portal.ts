import { gzipSync } from 'node:zlib';
import { Wallet } from 'ethers';
import type { Bundle, Parameters, Patient } from 'fhir/r4.d.ts';
import type { Page } from 'playwright-core';
import { buildPortal } from '../../portal/build.ts';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { injectWallet, launchChromium } from '../support/injected-wallet.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { formatMs, median } from './stats.ts';

/**
 * The portal half of `npm run bench -- patient`:
 * - size: the portal's JavaScript as built (portal/build.ts), raw and gzipped (level 9, what a
 *   CDN sends), target under 200 KB gzipped; with its HTML and CSS, everything a first visit loads;
 * - time to interactive in headless Chromium (Debian's, through playwright-core) on a fresh local
 *   stack, from navigation start to the page's `portal-interactive` mark: signed out (the wallet
 *   buttons are there and the session is known) and signed in with a Synthea patient held by two
 *   providers (holders, records, consents and access log loaded and rendered). Beside them, in the
 *   same browser and the same run, the reference: the same server's 404 for a missing portal file
 *   (a round trip and an empty document: what no page can beat).
 * LOADS page loads of each kind per run after WARMUP; medians over runs of the per-run medians.
 */

const WARMUP = 2;
const LOADS = 10;
const TARGET_GZIP_BYTES = 200 * 1024;
const US_SSN = 'http://hl7.org/fhir/sid/us-ssn';

export interface PortalSize {
  jsBytes: number;
  jsGzipBytes: number;
  totalGzipBytes: number;
}

export function portalSize(): PortalSize {
  const files = buildPortal();
  const js = files.find((file) => file.path === 'portal.js')!;
  const loaded = files.filter((file) => /\.(js|css|html)$/.test(file.path));
  return {
    jsBytes: js.body.length,
    jsGzipBytes: gzipSync(js.body, { level: 9 }).length,
    totalGzipBytes: loaded.reduce((sum, file) => sum + gzipSync(file.body, { level: 9 }).length, 0),
  };
}

interface RunResult {
  reference: number;
  signedOut: number;
  signedIn: number;
  entries: number;
}

async function call(url: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<any> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}), ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${new URL(url).pathname}: HTTP ${response.status}`);
  return body;
}

/** Milliseconds from navigation start to the page's mark `name` (waiting for it). */
async function markedAt(page: Page, name: string): Promise<number> {
  // A function, not a string: the page's Content-Security-Policy forbids evaluating strings.
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: 60_000 });
  return Number(await page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)})[0].startTime`));
}

async function loads(page: Page, url: string, measure: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + LOADS; i++) {
    await page.goto(url, { waitUntil: 'commit' });
    const ms = await measure();
    if (i >= WARMUP) times.push(ms);
  }
  return median(times);
}

async function run(): Promise<RunResult> {
  const stack = await StackProcess.start();
  const browser = await launchChromium();
  try {
    // Two providers hold the same person; the wallet enrolls with A's code.
    const [tokenA, tokenB] = await Promise.all([stack.token('dev-provider-a'), stack.token('dev-provider-b')]);
    const text = syntheaPatientText(0);
    const atA = (await call(stack.info.fhirBase, { method: 'POST', token: tokenA, body: JSON.parse(text) })) as Bundle;
    const copy = JSON.parse(text) as Bundle;
    const patient = copy.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient;
    if (!patient.identifier?.some((identifier) => identifier.system === US_SSN)) throw new Error('The benchmark patient has no SSN to link its holders');
    const mrn = patient.identifier.find((identifier) => identifier.type?.coding?.[0]?.code === 'MR')!;
    mrn.value = `clinic-b-${mrn.value}`;
    await call(stack.info.fhirBase, { method: 'POST', token: tokenB, body: copy });
    const patientId = atA.entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;
    const key = Wallet.createRandom();
    const issued = (await call(`${stack.info.fhirBase}/Patient/${patientId}/$enrollment-code`, { method: 'POST', token: tokenA })) as Parameters;
    const code = issued.parameter!.find((parameter) => parameter.name === 'code')!.valueString!;
    const { message } = await call(`${stack.origin}/patient/enroll?code=${code}&address=${key.address}`);
    await call(`${stack.origin}/patient/enroll`, { method: 'POST', body: { code, address: key.address, signature: await key.signMessage(message as string) } });

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await injectWallet(context, key, { chainId: stack.info.chainId });
    const page = await context.newPage();
    const missing = `${stack.origin}/portal/missing`;
    const reference = await loads(page, missing, async () => {
      await page.waitForLoadState('load');
      return Number(await page.evaluate(`performance.getEntriesByType('navigation')[0].loadEventEnd`));
    });
    const signedOut = await loads(page, stack.info.portalUrl, () => markedAt(page, 'portal-interactive'));
    // Sign in once through the page; the session cookie then opens every load signed in.
    await page.getByRole('button', { name: 'Sign in with Test Wallet' }).click();
    await page.locator('details.raw-view').waitFor({ timeout: 60_000 });
    const signedIn = await loads(page, stack.info.portalUrl, () => markedAt(page, 'portal-interactive'));
    const problems = await page.locator('.error:not([hidden])').allInnerTexts();
    if (problems.length) throw new Error(`The signed-in page shows errors: ${problems.join('; ')}`);
    const entries = Number(((await page.locator('details.raw-view summary').innerText()).match(/all (\d+) resources/) ?? [])[1]);
    await context.close();
    return { reference, signedOut, signedIn, entries };
  } finally {
    await browser.close();
    await stack.dispose();
  }
}

/** Prints the portal's size and its time to interactive, medians of `runs` runs. */
export async function portalBenchmark(runs: number): Promise<void> {
  const size = portalSize();
  process.stdout.write(
    [
      'Patient portal: size as built (portal/build.ts, esbuild, minified)',
      `  portal.js            ${(size.jsBytes / 1024).toFixed(1)} KB, gzipped ${(size.jsGzipBytes / 1024).toFixed(1)} KB (target < ${TARGET_GZIP_BYTES / 1024} KB: ${size.jsGzipBytes < TARGET_GZIP_BYTES ? 'met' : 'MISSED'})`,
      `  first visit (HTML + CSS + JS), gzipped ${(size.totalGzipBytes / 1024).toFixed(1)} KB`,
      '',
    ].join('\n'),
  );
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await run();
    results.push(result);
    process.stdout.write(
      `  run ${i + 1}/${runs}: reference ${formatMs(result.reference)}, signed out ${formatMs(result.signedOut)}, signed in with ${result.entries} resources ${formatMs(result.signedIn)}\n`,
    );
  }
  const reference = median(results.map((result) => result.reference));
  const signedOut = median(results.map((result) => result.signedOut));
  const signedIn = median(results.map((result) => result.signedIn));
  process.stdout.write(
    [
      `Time to interactive in headless Chromium on the local stack (median of ${runs} runs × ${LOADS} loads):`,
      `  reference: a 404 of the same server, loaded      ${formatMs(reference)}`,
      `  signed out (wallet buttons, session checked)     ${formatMs(signedOut)}  (${(signedOut / reference).toFixed(1)}x the reference)`,
      `  signed in, two holders' records rendered         ${formatMs(signedIn)}  (${(signedIn / reference).toFixed(1)}x the reference)`,
      '',
    ].join('\n'),
  );
}
