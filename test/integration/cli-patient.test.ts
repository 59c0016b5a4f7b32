import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { runCli } from '../support/cli.ts';
import { StackProcess } from '../support/local-stack-process.ts';

/**
 * The patient's wallet commands against the local stack, as a user runs them (issue 11 §2):
 * provider A holds a patient and issues an enrollment code (`enrollment-code`), the patient makes
 * a key (`patient new-key`), enrolls with the code, grants dev-clinic-b treatment consent, sees it
 * active (`patient consents`), revokes it and sees it inactive. A wallet that controls no patient
 * gets exit code 1 and the exchange's 404. The key is never in any output.
 */


let stack: StackProcess;
let folder: string;
let patientId: string;
const outputs: string[] = [];

/** The CLI against this stack (but new-key, which talks to no exchange); outputs kept for the privacy checks. */
const cli = (...args: string[]) => runCli(args, { dataDir: args[1] === 'new-key' ? undefined : stack.dataDir, outputs });

/** The rows of `patient consents` (after its header), as [grantee, purpose, status, expires]. */
const rowsOf = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((row) => row.split(/\s+/));

beforeAll(async () => {
  stack = await StackProcess.start();
  folder = await mkdtemp(join(tmpdir(), 'cli-patient-'));
  // Provider A holds the patient.
  const token = await stack.token('dev-provider-a');
  const response = await fetch(stack.info.fhirBase, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' }, body: syntheaPatientText(1) });
  expect(response.status).toBe(200);
  const answer = (await response.json()) as Bundle;
  patientId = answer.entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;
}, 120_000);

afterAll(async () => {
  await stack?.dispose();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('a patient enrolls and manages consent from the command line', () => {
  const keyFile = () => join(folder, 'wallet.key');
  let code: string;
  let address: string;

  test('enrollment-code: provider A (the default client) issues a code, printed as the last line', async () => {
    const result = await cli('enrollment-code', `Patient/${patientId}`);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    code = lines.at(-1)!;
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(lines[0]).toMatch(new RegExp(`^Enrollment code for Patient/${patientId}, valid once until \\d{4}-\\d{2}-\\d{2}T`));
  });

  test('patient new-key: a key file with mode 0600, and the address', async () => {
    const result = await cli('patient', 'new-key', '--out', keyFile());
    expect(result.code, result.stderr).toBe(0);
    address = result.stdout.trimEnd().split('\n').at(-1)!;
    expect(address).toMatch(/^0x[0-9a-fA-F]{40}$/);
    expect((await stat(keyFile())).mode & 0o777).toBe(0o600);
  });

  test('patient enroll: the wallet becomes the controller, on chain', async () => {
    const result = await cli('patient', 'enroll', '--code', code, '--key', keyFile());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`controller   ${address}\n`);
    expect(result.stdout).toMatch(/^transaction {2}0x[0-9a-f]{64} \(block \d+\)$/m);
    // The code was for once; the patient now has a controller, so no new code either.
    expect((await cli('patient', 'enroll', '--code', code, '--key', keyFile())).code).toBe(1);
    const again = await cli('enrollment-code', `Patient/${patientId}`, '--client', 'dev-provider-a');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('HTTP 409: This patient is already enrolled');
  });

  test('patient consent grant: dev-clinic-b for treatment; patient consents shows it active', async () => {
    const granted = await cli('patient', 'consent', 'grant', '--grantee', 'dev-clinic-b', '--purpose', 'treatment', '--expires', '2030-01-31T00:00:00Z', '--key', keyFile());
    expect(granted.code, granted.stderr).toBe(0);
    expect(granted.stdout).toMatch(/^Granted: dev-clinic-b, treatment until 2030-01-31T00:00:00.000Z\ntransaction {2}0x[0-9a-f]{64} \(block \d+\)\n$/);
    const listed = await cli('patient', 'consents', '--key', keyFile());
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout.split('\n')[0]!.split(/\s+/)).toEqual(['GRANTEE', 'PURPOSE', 'STATUS', 'EXPIRES']);
    expect(rowsOf(listed.stdout)).toEqual([['dev-clinic-b', 'treatment', 'active', '2030-01-31T00:00:00.000Z']]);
    const json = await cli('patient', 'consents', '--key', keyFile(), '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 1, entry: [{ resource: { resourceType: 'Consent', status: 'active' } }] });
  });

  test('patient consent revoke: inactive; a second revocation is the exchange\'s 409 (exit 1)', async () => {
    const revoked = await cli('patient', 'consent', 'revoke', '--key', keyFile(), '--purpose', 'treatment', '--grantee', 'dev-clinic-b');
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toMatch(/^Revoked: dev-clinic-b, treatment\ntransaction {2}0x[0-9a-f]{64} \(block \d+\)\n$/);
    const listed = await cli('patient', 'consents', '--key', keyFile());
    expect(rowsOf(listed.stdout)).toEqual([['dev-clinic-b', 'treatment', 'inactive', '-']]);
    const again = await cli('patient', 'consent', 'revoke', '--key', keyFile(), '--purpose', 'treatment', '--grantee', 'dev-clinic-b');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^fhir-exchange patient consent revoke: POST \/patient\/consents failed with HTTP 409: /);
  });

  test("a wallet that controls no patient: exit 1 with the exchange's 404", async () => {
    const stranger = join(folder, 'stranger.key');
    expect((await cli('patient', 'new-key', '--out', stranger)).code).toBe(0);
    const result = await cli('patient', 'consents', '--key', stranger);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'fhir-exchange patient consents: GET /patient/consents failed with HTTP 404: This wallet controls no patient: enroll first with a code from your provider\n' });
    const grant = await cli('patient', 'consent', 'grant', '--grantee', 'dev-clinic-b', '--purpose', 'treatment', '--key', stranger);
    expect(grant.code).toBe(1);
    expect(grant.stderr).toContain('HTTP 404: This wallet controls no patient');
  });

  test('no private key in any output', async () => {
    for (const file of [keyFile(), join(folder, 'stranger.key')]) {
      const secret = (await readFile(file, 'utf8')).trim().slice(2).toLowerCase();
      for (const output of outputs) expect(output.toLowerCase()).not.toContain(secret);
    }
  });
});
