import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dataFile, dataFiles, hl7Example, syntheaPatientBundles } from '../support/fhir-data.ts';
import { REPO_ROOT, StackProcess } from '../support/local-stack-process.ts';

let stack: StackProcess;
let token: string;
beforeAll(async () => {
  stack = await StackProcess.start();
  token = await stack.token('dev-provider-a');
});
afterAll(async () => {
  await stack?.dispose();
});

async function validate(path: string, body: string, contentType = 'application/fhir+json', auth = true) {
  const response = await fetch(`${stack.info.fhirBase}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, ...(auth ? { Authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: response.status, outcome: (await response.json()) as any };
}
const errorsOf = (outcome: any) => outcome.issue.filter((issue: any) => issue.severity === 'error');
const patientText = () => readFileSync(hl7Example('Patient-example.json'), 'utf8');

describe('$validate', () => {
  test('a Synthea transaction bundle validates with no issues', async () => {
    const { status, outcome } = await validate('/$validate', readFileSync(dataFiles('synthea-r4-smart-generated')[0]!, 'utf8'));
    expect(status).toBe(200);
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(errorsOf(outcome)).toEqual([]);
  });

  test('an invalid resource is still a 200, with an issue per problem and its location', async () => {
    const patient = JSON.parse(patientText());
    patient.birthDate = '1974-13-01';
    patient.gender = 'unknown-ish';
    const { status, outcome } = await validate('/Patient/$validate', JSON.stringify(patient));
    expect(status).toBe(200);
    expect(errorsOf(outcome).map((issue: any) => issue.expression[0]).sort()).toEqual(['Patient.birthDate', 'Patient.gender']);
  });

  test('a Parameters body is unwrapped to its resource parameter', async () => {
    const patient = JSON.parse(patientText());
    delete patient.resourceType;
    const parameters = { resourceType: 'Parameters', parameter: [{ name: 'resource', resource: { ...JSON.parse(patientText()), active: 'yes' } }] };
    const { status, outcome } = await validate('/$validate', JSON.stringify(parameters));
    expect(status).toBe(200);
    expect(errorsOf(outcome).map((issue: any) => issue.expression[0])).toEqual(['Patient.active']);
  });

  test('a resource of another type than the URL says is an error', async () => {
    const { outcome } = await validate('/Observation/$validate', patientText());
    expect(errorsOf(outcome).map((issue: any) => issue.expression[0])).toEqual(['resourceType']);
  });

  test('duplicate JSON properties are reported', async () => {
    const { status, outcome } = await validate('/$validate', '{"resourceType":"Patient","active":true,"active":false}');
    expect(status).toBe(200);
    expect(errorsOf(outcome)[0].code).toBe('structure');
  });

  test('a body that is not JSON is a 400; a token is required; the type must exist; the media type must be JSON', async () => {
    expect((await validate('/$validate', '{"resourceType": "Patient",')).status).toBe(400);
    expect((await validate('/$validate', patientText(), 'application/fhir+json', false)).status).toBe(401);
    expect((await validate('/Patients/$validate', patientText())).status).toBe(404);
    expect((await validate('/$validate', patientText(), 'application/xml')).status).toBe(415);
  });

  test('the CapabilityStatement lists the operation', async () => {
    const statement = (await (await fetch(`${stack.info.fhirBase}/metadata`)).json()) as any;
    expect(statement.rest[0].operation).toContainEqual({ name: 'validate', definition: 'http://hl7.org/fhir/OperationDefinition/Resource-validate' });
  });
});

describe('fhir-exchange validate', () => {
  const run = promisify(execFile);
  const cli = async (...args: string[]) => {
    try {
      const { stdout } = await run(process.execPath, [join(REPO_ROOT, 'functions/cli/fhir-exchange.ts'), 'validate', ...args], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
      return { code: 0, stdout };
    } catch (error) {
      return { code: (error as { code: number }).code, stdout: (error as { stdout: string }).stdout };
    }
  };

  test('valid files exit 0 with a line each', async () => {
    const files = syntheaPatientBundles().slice(0, 3);
    const result = await cli(...files);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 valid, 0 invalid');
  });

  test('NDJSON is validated line by line, and any invalid resource makes the exit code 1', async () => {
    const ndjson = dataFile('bulk-ndjson-smart/10-patients', 'Patient.000.ndjson');
    const invalid = dataFile('fhir-test-cases-validator-r4/base-invalid', 'ai4.json');
    const result = await cli('--json', ndjson, invalid);
    expect(result.code).toBe(1);
    const results = JSON.parse(result.stdout) as { file: string; line?: number; valid: boolean; outcome: any }[];
    const lines = readFileSync(ndjson, 'utf8').split('\n').filter((line) => line.trim()).length;
    expect(results.filter((entry) => entry.file === ndjson)).toHaveLength(lines);
    expect(results.filter((entry) => entry.file === ndjson).every((entry) => entry.valid)).toBe(true);
    const bad = results.find((entry) => entry.file === invalid)!;
    expect(bad.valid).toBe(false);
    expect(errorsOf(bad.outcome)[0].expression).toEqual(['Patient.birthDate']);
  });
});
