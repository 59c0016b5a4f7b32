import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Interface, JsonRpcProvider, Wallet, hexlify, toUtf8Bytes } from 'ethers';
import type { Bundle, Patient } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConsentRegistryAbi } from '../../contracts/generated/index.ts';
import { normaliseCode } from '../../functions/consent/one-time-codes.ts';
import { localTableName } from '../../infra/local/provision.ts';
import { TABLES } from '../../schemas/storage.ts';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { runCli } from '../support/cli.ts';
import { StackProcess } from '../support/local-stack-process.ts';

/**
 * Recovery of a lost wallet on the local stack (`npm start`, recovery delay 20 s), as the provider,
 * the patient and the admin run it from the command line: `recovery-code`, `patient recover`,
 * `patient recovery cancel|finalize|status`, `recoveries list|veto`, `patient access-log`. The
 * chain's clock is moved with anvil's evm_increaseTime instead of waiting. A Synthea person held by
 * provider A enrolled with the old key and granted clinic B treatment consent first.
 */

const consentEvents = new Interface(ConsentRegistryAbi);

let stack: StackProcess;
let folder: string;
let chain: JsonRpcProvider;
let patientId = '';
let notEnrolledId = '';
let patientName = '';
const outputs: string[] = [];
const key = (name: string) => join(folder, `${name}.key`);
const address = async (name: string) => new Wallet((await readFile(key(name), 'utf8')).trim()).address;

/** The CLI against this stack (but new-key, which talks to no exchange); outputs kept for the privacy checks. */
const cli = (...args: string[]) => runCli(args, { dataDir: args[1] === 'new-key' ? undefined : stack.dataDir, outputs });

/** The code alone, the last line `recovery-code` prints. */
async function recoveryCode(id = patientId): Promise<string> {
  const issued = await cli('recovery-code', `Patient/${id}`, '--client', 'dev-provider-a');
  expect(issued.code, issued.stderr).toBe(0);
  return issued.stdout.trimEnd().split('\n').at(-1)!;
}

async function ingest(clientId: string, bundle: Bundle): Promise<string> {
  const token = await stack.token(clientId);
  const response = await fetch(stack.info.fhirBase, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' }, body: JSON.stringify(bundle) });
  expect(response.status).toBe(200);
  return ((await response.json()) as Bundle).entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;
}

async function status(name: string): Promise<{ controlled: { pseudonym: string; pending: { newController: string; executableAt: string } | null; history: { kind: string }[] }[]; proposedToThisWallet: { pseudonym: string }[] }> {
  const answer = await cli('patient', 'recovery', 'status', '--key', key(name), '--json');
  expect(answer.code, answer.stderr).toBe(0);
  return JSON.parse(answer.stdout) as Awaited<ReturnType<typeof status>>;
}

/** Moves the chain's clock past the recovery delay (no real waiting). */
async function afterTheDelay(): Promise<void> {
  await chain.send('evm_increaseTime', [25]);
  await chain.send('evm_mine', []);
}

/** The ConsentRegistry's events (decoded) since the start. */
async function registryEvents(): Promise<{ name: string; args: unknown[]; data: string }[]> {
  const logs = await chain.getLogs({ address: stack.info.contracts['ConsentRegistry']!, fromBlock: 0, toBlock: 'latest' });
  return logs.map((log) => {
    const parsed = consentEvents.parseLog(log)!;
    return { name: parsed.name, args: parsed.args.toArray(), data: log.data };
  });
}

beforeAll(async () => {
  stack = await StackProcess.start();
  folder = await mkdtemp(join(tmpdir(), 'patient-recovery-'));
  chain = new JsonRpcProvider(stack.info.rpcUrl, stack.info.chainId, { staticNetwork: true, cacheTimeout: -1 });
  const bundle = JSON.parse(syntheaPatientText(4)) as Bundle;
  const person = bundle.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient;
  patientName = person.name![0]!.family!;
  patientId = await ingest('dev-provider-a', bundle);
  notEnrolledId = await ingest('dev-provider-a', JSON.parse(syntheaPatientText(5)) as Bundle);
  for (const name of ['old', 'new', 'intruder', 'late']) expect((await cli('patient', 'new-key', '--out', key(name))).code).toBe(0);
  const enrollment = (await cli('enrollment-code', `Patient/${patientId}`)).stdout.trimEnd().split('\n').at(-1)!;
  const enrolled = await cli('patient', 'enroll', '--code', enrollment, '--key', key('old'));
  expect(enrolled.code, enrolled.stderr).toBe(0);
  const granted = await cli('patient', 'consent', 'grant', '--grantee', 'dev-clinic-b', '--purpose', 'treatment', '--key', key('old'));
  expect(granted.code, granted.stderr).toBe(0);
}, 240_000);

afterAll(async () => {
  chain?.destroy();
  await stack?.dispose();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('recovery codes', () => {
  test('only for an enrolled patient the provider holds: 409 for one not enrolled, 404 at a provider that does not hold them', async () => {
    const notEnrolled = await cli('recovery-code', `Patient/${notEnrolledId}`, '--client', 'dev-provider-a');
    expect(notEnrolled.code).toBe(1);
    expect(notEnrolled.stderr).toContain('HTTP 409: This patient is not enrolled');
    const elsewhere = await cli('recovery-code', `Patient/${patientId}`, '--client', 'dev-provider-b');
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain('HTTP 404');
  });

  test('an expired code is refused (400 naming code) and nothing is proposed', async () => {
    const code = await recoveryCode();
    // Fifteen minutes pass: the item's expiry is moved into the past (the table is DynamoDB's stand-in).
    const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ region: stack.info.services.region, endpoint: stack.info.services.dynamodb, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } }));
    await documents.send(
      new UpdateCommand({
        TableName: localTableName(TABLES.oneTimeCodes.name),
        Key: { key: `recovery#${createHash('sha256').update(normaliseCode(code)).digest('hex')}` },
        UpdateExpression: 'SET expiresAt = :past',
        ConditionExpression: 'attribute_exists(#key)',
        ExpressionAttributeNames: { '#key': 'key' },
        ExpressionAttributeValues: { ':past': Math.floor(Date.now() / 1000) - 1 },
      }),
    );
    documents.destroy();
    const expired = await cli('patient', 'recover', '--code', code, '--key', key('new'));
    expect(expired.code).toBe(1);
    expect(expired.stderr).toContain('HTTP 400: The recovery code is unknown, already used or expired: ask the provider for a new one (code)');
    expect((await status('old')).controlled[0]!.pending).toBeNull();
  });
});

describe('a recovery the patient did not ask for', () => {
  test('the admin vetoes it with a reason: the reason is in the access log, only its commitment on chain; a reused code is refused', async () => {
    const code = await recoveryCode();
    const proposed = await cli('patient', 'recover', '--code', code, '--key', key('intruder'));
    expect(proposed.code, proposed.stderr).toBe(0);
    expect(proposed.stdout).toMatch(/^Recovery proposed: this wallet becomes the controller on \d{4}-\d\d-\d\dT/);
    // The code was taken: a second redemption, with any wallet, is refused.
    const reused = await cli('patient', 'recover', '--code', code, '--key', key('late'));
    expect(reused.code).toBe(1);
    expect(reused.stderr).toContain('HTTP 400: The recovery code is unknown, already used or expired');
    // Nor can another code be issued while this one is pending.
    const second = await cli('recovery-code', `Patient/${patientId}`, '--client', 'dev-provider-a');
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('HTTP 409: A recovery of this patient is pending already');

    const listed = await cli('recoveries', 'list', '--json');
    expect(listed.code, listed.stderr).toBe(0);
    const pending = (JSON.parse(listed.stdout) as { recoveries: { pseudonym: string; newController: string; provider: string }[] }).recoveries;
    const intruder = await address('intruder');
    expect(pending).toEqual([expect.objectContaining({ newController: intruder })]);
    const { pseudonym } = pending[0]!;

    const reason = 'ticket 4711: the patient reported a recovery they did not start';
    // A veto aimed at another wallet is refused, and nothing is sent.
    const misaimed = await cli('recoveries', 'veto', pseudonym, '--reason', reason, '--new-controller', await address('late'));
    expect(misaimed.code).toBe(1);
    expect(misaimed.stderr).toContain('HTTP 409');
    const vetoed = await cli('recoveries', 'veto', pseudonym, '--reason', reason, '--new-controller', intruder);
    expect(vetoed.code, vetoed.stderr).toBe(0);
    expect(vetoed.stdout).toContain(`Vetoed: the recovery of ${pseudonym} to ${intruder} will not happen`);

    const steps = (await status('old')).controlled[0]!;
    expect(steps.pending).toBeNull();
    expect(steps.history.map((step) => step.kind)).toEqual(['proposed', 'vetoed']);
    const finalize = await cli('patient', 'recovery', 'finalize', '--key', key('intruder'));
    expect(finalize.code).toBe(1);
    expect(finalize.stderr).toContain('No recovery to this wallet is pending');

    // On chain: RecoveryVetoed with a commitment, never the reason.
    const events = await registryEvents();
    const veto = events.find((event) => event.name === 'RecoveryVetoed')!;
    expect(veto.args.slice(0, 2)).toEqual([pseudonym, intruder]);
    expect(String(veto.args[3])).toMatch(/^0x[0-9a-f]{64}$/);
    for (const event of events) expect(event.data).not.toContain(hexlify(toUtf8Bytes('ticket 4711')).slice(2));

    // The access log shows who started it and the admin's veto with its reason.
    const log = await cli('patient', 'access-log', '--key', key('old'), '--json');
    expect(log.code, log.stderr).toBe(0);
    const entries = (JSON.parse(log.stdout) as Bundle).entry!.map((entry) => JSON.stringify(entry.resource));
    expect(entries.some((entry) => entry.includes('recovery-veto') && entry.includes(reason))).toBe(true);
    expect(entries.some((entry) => entry.includes('recovery-code') && entry.includes('dev-hospital-a'))).toBe(true);
  }, 120_000);

  test('the old key cancels it; the access log and status show it pending first', async () => {
    const code = await recoveryCode();
    expect((await cli('patient', 'recover', '--code', code, '--key', key('intruder'))).code).toBe(0);
    const intruder = await address('intruder');

    const log = await cli('patient', 'access-log', '--key', key('old'));
    expect(log.code, log.stderr).toBe(0);
    const lines = log.stdout.split('\n');
    expect(lines[0]).toBe('!!! A RECOVERY OF YOUR RECORDS IS PENDING !!!');
    expect(lines[1]).toContain(`hands control of your consents to wallet ${intruder}`);
    expect(lines[3]).toBe(`    fhir-exchange patient recovery cancel --key ${key('old')}`);
    expect(lines.some((line) => /^WHEN\s+WHO\s+WHAT/.test(line))).toBe(true);
    const waiting = await cli('patient', 'recovery', 'status', '--key', key('intruder'));
    expect(waiting.stdout).toMatch(/^A recovery to this wallet is pending: it takes effect on \d{4}-/);

    // Another key cannot cancel (it controls no patient); the old one can.
    const stranger = await cli('patient', 'recovery', 'cancel', '--key', key('late'));
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toContain('HTTP 404');
    const cancelled = await cli('patient', 'recovery', 'cancel', '--key', key('old'));
    expect(cancelled.code, cancelled.stderr).toBe(0);
    expect(cancelled.stdout).toContain(`Cancelled: the recovery to ${intruder} will not happen; this wallet stays the controller`);

    await afterTheDelay();
    const finalize = await cli('patient', 'recovery', 'finalize', '--key', key('intruder'));
    expect(finalize.code).toBe(1);
    const after = await cli('patient', 'access-log', '--key', key('old'));
    expect(after.stdout).not.toContain('RECOVERY OF YOUR RECORDS IS PENDING');
    expect((await status('old')).controlled[0]!.history.map((step) => step.kind)).toEqual(['proposed', 'vetoed', 'proposed', 'cancelled']);
  }, 120_000);
});

describe('the patient who lost their wallet', () => {
  test('recovers after the delay: the new key controls the records, the consents survive, the old key is refused', async () => {
    const code = await recoveryCode();
    const proposed = await cli('patient', 'recover', '--code', code, '--key', key('new'), '--json');
    expect(proposed.code, proposed.stderr).toBe(0);
    const answer = JSON.parse(proposed.stdout) as { pseudonym: string; newController: string; executableAt: string };
    expect(answer.newController).toBe(await address('new'));
    // Before the delay the chain refuses to switch.
    const early = await cli('patient', 'recovery', 'finalize', '--key', key('new'));
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('HTTP 409: The recovery cannot take effect before');

    await afterTheDelay();
    const finalised = await cli('patient', 'recovery', 'finalize', '--key', key('new'));
    expect(finalised.code, finalised.stderr).toBe(0);
    expect(finalised.stdout).toMatch(/^Recovered: this wallet controls the patient's consents\ntransaction {2}0x[0-9a-f]{64}/);

    // The new wallet: the consent the old key granted is in force, and the records are its to read.
    const consents = await cli('patient', 'consents', '--key', key('new'));
    expect(consents.code, consents.stderr).toBe(0);
    expect(consents.stdout).toMatch(/dev-clinic-b\s+treatment\s+active/);
    const holders = await cli('patient', 'holders', '--key', key('new'));
    expect(holders.stdout).toMatch(/dev-hospital-a\s+Dev Hospital A/);
    const executed = (await registryEvents()).filter((event) => event.name === 'RecoveryExecuted');
    expect(executed.map((event) => event.args)).toEqual([[answer.pseudonym, await address('old'), answer.newController]]);

    // The old key: no session's worth of records, no consent, no cancellation.
    for (const args of [['access-log'], ['consent', 'grant', '--grantee', 'dev-research', '--purpose', 'research'], ['recovery', 'cancel']]) {
      const refused = await cli('patient', ...args, '--key', key('old'));
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.stderr).toMatch(/HTTP 40[34]/);
    }
    // Even a message prepared for the new controller, signed by the old key, is refused by the contract.
    const origin = new URL(stack.info.fhirBase).origin;
    const prepared = (await (
      await fetch(`${origin}/patient/consents/$prepare`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ address: answer.newController, action: 'grant', grantee: 'dev-research', purpose: 'research' }) })
    ).json()) as { domain: Record<string, unknown>; types: Record<string, { name: string; type: string }[]>; primaryType: string; message: Record<string, string> };
    const oldWallet = new Wallet((await readFile(key('old'), 'utf8')).trim());
    const forged = await oldWallet.signTypedData(prepared.domain, { Consent: prepared.types['Consent']! }, prepared.message);
    const relayed = await fetch(`${origin}/patient/consents`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ primaryType: 'Consent', message: prepared.message, signature: forged }) });
    expect(relayed.status).toBe(403);
    // The new key signs the same message: accepted, with the nonce that carried on.
    const signed = await new Wallet((await readFile(key('new'), 'utf8')).trim()).signTypedData(prepared.domain, { Consent: prepared.types['Consent']! }, prepared.message);
    const accepted = await fetch(`${origin}/patient/consents`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ primaryType: 'Consent', message: prepared.message, signature: signed }) });
    expect(accepted.status).toBe(200);
    expect((await status('new')).controlled.map((patient) => patient.pseudonym)).toEqual([answer.pseudonym]);
    expect((await status('old')).controlled).toEqual([]);
  }, 180_000);

  test("no output, log or chain event carries a wallet key, the patient's name or the veto's reason in clear", async () => {
    const events = await registryEvents();
    const name = hexlify(toUtf8Bytes(patientName)).slice(2);
    for (const event of events) expect(event.data.toLowerCase()).not.toContain(name.toLowerCase());
    for (const file of ['old', 'new', 'intruder', 'late']) {
      const secret = (await readFile(key(file), 'utf8')).trim().slice(2);
      for (const output of [...outputs, stack.output]) expect(output).not.toContain(secret);
    }
    expect(stack.output).not.toContain(patientName);
  });
});
