import { execFile } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deidentifyCommand, PROGRESS_MIN_BYTES } from '../../functions/cli/deidentify-command.ts';
import { SAFE_HARBOR_SAMPLE } from '../../functions/deid/safe-harbor.ts';
import { dataDir, dataFile, readJsonFile, syntheaPatientText } from '../support/fhir-data.ts';
import { REPO_ROOT } from '../support/local-stack-process.ts';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'functions/cli/fhir-exchange.ts');
const MSFT = dataDir('deid-msft-anonymizer-fixtures');
const PATIENTS_NDJSON = dataFile('bulk-ndjson-smart/10-patients', 'Patient.000.ndjson');

let dir: string;
let safeHarbor: string;
const cryptoHashKey = randomBytes(16).toString('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deid-cli-'));
  safeHarbor = join(dir, 'safe-harbor.json');
  const config = structuredClone(SAFE_HARBOR_SAMPLE) as unknown as { parameters: Record<string, unknown> };
  config.parameters.dateShiftKey = randomBytes(16).toString('hex');
  config.parameters.cryptoHashKey = cryptoHashKey;
  await writeFile(safeHarbor, JSON.stringify(config));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('fhir-exchange deidentify', () => {
  test('an NDJSON file of patients: one line out per line in, ids hashed with the key, no names or identifiers left', async () => {
    const out = join(dir, 'patients.ndjson');
    const result = await cli('deidentify', '--config', safeHarbor, PATIENTS_NDJSON, '--out', out);
    expect(result.code).toBe(0);
    const inputs = lines(readFileSync(PATIENTS_NDJSON, 'utf8')).map((line) => JSON.parse(line) as { id: string; name: { family: string }[]; identifier: { value: string }[] });
    const outputs = lines(readFileSync(out, 'utf8')).map((line) => JSON.parse(line) as { id: string });
    expect(outputs).toHaveLength(inputs.length);
    expect(result.stderr).toContain(`de-identified ${inputs.length} resource(s)`);
    const text = readFileSync(out, 'utf8');
    inputs.forEach((input, i) => {
      expect(outputs[i]!.id).toBe(createHmac('sha256', cryptoHashKey).update(input.id).digest('hex'));
      for (const name of input.name) expect(text).not.toContain(name.family);
      for (const identifier of input.identifier) expect(text).not.toContain(identifier.value);
    });
  });

  test('a Bundle with the fixture’s own configuration gives the Microsoft anonymizer’s output on stdout', async () => {
    const result = await cli('deidentify', '--config', join(MSFT, 'configurations/common-config.json'), join(MSFT, 'resources/contained-in-bundle.json'));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(readJsonFile(join(MSFT, 'resources/contained-in-bundle-target.json')));
  });

  test('a configuration with an unknown method is a usage error naming the rule, and nothing is written', async () => {
    const bad = join(dir, 'bad-method.json');
    await writeFile(bad, JSON.stringify({ fhirPathRules: [{ path: 'Patient.name', method: 'redact' }, { path: 'Patient.address', method: 'obscure' }] }));
    const out = join(dir, 'never.ndjson');
    const result = await cli('deidentify', '--config', bad, PATIENTS_NDJSON, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/rule 2 \(Patient\.address\): unknown method "obscure"/);
    expect(existsSync(out)).toBe(false);
  });

  test('a line that is not R4 is left out and reported by line number without its content; the others are written; exit code 1', async () => {
    const stu3 = readFileSync(join(MSFT, 'resources/Stu3OnlyResource/Account-Stu3.json'), 'utf8');
    const patients = lines(readFileSync(PATIENTS_NDJSON, 'utf8'));
    const mixed = join(dir, 'mixed.ndjson');
    await writeFile(mixed, [patients[0], JSON.stringify(JSON.parse(stu3)), patients[1]].join('\n'));
    const result = await cli('deidentify', '--config', safeHarbor, mixed);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toHaveLength(2);
    expect(result.stderr).toMatch(/mixed\.ndjson:2: left out: Account\.\w+ is not an element of Account in FHIR R4/);
    const account = JSON.parse(stu3) as { name?: string };
    if (account.name) expect(result.stderr).not.toContain(account.name);
  });

  test('on a terminal, a large input gets a progress bar', async () => {
    // The resources of Synthea patients (other persons after the data's end), as NDJSON, until the file is large enough for a bar.
    const resources: string[] = [];
    let bytes = 0;
    for (let patient = 0; bytes < PROGRESS_MIN_BYTES; patient++) {
      for (const entry of (JSON.parse(syntheaPatientText(patient)) as { entry: { resource: unknown }[] }).entry) {
        const line = JSON.stringify(entry.resource);
        resources.push(line);
        bytes += line.length + 1;
      }
    }
    expect(bytes).toBeGreaterThanOrEqual(PROGRESS_MIN_BYTES);
    const input = join(dir, 'synthea.ndjson');
    await writeFile(input, `${resources.join('\n')}\n`);
    const drawn: string[] = [];
    const terminal = new Writable({
      write(chunk: Buffer, _encoding, done) {
        drawn.push(chunk.toString());
        done();
      },
    });
    const err: string[] = [];
    const code = await deidentifyCommand(['--config', safeHarbor, input, '--out', join(dir, 'synthea.deid.ndjson')], {
      stdout: () => undefined,
      stderr: (text) => void err.push(text),
      tty: true,
      progressStream: Object.assign(terminal, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true }) as unknown as NodeJS.WritableStream,
    });
    expect(code).toBe(0);
    expect(drawn.join('')).toMatch(/deidentify \[[^\]]+\] \d+% \| ETA \S+s \| \d+ resources\/s/);
    expect(err.join('')).toContain(`de-identified ${resources.length} resource(s)`);
  });
});
