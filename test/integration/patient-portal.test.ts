import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Wallet } from 'ethers';
import type { HDNodeWallet } from 'ethers';
import type { Bundle, Condition, Immunization, Parameters, Patient } from 'fhir/r4.d.ts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requestAccessToken } from '../../functions/cli/smart-client.ts';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { injectWallet, launchChromium } from '../support/injected-wallet.ts';
import type { TestWallet } from '../support/injected-wallet.ts';
import { REPO_ROOT, StackProcess } from '../support/local-stack-process.ts';
import { DEV_PROVIDERS } from '../../infra/local/seed-providers.ts';

/**
 * The patient portal in headless Chromium against the local stack (issue 12, "The portal page"):
 * providers A and B both hold a Synthea patient (same SSN, their own MRNs); A issues an enrollment
 * code and the patient's wallet enrolls; then, in the page, with an injected EIP-6963 wallet
 * backed by a test key: sign-in (by keyboard), the two holders, the records (conditions,
 * medications, immunizations, encounters, raw FHIR), a consent to B given in the page (B's
 * cross-provider read then succeeds), revoked (refused again), the access log with B's read and a
 * break-glass read highlighted, and erasure (410 at both holders). A second wallet sees nothing.
 * The page runs under its real Content-Security-Policy; no violation may be reported. Each step
 * leaves a screenshot in test-results/patient-portal/.
 */

const US_SSN = 'http://hl7.org/fhir/sid/us-ssn';
const CACHE_SECONDS = 2;
const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'patient-portal');
const BREAK_GLASS_REASON = 'unconscious on arrival, allergies unknown';

let stack: StackProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let wallet: TestWallet;
const tokens = { a: '', b: '' };
const patientIds = { a: '', b: '' };
let ssn: string;
let source: Bundle;
/** Everything the page's console reported about the Content-Security-Policy, and its uncaught errors. */
const violations: string[] = [];

async function call(method: 'GET' | 'POST', path: string, options: { token?: string; body?: unknown; base?: 'fhir' | 'origin' } = {}) {
  const base = options.base === 'origin' ? stack.origin : stack.info.fhirBase;
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}), ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const everythingAcross = (token: string) => call('GET', `/Patient/$everything?identifier=${encodeURIComponent(`${US_SSN}|${ssn}`)}`, { token });
const providerName = (id: string) => DEV_PROVIDERS.find((provider) => provider.providerId === id)!.name;
/** A locator's text once it satisfies the page (Playwright's web-first assertions are @playwright/test's; these poll with vitest). */
const textOf = (locator: Locator) => () => locator.innerText();
const WAIT = { timeout: 20_000, interval: 100 };
const countOf = (resourceType: string) => source.entry!.filter((entry) => entry.resource!.resourceType === resourceType).length;

let shot = 0;
async function screenshot(name: string, target: Page = page): Promise<void> {
  shot += 1;
  await target.screenshot({ path: join(SCREENSHOTS, `${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
}

function watch(target: Page): void {
  target.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  target.on('pageerror', (error) => violations.push(`uncaught: ${error.message}`));
}

async function openPortal(walletKey: Wallet | HDNodeWallet, name?: string): Promise<{ context: BrowserContext; page: Page; wallet: TestWallet }> {
  const opened = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  opened.setDefaultTimeout(20_000);
  const injected = await injectWallet(opened, walletKey, { chainId: stack.info.chainId, ...(name ? { name } : {}) });
  const newPage = await opened.newPage();
  watch(newPage);
  const response = await newPage.goto(stack.info.portalUrl);
  expect(response?.status()).toBe(200);
  await newPage.locator('body[data-ready="true"]').waitFor();
  return { context: opened, page: newPage, wallet: injected };
}

beforeAll(async () => {
  // Chromium first: without it there is nothing to test, and the message says how to install it.
  browser = await launchChromium();
  await rm(SCREENSHOTS, { recursive: true, force: true });
  await mkdir(SCREENSHOTS, { recursive: true });
  stack = await StackProcess.start(undefined, { CONSENT_CACHE_SECONDS: String(CACHE_SECONDS) });
  [tokens.a, tokens.b] = await Promise.all([stack.token('dev-provider-a'), stack.token('dev-provider-b')]);

  // A holds the patient; B holds the same person under its own MRN.
  const text = syntheaPatientText(0);
  source = JSON.parse(text) as Bundle;
  const patient = source.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient;
  ssn = patient.identifier!.find((identifier) => identifier.system === US_SSN)!.value!;
  const atA = await call('POST', '', { token: tokens.a, body: source });
  expect(atA.status).toBe(200);
  patientIds.a = (atA.body as Bundle).entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;
  const copy = JSON.parse(text) as Bundle;
  const mrn = (copy.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient).identifier!.find((identifier) => identifier.type?.coding?.[0]?.code === 'MR')!;
  mrn.value = `clinic-b-${mrn.value}`;
  const atB = await call('POST', '', { token: tokens.b, body: copy });
  expect(atB.status).toBe(200);
  patientIds.b = (atB.body as Bundle).entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;

  // A issues an enrollment code; the patient's wallet redeems it (the exchange's enrollment API).
  const key = Wallet.createRandom();
  const issued = await call('POST', `/Patient/${patientIds.a}/$enrollment-code`, { token: tokens.a });
  expect(issued.status).toBe(200);
  const code = (issued.body as Parameters).parameter!.find((parameter) => parameter.name === 'code')!.valueString!;
  const enrollment = (await call('GET', `/patient/enroll?code=${code}&address=${key.address}`, { base: 'origin' })).body.message as string;
  const enrolled = await call('POST', '/patient/enroll', { base: 'origin', body: { code, address: key.address, signature: await key.signMessage(enrollment) } });
  expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(200);

  // Holdings go on chain from the vault worker's pending items, within a few of its runs: the
  // portal lists the holders once, when it opens, so it opens once the record locator has both.
  const located = async () => ((await call('GET', `/$locate?identifier=${encodeURIComponent(`${US_SSN}|${ssn}`)}`, { token: tokens.a })).body as Parameters).parameter ?? [];
  for (let attempt = 0; attempt < 240 && (await located()).length < 2; attempt++) await new Promise((resolve) => setTimeout(resolve, 250));

  ({ context, page, wallet } = await openPortal(key));
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.dispose();
});

describe('the patient portal in a browser', () => {
  test('is served under its strict Content-Security-Policy, and offers the injected wallet (EIP-6963)', async () => {
    const response = await fetch(stack.info.portalUrl);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
    expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${stack.origin}/portal/missing.js`)).status).toBe(404);
    expect((await fetch(`${stack.origin}/portal`, { redirect: 'manual' })).headers.get('location')).toBe('/portal/');

    await expect.poll(textOf(page.getByRole('heading', { level: 1 })), WAIT).toBe('My health records');
    await page.getByRole('button', { name: 'Sign in with Test Wallet' }).waitFor();
    await screenshot('sign-in');
  });

  test('signs in by keyboard: the wallet is asked for its account and signs an EIP-4361 message for this exchange', async () => {
    // Tab from the top of the page to the wallet's button, as a keyboard user does.
    const button = page.getByRole('button', { name: 'Sign in with Test Wallet' });
    for (let tab = 0; tab < 6 && !(await button.evaluate((element) => element === element.ownerDocument.activeElement)); tab++) await page.keyboard.press('Tab');
    expect(await button.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Who holds my records' }).waitFor();
    expect(wallet.requests.map((request) => request.method).slice(0, 2)).toEqual(['eth_requestAccounts', 'personal_sign']);
    const [signed] = wallet.messagesSigned;
    const host = new URL(stack.origin).host;
    expect(signed).toMatch(new RegExp(`^${host.replace('.', '\\.')} wants you to sign in with your Ethereum account:\\n${wallet.wallet.address}\\n`));
    expect(signed).toContain(`\nURI: ${stack.origin}`);
    expect(signed).toContain(`\nChain ID: ${stack.info.chainId}\n`);
    await expect.poll(textOf(page.locator('#account')), WAIT).toContain(wallet.wallet.address);
  });

  test('shows the two providers that hold the records, with their FHIR endpoints', async () => {
    const rows = page.locator('#holders-body tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    const text = await page.locator('#holders-body').innerText();
    for (const id of ['dev-hospital-a', 'dev-clinic-b']) {
      expect(text).toContain(providerName(id));
      expect(text).toContain(id);
    }
    await expect.poll(textOf(page.locator('#holders-body caption')), WAIT).toBe('2 providers hold your records');
    await screenshot('holders');
  });

  test('shows the records readably from both holders: the person, conditions, medications, immunizations, encounters, and the raw FHIR', async () => {
    const patient = source.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient;
    await page.getByRole('heading', { name: /^Conditions \(/ }).waitFor();
    // The same person at both holders.
    const about = page.locator('#records-body ul').first().locator('li');
    expect(await about.count()).toBe(2);
    await expect.poll(textOf(about.first()), WAIT).toContain(patient.name![0]!.family!);
    await expect.poll(textOf(about.first()), WAIT).toContain(patient.birthDate!);
    // Every entry of each kind, from both holders.
    const medications = countOf('MedicationRequest') + countOf('MedicationStatement');
    for (const [title, count] of [['Conditions', countOf('Condition')], ['Medications', medications], ['Immunizations', countOf('Immunization')], ['Encounters', countOf('Encounter')]] as const) {
      await page.getByRole('heading', { name: `${title} (${2 * count})` }).waitFor({ state: 'visible' });
    }
    // The newest condition and immunization, in words (Synthea codes carry a text or a display).
    const ofType = <T,>(type: string) => source.entry!.map((entry) => entry.resource!).filter((resource) => resource.resourceType === type) as T[];
    const newestTitles = <T,>(items: T[], date: (item: T) => string, title: (item: T) => string) => {
      const latest = items.map(date).sort().at(-1);
      return items.filter((item) => date(item) === latest).map(title);
    };
    const conditions = newestTitles(ofType<Condition>('Condition'), (c) => c.onsetDateTime ?? c.recordedDate ?? '', (c) => c.code!.text ?? c.code!.coding![0]!.display!);
    const conditionRows = page.locator('section[aria-labelledby="records-conditions-title"] tbody tr:not(.raw-row)');
    expect(conditions).toContain(await conditionRows.first().locator('td').first().innerText());
    const immunizations = newestTitles(ofType<Immunization>('Immunization'), (i) => i.occurrenceDateTime ?? '', (i) => i.vaccineCode.text ?? i.vaccineCode.coding![0]!.display!);
    if (immunizations.length) {
      const immunizationRows = page.locator('section[aria-labelledby="records-immunizations-title"] tbody tr:not(.raw-row)');
      expect(immunizations).toContain(await immunizationRows.first().locator('td').first().innerText());
    }

    // The raw FHIR of one row, opened by keyboard, announced as expanded.
    const toggle = page.getByRole('button', { name: `Raw FHIR of ${await conditionRows.first().locator('td').first().innerText()}` }).first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded'), WAIT).toBe('true');
    const raw = JSON.parse(await page.locator(`#${await toggle.getAttribute('aria-controls')}`).innerText()) as Condition;
    expect(raw.resourceType).toBe('Condition');
    expect(conditions).toContain(raw.code!.text ?? raw.code!.coding![0]!.display!);
    expect(raw.meta?.source).toMatch(/\/Organization\/dev-(hospital-a|clinic-b)$/);
    await screenshot('records');
  });

  test("gives consent to provider B in the page (the wallet's typed-data prompt), and B's cross-provider read succeeds", async () => {
    expect((await everythingAcross(tokens.b)).status).toBe(403);
    await page.getByLabel('Who', { exact: true }).selectOption('dev-clinic-b');
    await page.getByLabel('For what', { exact: true }).selectOption('treatment');
    await page.getByRole('button', { name: 'Give consent' }).click();
    const row = page.locator('#consents-body tbody tr', { hasText: providerName('dev-clinic-b') });
    await expect.poll(textOf(row), WAIT).toContain('active');
    expect(await row.innerText()).not.toContain('not active');
    const [typed] = wallet.typedDataSigned;
    expect(typed).toMatchObject({ primaryType: 'Consent', domain: { chainId: stack.info.chainId } });
    expect(typed!.types['EIP712Domain']!.map((field) => field.name)).toEqual(Object.keys(typed!.domain).sort((a, b) => ['name', 'version', 'chainId', 'verifyingContract', 'salt'].indexOf(a) - ['name', 'version', 'chainId', 'verifyingContract', 'salt'].indexOf(b)));
    await expect.poll(textOf(page.locator('#status')), WAIT).toContain(`Consent given to ${providerName('dev-clinic-b')}`);

    const read = await everythingAcross(tokens.b);
    expect(read.status).toBe(200);
    expect(new Set((read.body as Bundle).entry!.map((entry) => entry.resource!.meta!.source))).toEqual(new Set([`${stack.info.fhirBase}/Organization/dev-hospital-a`, `${stack.info.fhirBase}/Organization/dev-clinic-b`]));
    await screenshot('consent-given');
  });

  test('revokes it in the page, and B is refused again within the consent cache bound', async () => {
    await page.getByRole('button', { name: `Revoke treatment access of ${providerName('dev-clinic-b')}` }).click();
    const row = page.locator('#consents-body tbody tr', { hasText: providerName('dev-clinic-b') });
    await expect.poll(textOf(row), WAIT).toContain('not active');
    expect(wallet.typedDataSigned.map((typed) => typed.primaryType)).toEqual(['Consent', 'Revocation']);
    const started = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - started < (CACHE_SECONDS + 5) * 1000) {
      status = (await everythingAcross(tokens.b)).status;
      if (status === 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(status).toBe(403);
    await screenshot('consent-revoked');
  });

  test("shows B's consented read, B's refusals and a break-glass read in the access log, the emergency highlighted with its reason", async () => {
    const { access_token: btg } = await requestAccessToken(await stack.credentials('dev-provider-b'), 'system/*.rs', { purposeOfUse: 'BTG', reason: BREAK_GLASS_REASON });
    expect((await everythingAcross(btg)).status).toBe(200);
    await page.getByRole('button', { name: 'Refresh the access log' }).click();
    await expect.poll(textOf(page.locator('#status')), WAIT).toBe('Access log refreshed.');

    const log = page.locator('#access-log-body');
    const b = providerName('dev-clinic-b');
    const emergencies = log.locator('tbody tr.emergency');
    // One emergency read, recorded at each holder.
    expect(await emergencies.count()).toBeGreaterThanOrEqual(1);
    for (const row of await emergencies.all()) {
      await expect.poll(textOf(row), WAIT).toContain(b);
      await expect.poll(textOf(row), WAIT).toContain('Emergency access');
      await expect.poll(textOf(row), WAIT).toContain(BREAK_GLASS_REASON);
    }
    await expect.poll(textOf(log.locator('.emergency-note')), WAIT).toContain('emergency');
    // B's read under consent (allowed) and its refused ones.
    await expect.poll(textOf(log.locator('tbody tr:not(.emergency):not(.refused)', { hasText: b }).first()), WAIT).toContain('allowed');
    await expect.poll(textOf(log.locator('tbody tr.refused', { hasText: b }).first()), WAIT).toContain('refused');
    await page.locator('#access-log').scrollIntoViewIfNeeded();
    await screenshot('access-log');
    // The view of consents and the access log as a screen shows it (the README's picture).
    await page.locator('#consents-title').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-consents-and-access-log.png') });
  });

  test('is usable at phone width: nothing wider than the screen, the sections reachable from the navigation', async () => {
    const phone = await context.newPage();
    watch(phone);
    await phone.setViewportSize({ width: 375, height: 740 });
    await phone.goto(stack.info.portalUrl);
    // The session cookie carries over: the page opens signed in.
    await phone.getByRole('heading', { name: /^Conditions \(/ }).waitFor();
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await phone.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Consent' }).click();
    await expect.poll(async () => (await phone.getByRole('button', { name: 'Give consent' }).boundingBox())?.y ?? -1, WAIT).toBeGreaterThanOrEqual(0);
    expect((await phone.getByRole('button', { name: 'Give consent' }).boundingBox())!.y).toBeLessThan(740);
    await screenshot('phone', phone);
    await phone.close();
  });

  test('a second wallet signs in and sees nothing of anyone', async () => {
    const other = await openPortal(Wallet.createRandom(), 'Other Wallet');
    await other.page.getByRole('button', { name: 'Sign in with Other Wallet' }).click();
    await other.page.getByRole('heading', { name: 'No records linked to this wallet' }).waitFor();
    for (const id of ['holders', 'records', 'consents', 'access-log', 'erasure']) expect(await other.page.locator(`#${id}`).isHidden()).toBe(true);
    expect(await other.page.locator('body').innerText()).not.toContain(ssn);
    await screenshot('other-wallet', other.page);
    await other.context.close();
  });

  test('erases everything after a clear confirmation signed in the wallet; both holders then answer 410', async () => {
    const erase = page.getByRole('button', { name: 'Erase everything, everywhere' });
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel('I understand that this permanently erases my records at every provider.').check();
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await expect.poll(() => erase.isEnabled(), WAIT).toBe(true);
    await erase.click();
    await expect.poll(textOf(page.locator('#erasure-result')), { timeout: 60_000 }).toContain('Erased at 2 providers');
    expect(wallet.typedDataSigned.at(-1)!.primaryType).not.toMatch(/^(Consent|Revocation)$/);

    expect((await call('GET', `/Patient/${patientIds.a}`, { token: tokens.a })).status).toBe(410);
    expect((await call('GET', `/Patient/${patientIds.b}`, { token: tokens.b })).status).toBe(410);
    await page.locator('#erasure').scrollIntoViewIfNeeded();
    await screenshot('erased');
  });

  test('signs out: the page returns to the sign-in, and the session cookie no longer opens it', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in with your wallet' }).waitFor();
    await expect.poll(textOf(page.locator('#status')), WAIT).toBe('Signed out.');
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    expect(await page.locator('#holders').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Sign in with Test Wallet' }).waitFor();
  });

  test('reported no Content-Security-Policy violation and no uncaught error', () => {
    expect(violations).toEqual([]);
  });
});
