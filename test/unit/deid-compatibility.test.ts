import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createDeidentifier, DeidProcessingError, FhirStructureError, parseAnonymizerConfig } from '../../functions/deid/engine.ts';
import { dataDir, dataFiles, readJsonFile } from '../support/fhir-data.ts';

/**
 * Compatibility with the Microsoft FHIR anonymizer, measured on its own functional-test fixtures
 * (input, configuration and the tool's expected output) and on the Nimbus COVID pairs (the tool's
 * output for Synthea bundles). Outputs are compared as parsed JSON, as the tool's tests compare them.
 */

interface MsftCase {
  name: string;
  input: string;
  config: string;
  expect: 'equal' | 'error';
  expected?: string;
}

const MSFT = 'deid-msft-anonymizer-fixtures';
const msftDir = dataDir(MSFT);
const msftCases = (readJsonFile(join(msftDir, 'cases.json')) as { cases: MsftCase[] }).cases;
const readText = (file: string) => readFileSync(file, 'utf8');

describe('the Microsoft anonymizer fixtures', () => {
  test('there are cases of both kinds to run', () => {
    expect(msftCases.filter((c) => c.expect === 'equal').length).toBeGreaterThan(10);
    expect(msftCases.filter((c) => c.expect === 'error').length).toBeGreaterThan(2);
  });

  test.each(msftCases.filter((c) => c.expect === 'equal').map((c) => [c.name, c] as const))('%s gives the expected output', (_name, c) => {
    const engine = createDeidentifier(parseAnonymizerConfig(readText(join(msftDir, c.config))));
    const input = readJsonFile(join(msftDir, c.input)) as { resourceType: string };
    const before = structuredClone(input);
    const output = engine.deidentify(input);
    expect(output).toEqual(readJsonFile(join(msftDir, c.expected!)));
    expect(input).toEqual(before);
  });

  test('a transaction Bundle whose entries hold no resource (an input and target of the fixtures that cases.json does not map): instants shifted and written as the tool writes them', () => {
    const engine = createDeidentifier(parseAnonymizerConfig(readText(join(msftDir, 'configurations/common-config.json'))));
    const output = engine.deidentify(readJsonFile(join(msftDir, 'resources/bundle-without-entry-resource.json')) as { resourceType: string });
    expect(output).toEqual(readJsonFile(join(msftDir, 'resources/bundle-without-entry-resource-target.json')));
  });

  test.each(msftCases.filter((c) => c.expect === 'error').map((c) => [c.name, c] as const))('%s is refused', (_name, c) => {
    const engine = createDeidentifier(parseAnonymizerConfig(readText(join(msftDir, c.config))));
    const input = readJsonFile(join(msftDir, c.input)) as { resourceType: string };
    let thrown: unknown;
    try {
      engine.deidentify(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown instanceof DeidProcessingError || thrown instanceof FhirStructureError).toBe(true);
  });
});

const NIMBUS = 'deid-nimbus-covid-pairs';

describe('the Nimbus COVID pairs', () => {
  const engine = createDeidentifier(parseAnonymizerConfig(readText(join(dataDir(NIMBUS), 'anonymizer-configuration.json'))));
  const inputs = dataFiles(`${NIMBUS}/input-transformed`);

  test.each(inputs.map((file) => [basename(file), file] as const))('%s gives the anonymizer’s output', (name, file) => {
    const output = engine.deidentify(readJsonFile(file) as { resourceType: string });
    expect(output).toEqual(readJsonFile(join(dataDir(`${NIMBUS}/expected-anonymized`), name)));
  });
});
