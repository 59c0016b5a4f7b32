import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle, Patient, Resource } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { runCli } from '../support/cli.ts';
import { StackProcess } from '../support/local-stack-process.ts';

/**
 * The patient's signed-in commands against the local stack, as a user runs them (issue 12):
 * providers A and B hold the same Synthea person; the patient enrolls with A's code
 * (`enrollment-code`, `patient new-key`, `patient enroll`), then, signing in through the
 * exchange's Sign-In with Ethereum endpoints with the same key file, lists the holders, downloads
 * their records from both, reads the access log and erases everything (`--yes`). A wallet that
 * controls no patient gets no holders and exit code 1 for the rest. The key never appears in any
 * output.
 */


let stack: StackProcess;
let folder: string;
const ids = { a: '', b: '' };
const outputs: string[] = [];

/** The CLI against this stack (but new-key, which talks to no exchange); outputs kept for the privacy checks. */
const cli = (...args: string[]) => runCli(args, { dataDir: args[1] === 'new-key' ? undefined : stack.dataDir, outputs });

async function ingest(clientId: string, bundle: Bundle): Promise<string> {
  const token = await stack.token(clientId);
  const response = await fetch(stack.info.fhirBase, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' }, body: JSON.stringify(bundle) });
  expect(response.status).toBe(200);
  return ((await response.json()) as Bundle).entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;
}

async function read(clientId: string, path: string): Promise<number> {
  const token = await stack.token(clientId);
  return (await fetch(`${stack.info.fhirBase}${path}`, { headers: { Authorization: `Bearer ${token}` } })).status;
}

beforeAll(async () => {
  stack = await StackProcess.start();
  folder = await mkdtemp(join(tmpdir(), 'patient-cli-'));
  const text = syntheaPatientText(2);
  ids.a = await ingest('dev-provider-a', JSON.parse(text) as Bundle);
  const copy = JSON.parse(text) as Bundle;
  const mrn = (copy.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient).identifier!.find((identifier) => identifier.type?.coding?.[0]?.code === 'MR')!;
  mrn.value = `clinic-b-${mrn.value}`;
  ids.b = await ingest('dev-provider-b', copy);

  expect((await cli('patient', 'new-key', '--out', join(folder, 'wallet.key'))).code).toBe(0);
  expect((await cli('patient', 'new-key', '--out', join(folder, 'stranger.key'))).code).toBe(0);
  const code = (await cli('enrollment-code', `Patient/${ids.a}`)).stdout.trimEnd().split('\n').at(-1)!;
  const enrolled = await cli('patient', 'enroll', '--code', code, '--key', join(folder, 'wallet.key'));
  expect(enrolled.code, enrolled.stderr).toBe(0);
}, 180_000);

afterAll(async () => {
  await stack?.dispose();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the enrolled wallet', () => {
  test('patient holders: both providers, by id, name and FHIR endpoint', async () => {
    let stdout = '';
    for (let attempt = 0; attempt < 30 && !(stdout.includes('dev-hospital-a') && stdout.includes('dev-clinic-b')); attempt++) {
      const result = await cli('patient', 'holders', '--key', join(folder, 'wallet.key'));
      expect(result.code, result.stderr).toBe(0);
      stdout = result.stdout;
      if (!stdout.includes('dev-clinic-b')) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const rows = stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^PROVIDER\s+NAME\s+FHIR ENDPOINT$/);
    expect(rows.slice(1).sort()).toEqual([expect.stringMatching(/^dev-clinic-b\s+Dev Clinic B\s+https:\/\/fhir\.clinic-b\.example\/r4$/), expect.stringMatching(/^dev-hospital-a\s+Dev Hospital A\s+https:\/\/fhir\.hospital-a\.example\/r4$/)]);
  }, 60_000);

  test('patient records --out DIR: one NDJSON file per type, every resource from both holders, readable by the owner only', async () => {
    const out = join(folder, 'records');
    const result = await cli('patient', 'records', '--key', join(folder, 'wallet.key'), '--out', out, '--json');
    expect(result.code, result.stderr).toBe(0);
    const written = JSON.parse(result.stdout) as { files: { type: string; file: string; count: number }[] };
    expect((await readdir(out)).sort()).toEqual(written.files.map((file) => `${file.type}.ndjson`).sort());
    const patients = (await readFile(join(out, 'Patient.ndjson'), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as Resource);
    expect(new Set(patients.map((patient) => patient.meta!.source))).toEqual(new Set([`${stack.info.fhirBase}/Organization/dev-hospital-a`, `${stack.info.fhirBase}/Organization/dev-clinic-b`]));
    let total = 0;
    for (const file of written.files) {
      const lines = (await readFile(file.file, 'utf8')).trimEnd().split('\n');
      expect(lines).toHaveLength(file.count);
      for (const line of lines) expect((JSON.parse(line) as Resource).resourceType).toBe(file.type);
      expect((await stat(file.file)).mode & 0o077).toBe(0);
      total += file.count;
    }
    // Every resource of both holders' own $everything.
    const own = async (clientId: string, id: string) => {
      const token = await stack.token(clientId);
      // The compartment's matches (the shared resources they refer to are included besides).
      const bundle = (await (await fetch(`${stack.info.fhirBase}/Patient/${id}/$everything`, { headers: { Authorization: `Bearer ${token}` } })).json()) as Bundle;
      return bundle.entry!.filter((entry) => entry.search?.mode === 'match').length;
    };
    expect(total).toBe((await own('dev-provider-a', ids.a)) + (await own('dev-provider-b', ids.b)));
  });

  test("patient access-log: the patient's own reads and the providers' reads, as a table", async () => {
    const result = await cli('patient', 'access-log', '--key', join(folder, 'wallet.key'));
    expect(result.code, result.stderr).toBe(0);
    const rows = result.stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^WHEN\s+WHO\s+WHAT\s+HOLDER\s+BASIS\s+PURPOSE\s+OUTCOME\s+REASON$/);
    expect(rows.some((row) => /\bpatient\s+operation\s+dev-clinic-b\s+patient-self\s+PATRQT\s+allowed/.test(row))).toBe(true);
    expect(rows.some((row) => /\bdev-hospital-a\s+operation\s+dev-hospital-a\s+own-records\s+TREAT\s+allowed/.test(row))).toBe(true);
  });

  test('patient erase: refused without --yes (exit 2, nothing sent); with --yes every holder is erased (410 at both)', async () => {
    const unconfirmed = await cli('patient', 'erase', '--key', join(folder, 'wallet.key'));
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('--yes');
    expect(await read('dev-provider-a', `/Patient/${ids.a}`)).toBe(200);

    const erased = await cli('patient', 'erase', '--key', join(folder, 'wallet.key'), '--yes');
    expect(erased.code, erased.stderr).toBe(0);
    expect(erased.stdout).toMatch(/^Erased: the records at 2 holder\(s\)/);
    expect(erased.stdout).toMatch(/transaction {2}0x[0-9a-f]{64} \(block \d+\)/);
    expect(await read('dev-provider-a', `/Patient/${ids.a}`)).toBe(410);
    expect(await read('dev-provider-b', `/Patient/${ids.b}`)).toBe(410);
  });
});

describe('a wallet that controls no patient', () => {
  test('gets no holders, and exit code 1 with the refusal for records, the access log and an erasure', async () => {
    const key = join(folder, 'stranger.key');
    const holders = await cli('patient', 'holders', '--key', key);
    expect(holders.code).toBe(0);
    expect(holders.stdout).toContain('No holders');
    for (const args of [['records', '--out', join(folder, 'nothing')], ['access-log'], ['erase', '--yes']]) {
      const result = await cli('patient', args[0]!, '--key', key, ...args.slice(1));
      expect(result.code, args[0]).toBe(1);
      expect(result.stderr).toMatch(/HTTP 40[34]/);
    }
    await expect(stat(join(folder, 'nothing'))).rejects.toThrow();
  });

  test('no output carries a wallet key', async () => {
    for (const file of ['wallet.key', 'stranger.key']) {
      const key = (await readFile(join(folder, file), 'utf8')).trim();
      for (const output of outputs) expect(output).not.toContain(key.slice(2));
    }
  });
});
