import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared, third-party FHIR test data, read where it is (../shared/fhir), never copied. */
export const FHIR_DATA = fileURLToPath(new URL('../../../shared/fhir/', import.meta.url));

export function dataFiles(folder: string, extension = '.json'): string[] {
  return readdirSync(join(FHIR_DATA, folder))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(FHIR_DATA, folder, name));
}

export function readJsonFile(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The Synthea patient bundles (one patient each, transaction bundles). */
export const SYNTHEA_FOLDERS = ['synthea-r4-smart-generated', 'synthea-r4-msft-samples'];
