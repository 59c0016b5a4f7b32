import type { OperationOutcomeIssue } from '../functions/fhir/types.ts';
import { IssueSink } from '../functions/fhir/validation/issues.ts';
import type { ConstraintFailures } from './fhir-r4-constraints.generated.ts';
import { isCalendarDate } from './fhir-r4-primitive-grammar.ts';

/**
 * The generic pieces the compiled structure validator (fhir-r4-structure.generated.ts) calls:
 * where it is in the resource, how an issue is reported, and the checks every type shares (arrays,
 * string lengths, calendar dates, base64, unknown properties, choice elements). Nothing here knows
 * about any particular resource; each rule cites the part of the spec it implements.
 */

export const EMPTY_ARRAY_MESSAGE = 'Arrays must not be empty: omit the element instead (ele-1)';
export const EMPTY_STRING_MESSAGE = 'Strings must not be empty: omit the element instead (ele-1)';
export const CODE_MESSAGE = 'The code is not in the value set of the required binding';
export const MISSING_MESSAGE = 'Missing required element';
export const EMPTY_OBJECT_MESSAGE = 'Objects must not be empty: omit the element instead (ele-1)';
export const NULL_MESSAGE = 'null is only allowed as a filler in arrays of primitives';
export const UNPAIRED_NULL_MESSAGE = 'A null item needs a value or extensions at the same index of its twin array (the _ extension array, or the value array)';
export const FORBIDDEN_KEY_MESSAGE = 'This property name is not allowed';

/** How deep a resource may nest (objects and arrays), so that hostile input cannot exhaust the stack. */
export const MAX_DEPTH = 100;
/** The same bound on the location's segments (the root, then one per property or index). */
const MAX_SEGMENTS = MAX_DEPTH + 1;

/** Thrown when the walk gets deeper than MAX_DEPTH; the validation ends with one too-costly issue. */
export class TooDeep extends Error {}

/** The `partner` of an array of elements: a null item is never allowed. */
const NOT_NULLABLE: unique symbol = Symbol('not nullable');

const ELEMENT_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

type Code = OperationOutcomeIssue['code'];

/** What `%resource` and `%rootResource` stand for at the node being checked. */
export interface ResourceScope {
  readonly resource: unknown;
  readonly rootResource: unknown;
}

/**
 * Runs the constraints of the StructureDefinitions where the compiled checks meet their nodes
 * (functions/fhir/validation/constraints.ts): those of a type (and its base types) on each object
 * of that type, those of an element on each of its values.
 */
export interface ConstraintHooks {
  /** `check`, when given, is the type's generated function (t_<type>), which runs the same constraints as the list of `type` does. */
  type(object: Record<string, unknown>, type: string, context: StructureContext, check?: TypeCheck): void;
  element(value: unknown, element: string, context: StructureContext): void;
}
/**
 * Runs the checks beyond structure and constraints that the base rules make on typed nodes
 * (functions/fhir/validation/invariants.ts): each resource as the walk enters and leaves it, each
 * Reference, Extension, Narrative and Attachment, and each Element.id. The compiled checks call them where the
 * element model says these types are, so nothing is recognised by its shape.
 */
export interface RuleHooks {
  enterResource(resource: Record<string, unknown>, context: StructureContext): void;
  leaveResource(): void;
  /**
   * Reference.reference (whatever the walk found there: the hook checks it is a string), with the
   * resource types the element allows (undefined: any).
   */
  reference(reference: unknown, context: StructureContext, targets: readonly string[] | undefined): void;
  extension(object: Record<string, unknown>, context: StructureContext): void;
  /** Narrative.div (likewise). */
  narrative(div: unknown, context: StructureContext): void;
  attachment(object: Record<string, unknown>, context: StructureContext): void;
  elementId(id: string, context: StructureContext): void;
}

/** A type's generated constraint function (schemas/fhir-r4-constraints.generated.ts). */
export type TypeCheck = (node: Record<string, unknown>, env: ResourceScope, to: ConstraintFailures) => void;

/** A FHIRPath location from the first `length` segments of a walk (the root, then property names and indexes). */
export function pathOf(segments: readonly (string | number)[], length = segments.length): string {
  let path = String(segments[0]);
  for (let index = 1; index < length; index++) {
    const segment = segments[index]!;
    path += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
  }
  return path;
}

/** A compiled check of one value, reported at the context's current location. */
export type Check = (value: unknown, context: StructureContext) => void;

/**
 * One validation's state: the FHIRPath location of the value being checked, kept as a stack of
 * segments so that a path string is built only for an issue, and the sink issues go to.
 */
export class StructureContext {
  readonly segments: (string | number)[];
  readonly sink: IssueSink;
  /** Errors reported by this validation (whether or not the sink had room for them). */
  errors = 0;
  /**
   * The properties of every object checked: in JSON text the members of every object, when
   * nothing was left unchecked (JSON.parse keeps one of repeated names, so fewer than the text has
   * means a name repeated).
   */
  members = 0;
  /**
   * The resource being checked and its root (a contained resource's is its container's): the
   * context is the scope the constraints are evaluated in (%resource, %rootResource), kept in
   * two fields rather than an object made for each resource.
   */
  resource: unknown;
  rootResource: unknown;
  /** Where constraints run, if they are to run during this validation. */
  readonly hooks: ConstraintHooks | undefined;
  /** Where the base rules run, if they are to run during this validation. */
  readonly rules: RuleHooks | undefined;
  /** The resource types the Reference about to be checked may refer to (set by its element's check; undefined: any). */
  targets: readonly string[] | undefined = undefined;

  constructor(sink: IssueSink, root: string, resource: unknown, hooks?: ConstraintHooks, rules?: RuleHooks) {
    this.sink = sink;
    this.segments = [root];
    this.resource = resource;
    this.rootResource = resource;
    this.hooks = hooks;
    this.rules = rules;
  }

  /**
   * A context that lives as long as the process. V8 keeps the hidden class (map) the contexts'
   * fields give them only while some context is alive, and the optimized checks are compiled
   * against it: a full garbage collection between two validations would free it and deoptimize
   * every check that had it ("embedded weak objects cleared"), leaving the next validations to
   * run unoptimized until V8 compiles them again (measured: the first pass after it 2 to 3 times
   * slower, the next two less so).
   */
  static readonly keptAlive = new StructureContext(IssueSink.keptAlive, 'Resource', undefined);

  /** Checks the root resource with its compiled check. */
  root(resource: Record<string, unknown>, check: Check): void {
    if (this.rules === undefined) return check(resource, this);
    this.rules.enterResource(resource, this);
    check(resource, this);
    this.rules.leaveResource();
  }

  /** The base rules of a Reference, an Extension or a Narrative. */
  reference(reference: unknown): void {
    if (reference !== undefined && this.rules !== undefined) this.rules.reference(reference, this, this.targets);
  }

  extension(object: Record<string, unknown>): void {
    if (this.rules !== undefined) this.rules.extension(object, this);
  }

  narrative(div: unknown): void {
    if (div !== undefined && this.rules !== undefined) this.rules.narrative(div, this);
  }

  attachment(object: Record<string, unknown>): void {
    if (this.rules !== undefined && object.data !== undefined) this.rules.attachment(object, this);
  }

  /** An element's id (Element.id, not a resource's): unique within its resource. */
  elementId(id: string): void {
    if (this.rules !== undefined) this.rules.elementId(id, this);
  }

  /** The constraints of `type` on `object` (a no-op unless hooks were given), with the type's generated function when there is one. */
  constraints(object: Record<string, unknown>, type: string, check?: TypeCheck): void {
    if (this.hooks !== undefined) this.hooks.type(object, type, this, check);
  }

  /** The constraints of `element` (`Type.name`) on one of its values. */
  elementConstraints(value: unknown, element: string): void {
    if (this.hooks !== undefined) this.hooks.element(value, element, this);
  }

  /**
   * A nested resource (contained, Bundle.entry.resource...), checked as the resource it is: a
   * contained resource's %rootResource is its container's, other nested resources are roots.
   */
  nestedResource(resource: Record<string, unknown>, check: Check): void {
    const outerResource = this.resource;
    const outerRoot = this.rootResource;
    const contained = this.segments[this.segments.length - 2] === 'contained';
    this.resource = resource;
    if (!contained) this.rootResource = resource;
    if (this.rules === undefined) {
      check(resource, this);
    } else {
      this.rules.enterResource(resource, this);
      check(resource, this);
      this.rules.leaveResource();
    }
    this.resource = outerResource;
    this.rootResource = outerRoot;
  }

  /** The location of the first `length` segments (an enclosing element). */
  pathTo(length: number): string {
    return pathOf(this.segments, length);
  }

  /** The current location, or that of its child `key`. */
  path(key?: string | number): string {
    let path = this.pathTo(this.segments.length);
    if (key !== undefined) path += typeof key === 'number' ? `[${key}]` : `.${key}`;
    return path;
  }

  error(code: Code, text: string, key?: string | number): void {
    this.errors++;
    this.sink.add({ severity: 'error', code, details: { text }, expression: [this.path(key)] });
  }

  wrongType(expected: string): void {
    this.error('structure', `Wrong type: expected ${expected}`);
  }

  missing(key: string): void {
    this.error('required', MISSING_MESSAGE, key);
  }

  /** A property holding one value: checked when present. Returns 1 if present. */
  one(value: unknown, key: string, check: Check): number {
    if (value === undefined) return 0;
    if (value === null) {
      this.error('structure', NULL_MESSAGE, key);
      return 1;
    }
    const segments = this.segments;
    if (segments.length > MAX_SEGMENTS) throw new TooDeep();
    segments.push(key);
    check(value, this);
    segments.pop();
    return 1;
  }

  /** ele-1 on an object with no properties at all. */
  emptyObject(): void {
    this.error('invalid', EMPTY_OBJECT_MESSAGE);
  }

  /** An optional array of elements (0..*). */
  list(value: unknown, key: string, check: Check): number {
    return this.array(value, key, check, 1, undefined, NOT_NULLABLE);
  }

  /** An optional array of primitives (0..*): nulls stand where only its `_x` twin (`partner`) has content. */
  values(value: unknown, key: string, check: Check, partner: unknown): number {
    return this.array(value, key, check, 1, undefined, partner);
  }

  /**
   * An array property (json.html#arrays): each item checked, and at least `min` (1: ele-1, no
   * empty arrays) and at most `max` items. A primitive array (and its `_x` twin) may hold nulls
   * where only the twin has content (json.html#primitive): for those, `partner` is the twin's
   * value (undefined when absent); for element arrays it is NOT_NULLABLE.
   */
  array(value: unknown, key: string, item: Check, min: number, max: number | undefined, partner: unknown): number {
    if (value === undefined) return 0;
    const segments = this.segments;
    if (segments.length > MAX_SEGMENTS) throw new TooDeep();
    segments.push(key);
    if (!Array.isArray(value)) {
      this.wrongType('array');
    } else {
      for (let index = 0; index < value.length; index++) {
        const entry: unknown = value[index];
        segments.push(index);
        if (entry !== null) item(entry, this);
        else if (partner === NOT_NULLABLE) this.error('structure', NULL_MESSAGE);
        // json.html#primitive: "[the] arrays SHALL have the same number of items, with null used
        // as a filler where an element has no value or no extensions".
        else if (!Array.isArray(partner) || partner.length !== value.length || partner[index] === null || partner[index] === undefined) this.error('structure', UNPAIRED_NULL_MESSAGE);
        segments.pop();
      }
      if (value.length < min) this.error('invalid', EMPTY_ARRAY_MESSAGE);
      else if (max !== undefined && value.length > max) this.error('value', `Value is above the maximum of ${max}`);
    }
    segments.pop();
    return 1;
  }

  /**
   * A string primitive's length: not empty (json.html: a primitive with no value is left out, never
   * sent as ""), and at most `max` characters (datatypes.html#string: 1 MB), counted in code points.
   * Returns false when the value is not to be checked further.
   */
  stringLength(value: string, max: number): boolean {
    if (value.length === 0) {
      this.error('invalid', EMPTY_STRING_MESSAGE);
      return false;
    }
    if (value.length > max && codePoints(value) > max) {
      this.error('too-long', `Value is longer than ${max} characters`);
      return false;
    }
    return true;
  }

  /** An integer primitive (datatypes.html#integer and its profiles): a whole number in range. */
  integer(value: unknown, min: number, max: number): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.wrongType('number');
    if (!Number.isInteger(value)) return this.wrongType('int');
    if (value < min) this.error('value', `Value is below the minimum of ${min}`);
    else if (value > max) this.error('value', `Value is above the maximum of ${max}`);
  }

  /** A value that is not a code of its required binding (terminologies.html#required), whose value set is enumerated. */
  invalidCode(): void {
    this.error('code-invalid', CODE_MESSAGE);
  }

  /**
   * A property of the object being checked that its type does not have (json.html: unknown
   * elements are errors). Names that are JavaScript's own machinery are refused as such, whatever
   * the type; a name that is no element name at all is named by its parent only (the key can be
   * anything, PHI included).
   */
  unknown(key: string): void {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') this.error('structure', FORBIDDEN_KEY_MESSAGE);
    else if (ELEMENT_NAME.test(key)) this.error('structure', `Unknown element '${key}'`, key);
    else this.error('structure', 'Unknown element with an invalid name');
  }

  /** A choice element (formats.html#choice) with `present` of its `name[x]` variants, where at most one (exactly one when required) may be. */
  choice(name: string, present: number): void {
    if (present > 1) this.error('structure', `Only one ${name}[x] may be present`);
    else this.error('required', `${name}[x] is required`);
  }
}

/** Element.id (a string, datatypes.html#string), which the base rules keep unique within its resource. */
export function elementId(value: unknown, context: StructureContext): void {
  if (typeof value !== 'string') return context.wrongType('string');
  if (!context.stringLength(value, 1048576)) return;
  context.elementId(value);
}



export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function codePoints(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < value.length) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    count++;
  }
  return count;
}


/** datatypes.html#date: "Dates SHALL be valid dates" (the regex alone accepts 2019-02-31). */
export function calendarDate(value: string, context: StructureContext): void {
  if (!isCalendarDate(value)) context.error('value', 'Not a valid date: the day does not exist in that month');
}

/** base64Binary's longest value (the 1 MB string limit does not apply to it). */
export const MAX_BASE64_LENGTH = 64 * 1024 * 1024;

/**
 * base64Binary (datatypes.html#base64Binary). The definition's regex nests quantifiers and can
 * backtrack for a very long time on a large invalid value; this check is linear and equivalent:
 * base64 characters, optional whitespace, a multiple of four, padding only at the end.
 */
export function base64Binary(value: unknown, context: StructureContext): void {
  if (typeof value !== 'string') return context.wrongType('string');
  if (value.length > MAX_BASE64_LENGTH) return context.error('too-long', `Value is longer than ${MAX_BASE64_LENGTH} characters`);
  if (!isBase64Binary(value)) context.error('value', 'Not a valid base64Binary');
}

/** base64 with no whitespace: the alphabet, then at most two '=' (the usual form, checked by the regex engine). */
const PLAIN_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Whether a value is a valid base64Binary (as {@link base64Binary} checks it). */
export function isBase64Binary(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > MAX_BASE64_LENGTH) return false;
  if (PLAIN_BASE64.test(value)) return value.length > 0 && value.length % 4 === 0;
  // Whitespace, or not base64 at all: character by character.
  let count = 0;
  let padding = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    const isBase64 = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    if (c === 61) padding++;
    else if (!isBase64 || padding > 0) return false;
    count++;
  }
  return count !== 0 && count % 4 === 0 && padding <= 2;
}
