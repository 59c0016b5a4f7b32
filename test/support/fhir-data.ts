import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the tests find third-party FHIR data.
 *
 * By default: the small, attributed subset in test/fixtures/fhir (see its SOURCES.md), with the
 * official HL7 R4 examples from their npm package (hl7.fhir.r4.examples). When FHIR_TEST_DATA names
 * a folder of the same layout, every data-driven test runs over all of it instead.
 *
 * Nothing here skips: a folder or file that is missing throws, naming it and where it was looked
 * for, so a test whose data is absent fails and says which.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/fhir/', import.meta.url));
const configured = process.env.FHIR_TEST_DATA?.trim();

export const FHIR_DATA = configured ? resolve(configured) : FIXTURES;
export const FHIR_DATA_SOURCE = configured ? `FHIR_TEST_DATA=${FHIR_DATA}` : 'test/fixtures/fhir';

const HL7_EXAMPLES = 'hl7-r4-examples';
const HL7_EXAMPLES_PACKAGE = dirname(createRequire(import.meta.url).resolve('hl7.fhir.r4.examples/package.json'));

/** The folder of one data set (for example 'synthea-r4-smart-generated'); throws when it is missing. */
export function dataDir(folder: string): string {
  const [top, ...rest] = folder.split('/');
  const path = top === HL7_EXAMPLES && !existsSync(join(FHIR_DATA, HL7_EXAMPLES)) ? join(HL7_EXAMPLES_PACKAGE, ...rest) : join(FHIR_DATA, folder);
  if (!existsSync(path)) throw new Error(`test data folder ${folder} is missing (looked in ${FHIR_DATA_SOURCE}: ${path})`);
  return path;
}

/** One data file by folder and name; throws when it is missing, naming it. */
export function dataFile(folder: string, name: string): string {
  const path = join(dataDir(folder), name);
  if (!existsSync(path)) throw new Error(`test data file ${folder}/${name} is missing (looked in ${FHIR_DATA_SOURCE})`);
  return path;
}

/**
 * The specification's own definition tables, which the examples package also carries: every
 * profile, search parameter, code system, value set and concept map of R4, and R4's own
 * ImplementationGuide. They are not examples of data anyone exchanges.
 */
const DEFINITION_TABLE_TYPES = new Set(['CodeSystem', 'ConceptMap', 'ImplementationGuide', 'SearchParameter', 'StructureDefinition', 'ValueSet']);

function isExampleOfStoredData(file: string): boolean {
  const name = basename(file);
  if (name === 'package.json' || name.startsWith('_') || name.startsWith('.')) return false;
  const type = name.split('-')[0]!;
  if (!/^[A-Z]/.test(type) || DEFINITION_TABLE_TYPES.has(type)) return false; // ig-r4.json is the package's IG too
  if (type !== 'Bundle') return true;
  // Collections of definitions (Bundle-types, Bundle-resources, Bundle-valuesets, …) are the spec's own tables.
  const bundle = readJsonFile(file) as { type?: string; entry?: { resource?: { resourceType?: string } }[] };
  return !(bundle.type === 'collection' && (bundle.entry ?? []).some((entry) => DEFINITION_TABLE_TYPES.has(entry.resource?.resourceType ?? '')));
}

/**
 * The files of a data folder with the given extension, sorted; throws when the folder is missing or
 * holds none. For the HL7 examples, only the examples of clinical and administrative resources.
 */
export function dataFiles(folder: string, extension = '.json'): string[] {
  const dir = dataDir(folder);
  let files = readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
  if (folder === HL7_EXAMPLES) files = files.filter(isExampleOfStoredData);
  if (files.length === 0) throw new Error(`test data folder ${folder} holds no ${extension} files (looked in ${FHIR_DATA_SOURCE}: ${dir})`);
  return files;
}

/** One HL7 R4 example by file name (for example 'Patient-example.json'). */
export function hl7Example(name: string): string {
  return dataFile(HL7_EXAMPLES, name);
}

export function readJsonFile(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

/** The Synthea patient bundles (one patient each, transaction bundles). */
export const SYNTHEA_FOLDERS = ['synthea-r4-smart-generated', 'synthea-r4-msft-samples'];

/** Synthea's directory bundles (hospitals, practitioners), which belong to no patient. */
export const SYNTHEA_DIRECTORY = /^(hospitalInformation|practitionerInformation)/;

/** The one-patient Synthea bundles of every Synthea folder. */
export function syntheaPatientBundles(folders: readonly string[] = SYNTHEA_FOLDERS): string[] {
  return folders.flatMap((folder) => dataFiles(folder).filter((file) => !SYNTHEA_DIRECTORY.test(basename(file))));
}

/**
 * The text of the `index`-th one-patient Synthea bundle, each index a different person to the
 * exchange. Indexes past the data's end go round again; each later round is a copy of a real
 * bundle in which every UUID (fullUrls, ids, references, Synthea identifiers) is replaced by another
 * one derived from it and the round, and every other Patient identifier value (SSN, MRN, licence…)
 * gets other digits and letters of the same shape, so it is a new person with the same records.
 */
export function syntheaPatientText(index: number, folders: readonly string[] = SYNTHEA_FOLDERS): string {
  const files = syntheaPatientBundles(folders);
  const text = readFileSync(files[index % files.length]!, 'utf8');
  const round = Math.floor(index / files.length);
  if (round === 0) return text;
  const derive = (value: string) => createHash('sha256').update(`${round}:${value}`).digest();
  const renamed = text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, (uuid) => {
    const hex = derive(uuid.toLowerCase()).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  });
  const bundle = JSON.parse(renamed) as { entry?: { resource?: { resourceType?: string; identifier?: { value?: string }[] } }[] };
  for (const entry of bundle.entry ?? []) {
    if (entry.resource?.resourceType !== 'Patient') continue;
    for (const identifier of entry.resource.identifier ?? []) {
      if (typeof identifier.value !== 'string' || /^[0-9a-f]{8}-/.test(identifier.value)) continue;
      const bytes = derive(identifier.value);
      identifier.value = identifier.value.replace(/[0-9A-Za-z]/g, (char, offset: number) => {
        const byte = bytes[offset % bytes.length]!;
        if (/[0-9]/.test(char)) return String(byte % 10);
        const letter = String.fromCharCode(97 + (byte % 26));
        return char === char.toUpperCase() ? letter.toUpperCase() : letter;
      });
    }
  }
  return JSON.stringify(bundle);
}
