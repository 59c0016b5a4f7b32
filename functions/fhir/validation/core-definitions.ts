import type { OperationOutcomeIssue } from '../types.ts';
import {
  CORE_EXTENSIONS,
  CORE_SEARCH_PARAMETERS,
  ELEMENT_TYPE_CODES,
  ELEMENT_TYPE_NAMES,
  ELEMENT_TYPES,
  EXTENSION_PREFIX,
  PRIMITIVE_TYPES,
  SEARCH_PARAMETER_PREFIX,
  SHARED_SEARCH_PARAMETERS,
  TYPE_BASES,
} from '../../../schemas/core-definitions.generated.ts';
import { RESOURCE_TYPES } from '../../../schemas/fhir-r4-structure.generated.ts';

/**
 * Rules that need the conformance resources shipped with the R4 (4.0.1) base spec, from the
 * tables in schemas/core-definitions.generated.ts, checked as the HL7 Java validator checks them:
 *
 * - A core extension (url `http://hl7.org/fhir/StructureDefinition/<id>` that the spec defines)
 *   must have a value of a type its definition allows, or be complex (nested extensions only) if
 *   its definition is (InstanceValidator.checkExtension: Extension_EXT_Type, Extension_EXT_Simple_Wrong),
 *   and must be used in one of its contexts (checkExtensionContext: Extension_EXTP_Context_Wrong).
 *   A url in the core namespace that R4 does not define is a warning: later versions and the HL7
 *   extensions package publish extensions under the same namespace. Other urls are not looked at.
 * - A CapabilityStatement search parameter whose `definition` is a core SearchParameter must have
 *   its type (CapabilityStatement validator: CapabalityStatement_CS_SP_WrongType).
 * - A SearchParameter derived from a core SearchParameter must keep its type and have only bases
 *   the parent has (SearchParameterValidator: SEARCHPARAMETER_TYPE_WRONG, SEARCHPARAMETER_BASE_WRONG);
 *   an unknown core-namespace derivedFrom is a warning (SEARCHPARAMETER_NOTFOUND). Its expression
 *   must not start a path with a resource type that is not one of its bases (what the Java
 *   validator's FHIRPath type check reports as "The name ... is not valid for any of the possible types").
 *
 * Issue texts quote the urls of core definitions, type names and element paths, never other
 * values from the resource (an unknown url included).
 */

type JsonObject = { [key: string]: unknown };
type Code = OperationOutcomeIssue['code'];
type Severity = 'error' | 'warning';
export type Segment = string | number;

const PRIMITIVES: ReadonlySet<string> = new Set(PRIMITIVE_TYPES);
const RESOURCES: ReadonlySet<string> = new Set(RESOURCE_TYPES);

/** A generated table (`key value` lines), indexed on first use. */
function lazyTable(text: string): () => ReadonlyMap<string, string> {
  let map: Map<string, string> | undefined;
  return () => {
    if (map) return map;
    map = new Map();
    for (const line of text.split('\n')) {
      const space = line.indexOf(' ');
      if (space < 0) map.set(line, '');
      else map.set(line.slice(0, space), line.slice(space + 1));
    }
    return map;
  };
}

const extensionTable = lazyTable(CORE_EXTENSIONS);
const typeBaseTable = lazyTable(TYPE_BASES);
const elementTypeTable = lazyTable(ELEMENT_TYPES);
const searchParameterTable = lazyTable(CORE_SEARCH_PARAMETERS);
const sharedSearchParameterTable = lazyTable(SHARED_SEARCH_PARAMETERS);

// ---------------------------------------------------------------------------------------------
// Extensions
// ---------------------------------------------------------------------------------------------

interface ExtensionDefinition {
  /** The allowed value[x] types; empty for a complex extension. */
  readonly types: readonly string[];
  readonly contexts: readonly string[];
  /** The most names a context has (`HumanName.family`: 2). */
  readonly longest: number;
}

const extensionDefinitions = new Map<string, ExtensionDefinition>();

/** The definition of a core extension, by its url; undefined if R4 defines no such extension. */
export function coreExtension(url: string): ExtensionDefinition | undefined {
  if (!url.startsWith(EXTENSION_PREFIX)) return undefined;
  const id = url.slice(EXTENSION_PREFIX.length);
  let definition = extensionDefinitions.get(id);
  if (definition) return definition;
  const entry = extensionTable().get(id);
  if (entry === undefined) return undefined;
  const [types, contexts] = entry.split('|') as [string, string];
  const list = contexts.split(',');
  definition = { types: types ? types.split(',') : [], contexts: list, longest: Math.max(...list.map((context) => context.split('.').length)) };
  extensionDefinitions.set(id, definition);
  return definition;
}

/** Reports a problem at the extension (`extension`) or at the element that holds it (`element`). */
export type ExtensionReport = (severity: Severity, code: Code, text: string, at: 'extension' | 'element') => void;

/**
 * Checks one Extension. `resourceType` is the resource it is in (the innermost one: a contained
 * resource or a Bundle entry is its own); `segments` from index `from` are the keys and indices
 * from that resource to the extension itself (`name, 0, extension, 1` or `_birthDate, extension, 0`).
 */
export function checkCoreExtension(extension: JsonObject, resourceType: string, segments: readonly Segment[], from: number, report: ExtensionReport): void {
  const written = extension.url;
  if (typeof written !== 'string' || !written.startsWith(EXTENSION_PREFIX)) return;
  // `url|version`: the definition is found by its canonical url (as Java does), with a warning.
  const bar = written.indexOf('|');
  const url = bar < 0 ? written : written.slice(0, bar);
  const definition = coreExtension(url);
  if (!definition) {
    report('warning', 'structure', `The extension url is in the namespace of the core specification (${EXTENSION_PREFIX}), but FHIR R4 defines no such extension`, 'extension');
    return;
  }
  if (bar >= 0) report('warning', 'structure', `The extension url ${url} is followed by a version: Extension.url is the canonical url of the definition, without one`, 'extension');

  // The value: its type is in the JSON name (valueDateTime holds a dateTime).
  const valueType = extensionValueType(extension);
  if (valueType !== undefined) {
    if (!definition.types.includes(valueType)) {
      const allowed = definition.types.length > 0 ? `a value of type ${definition.types.join(' or ')}` : 'no value (it is a complex extension: nested extensions only)';
      report('error', 'structure', `The extension ${url} allows ${allowed}, but has a value of type ${valueType}`, 'extension');
    }
  } else if (definition.types.length > 0 && Array.isArray(extension.extension) && extension.extension.length > 0) {
    report('error', 'structure', `The extension ${url} is a simple extension (a value of type ${definition.types.join(' or ')}), but has nested extensions instead`, 'extension');
  }

  // The context: the element that holds the extension.
  if (definition.contexts.includes('Element')) return;
  const end = segments.length - (typeof segments[segments.length - 1] === 'number' ? 2 : 1);
  const names: string[] = [];
  for (let index = from; index < end; index++) {
    const segment = segments[index]!;
    if (typeof segment === 'string') names.push(segment.charCodeAt(0) === 95 /* _ */ ? segment.slice(1) : segment);
  }
  const element = describeElement(resourceType, names, Math.max(definition.longest, MESSAGE_NAMES));
  if (!allowedIn(definition.contexts, element)) {
    report(
      'error',
      'structure',
      `The extension ${url} is not allowed to be used at this point (this element is [${[...element.paths].sort().join(', ')}]; allowed = ${definition.contexts.join(', ')})`,
      'element',
    );
  }
}

/** The type of an extension's value, from its JSON name (Java's getExtensionType), or undefined. */
function extensionValueType(extension: JsonObject): string | undefined {
  for (const key in extension) {
    if (key.length > 5 && key.startsWith('value')) {
      const code = key.charCodeAt(5);
      if (code < 65 || code > 90) continue;
      const type = key.slice(5);
      const lower = `${type.charAt(0).toLowerCase()}${type.slice(1)}`;
      return PRIMITIVES.has(lower) ? lower : type;
    }
  }
  return undefined;
}

// -- what an element is ---------------------------------------------------------------------------

/** An element table: the elements a type (or a backbone element) defines, and where the rest come from. */
interface TypeNode {
  readonly entries: ReadonlyMap<string, ElementEntry>;
  readonly base: () => TypeNode | undefined;
}
interface ElementEntry {
  /** A type name, for an element of a data type or primitive type. */
  readonly type?: string;
  /** A choice element: the type is in the JSON name. */
  readonly choice?: boolean;
  /** A backbone element's own elements. */
  readonly node?: TypeNode;
  /** A content reference (`Questionnaire.item`). */
  readonly reference?: string;
}

const typeNodes = new Map<string, TypeNode | undefined>();

/** The element table of a type or resource, parsed from ELEMENT_TYPES on first use. */
function typeNode(type: string): TypeNode | undefined {
  if (typeNodes.has(type)) return typeNodes.get(type);
  const base = baseType(type);
  const encoded = elementTypeTable().get(type) ?? (PRIMITIVES.has(type) ? '' : undefined);
  const node = encoded === undefined ? undefined : parseNode(encoded, { index: 0 }, () => (base ? typeNode(base) : undefined));
  typeNodes.set(type, node);
  return node;
}

/** The type a type specialises (Java walks these for contexts): `code` → `string`, `Patient` → `DomainResource`. */
function baseType(type: string): string | undefined {
  const base = typeBaseTable().get(type);
  if (base !== undefined) return base;
  if (type === 'Element' || type === 'Resource') return undefined;
  return RESOURCES.has(type) || type === 'DomainResource' ? 'DomainResource' : 'Element';
}

/** Parses `name<type>,name*,name=Path,name{...}` from `cursor.index` up to a closing brace or the end. */
function parseNode(text: string, cursor: { index: number }, base: () => TypeNode | undefined): TypeNode {
  const entries = new Map<string, ElementEntry>();
  while (cursor.index < text.length) {
    if (text[cursor.index] === '}') {
      cursor.index++;
      break;
    }
    let end = cursor.index;
    while (end < text.length && !',{}=*'.includes(text[end]!)) end++;
    const stop = text[end];
    if (stop === '{') {
      const name = text.slice(cursor.index, end);
      cursor.index = end + 1;
      entries.set(name, { node: parseNode(text, cursor, () => typeNode('BackboneElement')) });
    } else if (stop === '=') {
      const name = text.slice(cursor.index, end);
      let close = end + 1;
      while (close < text.length && text[close] !== ',' && text[close] !== '}') close++;
      entries.set(name, { reference: text.slice(end + 1, close) });
      cursor.index = close;
    } else if (stop === '*') {
      entries.set(text.slice(cursor.index, end), { choice: true });
      cursor.index = end + 1;
    } else {
      // The last character is the type's code.
      const name = text.slice(cursor.index, end - 1);
      entries.set(name, { type: ELEMENT_TYPE_NAMES[ELEMENT_TYPE_CODES.indexOf(text[end - 1]!)]! });
      cursor.index = end;
    }
    if (text[cursor.index] === ',') cursor.index++;
  }
  return { entries, base };
}

function lookup(node: TypeNode | undefined, name: string): ElementEntry | undefined {
  for (let current = node; current; current = current.base()) {
    const entry = current.entries.get(name);
    if (entry) return entry;
  }
  return undefined;
}

/** The node a content reference (`Questionnaire.item.answerOption`) points at. */
function referencedNode(reference: string): TypeNode | undefined {
  const [type, ...names] = reference.split('.');
  let node = typeNode(type!);
  for (const name of names) node = lookup(node, name)?.node;
  return node;
}

interface ElementDescription {
  /** The paths that name the element, as Java's NodeStack gives them (literal and logical). */
  readonly paths: ReadonlySet<string>;
  /** Whether the element is the resource itself. */
  readonly isResource: boolean;
}

/** Paths up to this many names are kept for the issue text (the longest core context has 5). */
const MESSAGE_NAMES = 8;

/** A path and how many names it has. */
interface NamePath {
  readonly text: string;
  readonly length: number;
}

/**
 * The paths an element is known by (InstanceValidator / NodeStack): its path from the resource
 * (`Patient.contact.name`), its type (`HumanName`), and its path from each typed element above it
 * (`HumanName.family` for Patient.name.family); a choice element as `value[x]` and `valueQuantity`.
 * Only paths of at most `longest` names are kept (no context is longer), which keeps the work
 * on deeply nested input linear in its depth.
 */
function describeElement(resourceType: string, names: readonly string[], longest: number): ElementDescription {
  let paths: NamePath[] = [{ text: resourceType, length: 1 }];
  let node = typeNode(resourceType);
  for (const name of names) {
    let entry = lookup(node, name);
    let step = [name];
    let type: string | undefined;
    if (!entry) {
      // valueQuantity: the choice element value[x] holding a Quantity.
      for (let index = name.length - 1; index > 0; index--) {
        const code = name.charCodeAt(index);
        if (code < 65 || code > 90) continue;
        const choice = lookup(node, name.slice(0, index));
        if (choice?.choice) {
          const written = name.slice(index);
          const lower = `${written.charAt(0).toLowerCase()}${written.slice(1)}`;
          type = PRIMITIVES.has(lower) ? lower : written;
          step = [`${name.slice(0, index)}[x]`, name];
          entry = choice;
          break;
        }
      }
    } else {
      type = entry.type;
    }
    const next: NamePath[] = [];
    for (const path of paths) {
      if (path.length < longest) for (const part of step) next.push({ text: `${path.text}.${part}`, length: path.length + 1 });
    }
    if (type) {
      next.push({ text: type, length: 1 });
      node = typeNode(type);
    } else if (entry?.node) {
      next.push({ text: 'BackboneElement', length: 1 });
      node = entry.node;
    } else if (entry?.reference) {
      // A content reference is the element it refers to: Questionnaire.item.item.item is also a
      // Questionnaire.item (and so a Questionnaire.item.item one level down), as the contexts
      // `Questionnaire.item, Questionnaire.item.item` mean. Java's paths only grow here, which
      // would reject the official examples' nested items (Bundle-ussg-fht, RequestGroup-kdn5-example).
      const length = entry.reference.split('.').length;
      if (length <= longest && !next.some((path) => path.text === entry.reference)) next.push({ text: entry.reference, length });
      next.push({ text: 'BackboneElement', length: 1 });
      node = referencedNode(entry.reference);
    } else {
      node = undefined;
    }
    paths = next;
  }
  return { paths: new Set(paths.map((path) => path.text)), isResource: names.length === 0 };
}

/** Java's exemption: extensions inside example, fixed and pattern values of an ElementDefinition describe other instances. */
const EXEMPT = /^ElementDefinition\.(?:example\.value|fixed|pattern)/;

/** checkExtensionContext for `element` contexts, the only type the core extensions use. */
function allowedIn(contexts: readonly string[], element: ElementDescription): boolean {
  for (const path of element.paths) if (EXEMPT.test(path)) return true;
  for (const context of contexts) {
    if (context === 'Element' || context === 'Any') return true;
    if (context === 'Resource' && element.isResource) return true;
    for (const path of element.paths) {
      if (path === context) return true;
      // A context on a type also covers its specialisations (Age is a Quantity, code a string,
      // Patient a DomainResource): the path from each base type.
      const dot = path.indexOf('.');
      const head = dot < 0 ? path : path.slice(0, dot);
      const tail = dot < 0 ? '' : path.slice(dot);
      for (let base = baseType(head); base; base = baseType(base)) if (`${base}${tail}` === context) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// SearchParameters
// ---------------------------------------------------------------------------------------------

const SEARCH_TYPES: Readonly<Record<string, string>> = {
  n: 'number',
  d: 'date',
  s: 'string',
  t: 'token',
  r: 'reference',
  c: 'composite',
  q: 'quantity',
  u: 'uri',
  x: 'special',
};

export interface CoreSearchParameter {
  readonly url: string;
  readonly code: string;
  readonly type: string;
  readonly base: readonly string[];
}

/**
 * A core SearchParameter by canonical url (`http://hl7.org/fhir/SearchParameter/Patient-name`,
 * optionally `|4.0.1`); undefined if the url is not one.
 */
export function coreSearchParameter(canonical: string): CoreSearchParameter | undefined {
  const bar = canonical.indexOf('|');
  if (bar >= 0 && canonical.slice(bar + 1) !== '4.0.1') return undefined;
  const url = bar >= 0 ? canonical.slice(0, bar) : canonical;
  if (!url.startsWith(SEARCH_PARAMETER_PREFIX)) return undefined;
  const id = url.slice(SEARCH_PARAMETER_PREFIX.length);
  const shared = sharedSearchParameterTable().get(id);
  if (shared !== undefined) {
    const [code, letter, bases] = shared.split('|') as [string, string, string];
    return { url, code, type: SEARCH_TYPES[letter]!, base: bases.split(',') };
  }
  const dash = id.indexOf('-');
  if (dash < 0) return undefined;
  const base = id.slice(0, dash);
  const code = id.slice(dash + 1);
  const list = searchParameterTable().get(base);
  if (list === undefined) return undefined;
  const entry = ` ${list} `;
  const at = entry.indexOf(` ${code}:`);
  if (at < 0) return undefined;
  return { url, code, type: SEARCH_TYPES[entry.charAt(at + code.length + 2)]!, base: [base] };
}

/** Reports at a path below the resource (no segments: the resource itself). */
export type ResourceReport = (severity: Severity, code: Code, text: string, ...at: Segment[]) => void;

/** The search types whose values are plain strings (search.html: string, token, uri, reference). */
const STRING_VALUED = new Set(['string', 'token', 'uri', 'reference']);

/**
 * CapabilityStatement.rest.resource.searchParam (and rest.searchParam, the same element): the
 * type SHALL be that of the SearchParameter named by `definition`, when that is a core one. An
 * error as in the Java validator, except between the string-valued types: there a client that
 * sends values in the declared type's syntax is still understood, and the official examples have
 * such mismatches (CapabilityStatement-knowledge-repository declares the token `version`
 * parameters as string, CapabilityStatement-base `_source` as token, -terminology-server
 * ConceptMap `source` as uri): a warning.
 */
export function checkCapabilityStatement(resource: JsonObject, report: ResourceReport): void {
  eachObject(resource.rest, (rest, restIndex) => {
    const check = (searchParam: JsonObject, at: Segment[]) => {
      if (typeof searchParam.definition !== 'string') return;
      const definition = coreSearchParameter(searchParam.definition);
      if (!definition || typeof searchParam.type !== 'string' || searchParam.type === definition.type) return;
      const severity = STRING_VALUED.has(searchParam.type) && STRING_VALUED.has(definition.type) ? 'warning' : 'error';
      report(severity, 'invalid', `Type mismatch - SearchParameter '${definition.url}|4.0.1' type is ${definition.type}, but type here is ${searchParam.type}`, ...at);
    };
    eachObject(rest.resource, (entry, resourceIndex) =>
      eachObject(entry.searchParam, (searchParam, index) => check(searchParam, ['rest', restIndex, 'resource', resourceIndex, 'searchParam', index])),
    );
    eachObject(rest.searchParam, (searchParam, index) => check(searchParam, ['rest', restIndex, 'searchParam', index]));
  });
}

/** SearchParameter: derivedFrom a core SearchParameter, and the resource types its expression starts from. */
export function checkSearchParameter(resource: JsonObject, report: ResourceReport): void {
  const bases = Array.isArray(resource.base) ? resource.base.filter((base): base is string => typeof base === 'string') : [];
  const derivedFrom = resource.derivedFrom;
  if (typeof derivedFrom === 'string' && derivedFrom.startsWith(SEARCH_PARAMETER_PREFIX)) {
    const parent = coreSearchParameter(derivedFrom);
    if (!parent) {
      report('warning', 'business-rule', `derivedFrom is in the namespace of the core specification (${SEARCH_PARAMETER_PREFIX}), but FHIR R4 defines no such SearchParameter`);
    } else {
      // Java: for each base, sp.hasBase(base) || sp.hasBase("Resource")
      for (const base of bases) {
        if (!parent.base.includes(base) && !parent.base.includes('Resource')) {
          report('error', 'business-rule', `The resource type ${base} is not listed as a base in the SearchParameter this is derived from (${parent.url})`);
        }
      }
      if (typeof resource.type === 'string' && resource.type !== parent.type) {
        report('error', 'business-rule', `The type ${resource.type} is different to the type ${parent.type} of the SearchParameter this is derived from (${parent.url})`);
      }
    }
  }
  if (typeof resource.expression === 'string' && bases.length > 0 && !bases.includes('Resource') && !bases.includes('DomainResource')) {
    for (const name of expressionRoots(resource.expression)) {
      if (RESOURCES.has(name) && !bases.includes(name)) {
        report('error', 'invalid', `The search expression starts a path at ${name}, which is not valid for any of the possible types (the bases: ${bases.join(', ')})`, 'expression');
        break;
      }
    }
  }
}

/**
 * The names the top-level paths of a FHIRPath union start with: `Observation.code | (Condition.code)`
 * gives Observation and Condition. Unions inside function arguments and strings are skipped.
 */
export function expressionRoots(expression: string): string[] {
  const roots: string[] = [];
  let depth = 0;
  let start = 0;
  const take = (part: string) => {
    const match = /^[\s(]*([A-Za-z][A-Za-z0-9_]*)/.exec(part);
    if (match) roots.push(match[1]!);
  };
  for (let index = 0; index < expression.length; index++) {
    const char = expression[index];
    if (char === "'" || char === '`') {
      // A string or a delimited identifier: skip to its end.
      for (index++; index < expression.length && expression[index] !== char; index++) if (expression[index] === '\\') index++;
    } else if (char === '(' || char === '[') {
      depth++;
    } else if (char === ')' || char === ']') {
      depth--;
    } else if (char === '|' && depth === 0) {
      take(expression.slice(start, index));
      start = index + 1;
    }
  }
  take(expression.slice(start));
  return roots;
}

function eachObject(value: unknown, visit: (item: JsonObject, index: number) => void): void {
  if (!Array.isArray(value)) return;
  value.forEach((item, index) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) visit(item as JsonObject, index);
  });
}
