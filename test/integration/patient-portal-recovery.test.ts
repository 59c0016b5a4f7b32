import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { JsonRpcProvider, Wallet } from 'ethers';
import type { HDNodeWallet } from 'ethers';
import type { Bundle, Parameters } from 'fhir/r4.d.ts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { injectWallet, launchChromium } from '../support/injected-wallet.ts';
import type { TestWallet } from '../support/injected-wallet.ts';
import { REPO_ROOT, StackProcess } from '../support/local-stack-process.ts';

/**
 * A pending wallet recovery in the patient portal (headless Chromium, injected EIP-6963 wallet,
 * the local stack): provider A holds a Synthea patient whose old wallet enrolled. A recovery code
 * is redeemed by another wallet; the old wallet, signed in, sees the recovery above everything and
 * cancels it in the page (an EIP-712 RecoveryCancellation). A second recovery is proposed to a
 * new wallet, which sees when it takes effect and, once the chain's clock has passed the delay
 * (evm_increaseTime), completes it in the page and sees the records. Screenshots go to
 * test-results/patient-portal-recovery/.
 */

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'patient-portal-recovery');
const WAIT = { timeout: 20_000, interval: 100 };
const textOf = (locator: Locator) => () => locator.innerText();

let stack: StackProcess;
let browser: Browser;
let chain: JsonRpcProvider;
let token = '';
let patientId = '';
const old = Wallet.createRandom();
const opened: BrowserContext[] = [];

async function call(method: 'GET' | 'POST', path: string, options: { token?: string; body?: unknown; base?: 'fhir' | 'origin' } = {}) {
  const base = options.base === 'origin' ? stack.origin : stack.info.fhirBase;
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}), ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function code(operation: '$enrollment-code' | '$recovery-code'): Promise<string> {
  const issued = await call('POST', `/Patient/${patientId}/${operation}`, { token });
  expect(issued.status, JSON.stringify(issued.body)).toBe(200);
  return (issued.body as unknown as Parameters).parameter!.find((parameter) => parameter.name === 'code')!.valueString!;
}

/** `wallet` redeems a fresh recovery code through the patient API (as `patient recover` does). */
async function proposeRecoveryTo(wallet: HDNodeWallet): Promise<void> {
  const recoveryCode = await code('$recovery-code');
  const prepared = await call('POST', '/patient/recovery/$prepare', { base: 'origin', body: { code: recoveryCode, address: wallet.address } });
  expect(prepared.status).toBe(200);
  const typed = prepared.body as { domain: Record<string, unknown>; types: Record<string, { name: string; type: string }[]>; message: Record<string, string> };
  const signature = await wallet.signTypedData(typed.domain, { RecoveryProposal: typed.types['RecoveryProposal']! }, typed.message);
  const proposed = await call('POST', '/patient/recovery/$propose', { base: 'origin', body: { code: recoveryCode, message: typed.message, signature } });
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
}

async function signedIn(key: HDNodeWallet, name: string): Promise<{ page: Page; wallet: TestWallet }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  opened.push(context);
  context.setDefaultTimeout(20_000);
  const wallet = await injectWallet(context, key, { chainId: stack.info.chainId, name });
  const page = await context.newPage();
  await page.goto(stack.info.portalUrl);
  await page.locator('body[data-ready="true"]').waitFor();
  await page.getByRole('button', { name: `Sign in with ${name}` }).click();
  await page.locator('#account').getByText(key.address).waitFor();
  return { page, wallet };
}

beforeAll(async () => {
  browser = await launchChromium();
  await rm(SCREENSHOTS, { recursive: true, force: true });
  await mkdir(SCREENSHOTS, { recursive: true });
  stack = await StackProcess.start();
  chain = new JsonRpcProvider(stack.info.rpcUrl, stack.info.chainId, { staticNetwork: true, cacheTimeout: -1 });
  token = await stack.token('dev-provider-a');
  const stored = await call('POST', '', { token, body: JSON.parse(syntheaPatientText(6)) as Bundle });
  expect(stored.status).toBe(200);
  patientId = (stored.body as unknown as Bundle).entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;
  const enrollment = await code('$enrollment-code');
  const message = (await call('GET', `/patient/enroll?code=${enrollment}&address=${old.address}`, { base: 'origin' })).body['message'] as string;
  expect((await call('POST', '/patient/enroll', { base: 'origin', body: { code: enrollment, address: old.address, signature: await old.signMessage(message) } })).status).toBe(200);
}, 240_000);

afterAll(async () => {
  for (const context of opened) await context.close();
  await browser?.close();
  chain?.destroy();
  await stack?.dispose();
});

describe('a pending recovery in the portal', () => {
  test('the controller sees it above everything and cancels it with a signature in the page', async () => {
    const intruder = Wallet.createRandom();
    await proposeRecoveryTo(intruder);
    const { page, wallet } = await signedIn(old, 'Old Wallet');
    const alert = page.locator('#recovery-alert');
    await alert.waitFor({ state: 'visible' });
    await expect.poll(textOf(alert), WAIT).toContain(`hands control of your records and consents to the wallet ${intruder.address}`);
    // Above the sections, announced as an alert.
    expect(await alert.getAttribute('role')).toBe('alert');
    const [alertBox, holdersBox] = await Promise.all([alert.boundingBox(), page.locator('#holders').boundingBox()]);
    expect(alertBox!.y).toBeLessThan(holdersBox!.y);
    await page.screenshot({ path: join(SCREENSHOTS, '01-pending-recovery.png'), fullPage: true });

    await page.getByRole('button', { name: 'Cancel this recovery' }).click();
    await alert.waitFor({ state: 'hidden' });
    const signed = wallet.typedDataSigned.at(-1)!;
    expect(signed.primaryType).toBe('RecoveryCancellation');
    expect(signed.message['newController']).toBe(intruder.address);
    expect(signed.domain['verifyingContract']).toBe(stack.info.contracts['ConsentRegistry']);
    await expect.poll(textOf(page.locator('#status')), WAIT).toContain('The recovery was cancelled');
    const status = await call('GET', `/patient/recovery?address=${old.address}`, { base: 'origin' });
    expect((status.body['controlled'] as { pending: unknown }[])[0]!.pending).toBeNull();
  }, 120_000);

  test('the new wallet sees when the recovery takes effect, then completes it in the page and sees the records', async () => {
    const next = Wallet.createRandom();
    await proposeRecoveryTo(next);
    const { page } = await signedIn(next, 'New Wallet');
    await page.locator('#not-enrolled').waitFor({ state: 'visible' });
    const alert = page.locator('#recovery-alert');
    await expect.poll(textOf(alert), WAIT).toContain('A recovery that makes this wallet the controller of your records takes effect on');
    const complete = page.getByRole('button', { name: 'Complete the recovery' });
    expect(await complete.isDisabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, '02-recovery-to-this-wallet.png'), fullPage: true });

    // The delay passes on the chain's clock; the page is loaded again.
    await chain.send('evm_increaseTime', [25]);
    await chain.send('evm_mine', []);
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    await expect.poll(() => complete.isEnabled(), WAIT).toBe(true);
    await complete.click();
    await page.getByRole('heading', { name: 'Who holds my records' }).waitFor();
    await expect.poll(textOf(page.locator('#holders-body')), WAIT).toContain('dev-hospital-a');
    expect(await page.locator('#not-enrolled').isHidden()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, '03-recovered.png'), fullPage: true });
    const status = await call('GET', `/patient/recovery?address=${next.address}`, { base: 'origin' });
    expect((status.body['controlled'] as { history: { kind: string }[] }[])[0]!.history.map((step) => step.kind)).toEqual(['proposed', 'cancelled', 'proposed', 'executed']);
  }, 120_000);
});
