import { compareDateTimes, sameLayoutOrder } from './datetime.ts';

/**
 * The run-time pieces of the FHIRPath constraints compiled by schemas/fhirpath-compiler.ts into
 * schemas/fhir-r4-constraints.generated.ts. A FHIRPath collection is a JS array of JSON values
 * (objects, strings, numbers, booleans); a primitive element that carries only extensions
 * (`_birthDate` without `birthDate`) is {@link NO_VALUE}: it exists, but has no value. Boolean
 * results follow FHIRPath's three-valued logic: true, false, or undefined for the empty
 * collection (http://hl7.org/fhirpath/N1/#boolean-logic).
 *
 * Nothing here knows about any resource: the generator decides, from the StructureDefinitions,
 * which helper each step of an expression uses.
 */
export type Item = unknown;
export type Coll = readonly Item[];
export type Bool = boolean | undefined;

/** What `%resource`, `%rootResource` and `%context` stand for while a constraint runs. */
export interface Env {
  resource: unknown;
  rootResource: unknown;
}

/** A primitive element that has extensions but no value. */
export const NO_VALUE: object = Object.freeze({ __noValue: true });
export const EMPTY: Coll = Object.freeze([]) as Coll;
export const UCUM = 'http://unitsofmeasure.org';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `_name` for each element name, built once: a property read with a freshly concatenated key
 * costs a string-table lookup on every read.
 */
const extensionKeys = new Map<string, string>();
function extensionKey(name: string): string {
  let key = extensionKeys.get(name);
  if (key === undefined) {
    key = `_${name}`;
    extensionKeys.set(name, key);
  }
  return key;
}

/** Marks the `_key` partner as not read yet (undefined is a value it can have). */
const NOT_READ: unique symbol = Symbol('not read');

/**
 * The values of `object[key]`, and NO_VALUE where only the `_key` partner has content. The
 * partner is looked up only where a value is missing: `children()` and `descendants()` call this
 * for every key of every object, which would otherwise cost a lookup of `_key` per key.
 */
function pushChild(out: Item[], object: Record<string, unknown>, key: string): void {
  const value = object[key];
  if (Array.isArray(value)) {
    let partner: unknown = NOT_READ;
    for (let index = 0; index < value.length; index++) {
      const entry: unknown = value[index];
      if (entry !== undefined && entry !== null) {
        out.push(entry);
        continue;
      }
      if (partner === NOT_READ) partner = object[extensionKey(key)];
      if (Array.isArray(partner) && partner[index] != null) out.push(NO_VALUE);
    }
  } else if (value !== undefined) {
    if (value !== null) out.push(value);
  } else {
    const partner = object[extensionKey(key)];
    if (Array.isArray(partner)) {
      for (const item of partner) if (item != null) out.push(NO_VALUE);
    } else if (partner !== undefined && partner !== null) {
      out.push(NO_VALUE);
    }
  }
}

/** `name` on each item: the element of that name. */
export function nav(items: Coll, name: string): Coll {
  if (items.length === 0) return EMPTY;
  if (items.length === 1) return navItem(items[0], name);
  const out: Item[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (isObject(item)) pushChild(out, item, name);
  }
  return out;
}

/** `nav([item], name)`. */
function navItem(item: Item, name: string): Coll {
  if (!isObject(item)) return EMPTY;
  const value = item[name];
  if (value !== undefined && !Array.isArray(value) && value !== null) return [value];
  if (value === undefined && item[extensionKey(name)] === undefined) return EMPTY;
  const out: Item[] = [];
  pushChild(out, item, name);
  return out;
}

/** `nav(own(value, twin), name)`, without the collection of one node. */
export function navOwn(value: unknown, twin: unknown, name: string): Coll {
  return single(value) ? navItem(value, name) : nav(own(value, twin), name);
}

/**
 * `name` on each item, for an element of complex type: as {@link nav}, without looking for a
 * `_name` twin where the element is absent (only primitives have one; on anything else it is an
 * unknown element, which the structure checks report).
 */
export function navObject(items: Coll, name: string): Coll {
  if (items.length === 0) return EMPTY;
  if (items.length === 1) return navObjectItem(items[0], name);
  const out: Item[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (isObject(item) && item[name] !== undefined) pushChild(out, item, name);
  }
  return out;
}

/** `navObject([item], name)`. */
function navObjectItem(item: Item, name: string): Coll {
  if (!isObject(item)) return EMPTY;
  const value = item[name];
  if (value === undefined || value === null) return EMPTY;
  if (!Array.isArray(value)) return [value];
  const out: Item[] = [];
  pushChild(out, item, name);
  return out;
}

/** `navObject(own(value, twin), name)`, without the collection of one node. */
export function navObjectOwn(value: unknown, twin: unknown, name: string): Coll {
  return single(value) ? navObjectItem(value, name) : navObject(own(value, twin), name);
}

/**
 * `name` on the context node, from its `name` property and its `_name` twin read where the
 * expression is (the same collection as `nav([node], name)`).
 */
export function own(value: unknown, twin: unknown): Coll {
  if (value === null) return EMPTY;
  if (value === undefined) {
    if (twin === undefined || twin === null) return EMPTY;
    const out: Item[] = [];
    if (Array.isArray(twin)) {
      for (const item of twin) if (item != null) out.push(NO_VALUE);
    } else {
      out.push(NO_VALUE);
    }
    return out;
  }
  if (!Array.isArray(value)) return [value];
  // Without nulls the array is the collection already (no run-time function changes a collection it is given).
  let holes = false;
  for (let index = 0; index < value.length; index++) {
    if (value[index] === undefined || value[index] === null) {
      holes = true;
      break;
    }
  }
  if (!holes) return value as Item[];
  const out: Item[] = [];
  for (let index = 0; index < value.length; index++) {
    const entry: unknown = value[index];
    if (entry !== undefined && entry !== null) out.push(entry);
    else if (Array.isArray(twin) && twin[index] != null) out.push(NO_VALUE);
  }
  return out;
}

/** `name.exists()` on the context node, from its `name` property and `_name` twin (as {@link has}). */
export function ownExists(value: unknown, twin: unknown): boolean {
  if (value !== undefined && value !== null && !(Array.isArray(value) && !value.some((entry) => entry != null))) return true;
  return twin !== undefined && twin !== null && !(Array.isArray(twin) && !twin.some((entry) => entry != null));
}

/** `items.name.exists()` without building the collection. */
export function has(items: Coll, name: string): boolean {
  for (let index = 0; index < items.length; index++) if (hasIn(items[index], name)) return true;
  return false;
}

/**
 * `has(own(value, twin), name)`: on an element of the context node (an object, or an array of
 * them) without making its collection. The twin is not read: what it adds (NO_VALUE) has no elements.
 */
export function hasOwn(value: unknown, twin: unknown, name: string): boolean {
  void twin;
  if (!Array.isArray(value)) return hasIn(value, name);
  for (let index = 0; index < value.length; index++) if (hasIn(value[index], name)) return true;
  return false;
}

/** `[item].name.exists()`: its value, else (read only then) its `_name` partner. */
function hasIn(item: unknown, name: string): boolean {
  return isObject(item) && (ownExists(item[name], undefined) || ownExists(undefined, item[extensionKey(name)]));
}

/** `items.name.exists()` for a choice element `name[x]`: whether {@link navChoice} would find anything, without building it. */
export function hasChoice(items: Coll, name: string): boolean {
  for (const item of items) if (hasChoiceIn(item, name)) return true;
  return false;
}

/** `name.exists()` on one node, for a choice element `name[x]` (as {@link hasChoice} on `[item]`). */
export function hasChoiceIn(item: Item, name: string): boolean {
  if (!isObject(item)) return false;
  for (const key in item) {
    const offset = key.charCodeAt(0) === 95 /* _ */ ? 1 : 0;
    if (key.length <= name.length + offset || !key.startsWith(name, offset)) continue;
    const next = key.charCodeAt(offset + name.length);
    if (next < 65 || next > 90) continue;
    if (offset === 1 && item[key.slice(1)] !== undefined) continue;
    if (hasChild(item, key.slice(offset))) return true;
  }
  return false;
}

/** Whether {@link pushChild} would push anything for `object[key]`. */
function hasChild(object: Record<string, unknown>, key: string): boolean {
  const value = object[key];
  if (Array.isArray(value)) {
    let partner: unknown = NOT_READ;
    for (let index = 0; index < value.length; index++) {
      if (value[index] != null) return true;
      if (partner === NOT_READ) partner = object[extensionKey(key)];
      if (Array.isArray(partner) && partner[index] != null) return true;
    }
    return false;
  }
  if (value !== undefined) return value !== null;
  const partner = object[extensionKey(key)];
  return Array.isArray(partner) ? partner.some((item) => item != null) : partner !== undefined && partner !== null;
}

/** `name` for a choice element `name[x]`: the element in whichever type it is (`valueQuantity`...). */
export function navChoice(items: Coll, name: string): Coll {
  const out: Item[] = [];
  for (const item of items) if (isObject(item)) pushChoice(out, item, name);
  return out;
}

function pushChoice(out: Item[], item: Record<string, unknown>, name: string): void {
  for (const key in item) {
    const offset = key.charCodeAt(0) === 95 /* _ */ ? 1 : 0;
    if (offset === 1 && item[key.slice(1)] !== undefined) continue;
    if (key.length > name.length + offset && key.startsWith(name, offset)) {
      const next = key.charCodeAt(offset + name.length);
      if (next >= 65 && next <= 90) pushChild(out, item, key.slice(offset));
    }
  }
}

/** A name whose type is not known when compiling: the element itself, else a choice of that name. */
export function navAny(items: Coll, name: string): Coll {
  const direct = nav(items, name);
  return direct.length > 0 ? direct : navChoice(items, name);
}

/** The resources of a collection that are of the given type (`ofType(Composition)`, `is`). */
export function ofResourceType(items: Coll, type: string): Coll {
  return items.filter((item) => isObject(item) && item.resourceType === type);
}

export function ofPrimitive(items: Coll, kind: 'string' | 'number' | 'boolean' | 'integer'): Coll {
  return items.filter((item) => (kind === 'integer' ? Number.isInteger(item) : typeof item === kind));
}

// -- booleans -----------------------------------------------------------------------------------

/** A collection in a boolean position (fhirpath #singleton-evaluation-of-collections). */
export function bool(items: Coll): Bool {
  if (items.length === 0) return undefined;
  if (items.length === 1 && typeof items[0] === 'boolean') return items[0];
  return true;
}

export function coll(value: Bool): Coll {
  return value === undefined ? EMPTY : [value];
}

export function not(value: Bool): Bool {
  return value === undefined ? undefined : !value;
}

// and / or / implies: the compiled code answers alone when the left operand decides
// (`(t = a) === false ? false : R.andThen(t, b)`), and computes the right one only otherwise.

/** `a and b` where `a` is not false. */
export function andThen(a: Bool, b: Bool): Bool {
  if (b === false) return false;
  return a === undefined || b === undefined ? undefined : true;
}

/** `a or b` where `a` is not true. */
export function orThen(a: Bool, b: Bool): Bool {
  if (b === true) return true;
  return a === undefined || b === undefined ? undefined : false;
}

/** `a implies b` where `a` is not false. */
export function impliesThen(a: Bool, b: Bool): Bool {
  if (b === true) return true;
  return a === undefined ? undefined : b;
}

export function xor(a: Bool, b: Bool): Bool {
  return a === undefined || b === undefined ? undefined : a !== b;
}

// -- existence and filtering ---------------------------------------------------------------------

export function hasValue(items: Coll): boolean {
  return items.length === 1 && items[0] !== NO_VALUE && !isObject(items[0]);
}

export function where(items: Coll, test: (item: Item) => Bool): Coll {
  // Where every item passes, the collection is its own result (no run-time function changes a collection it is given).
  for (let index = 0; index < items.length; index++) {
    if (test(items[index]!) === true) continue;
    const out = items.slice(0, index);
    for (let rest = index + 1; rest < items.length; rest++) if (test(items[rest]!) === true) out.push(items[rest]!);
    return out;
  }
  return items;
}

export function select(items: Coll, project: (item: Item) => Coll): Coll {
  const out: Item[] = [];
  for (const item of items) for (const value of project(item)) out.push(value);
  return out;
}

export function all(items: Coll, test: (item: Item) => Bool): boolean {
  return items.every((item) => test(item) === true);
}

export function allFalse(items: Coll): boolean {
  return items.every((item) => item === false);
}

export function allTrue(items: Coll): boolean {
  return items.every((item) => item === true);
}

export function first(items: Coll): Coll {
  return items.length > 0 ? [items[0]] : EMPTY;
}

export function tail(items: Coll): Coll {
  return items.slice(1);
}

/** FHIRPath equality of two items: primitives by value, elements property by property. */
export function same(a: Item, b: Item): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => same(item, b[index]));
  }
  const keysA = Object.keys(a).filter((key) => key !== 'id' && key !== 'extension');
  const keysB = Object.keys(b).filter((key) => key !== 'id' && key !== 'extension');
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export function isDistinct(items: Coll): boolean {
  const seen = new Seen();
  for (let index = 0; index < items.length; index++) if (!seen.add(items[index])) return false;
  return true;
}

/** `items.select(project).isDistinct()`, without the collection select would make. */
export function selectIsDistinct(items: Coll, project: (item: Item) => Coll): boolean {
  const seen = new Seen();
  for (let index = 0; index < items.length; index++) {
    const values = project(items[index]);
    for (let value = 0; value < values.length; value++) if (!seen.add(values[value])) return false;
  }
  return true;
}

/** The items met so far, for isDistinct: primitives by value, objects by {@link same}. */
class Seen {
  private readonly primitives = new Set<unknown>();
  private objects: Item[] | undefined;
  /** Kept for the life of the process, so that V8 keeps the map of these objects (see StructureContext.keptAlive). */
  static readonly keptAlive = new Seen();

  /** Adds `item`; false if an equal one was met before. */
  add(item: Item): boolean {
    if (typeof item !== 'object' || item === null) {
      if (this.primitives.has(item)) return false;
      this.primitives.add(item);
      return true;
    }
    const objects = (this.objects ??= []);
    if (objects.some((other) => same(item, other))) return false;
    objects.push(item);
    return true;
  }
}

export function distinct(items: Coll): Coll {
  const out: Item[] = [];
  const primitives = new Set<unknown>();
  for (const item of items) {
    if (typeof item !== 'object' || item === null) {
      if (!primitives.has(item)) {
        primitives.add(item);
        out.push(item);
      }
    } else if (!out.some((other) => same(item, other))) {
      out.push(item);
    }
  }
  return out;
}

export function union(a: Coll, b: Coll): Coll {
  return distinct([...a, ...b]);
}

export function combine(a: Coll, b: Coll): Coll {
  return [...a, ...b];
}

export function intersect(a: Coll, b: Coll): Coll {
  return distinct(a.filter((item) => b.some((other) => same(item, other))));
}

export function exclude(a: Coll, b: Coll): Coll {
  return a.filter((item) => !b.some((other) => same(item, other)));
}

/**
 * Each object of a `_key` partner (json.html#primitive: one object, or an array with nulls): what
 * holds a primitive's id and extensions. Walks of descendants go through it, not to it: the
 * primitive's node is its value.
 */
function forEachPartner(partner: unknown, visit: (object: Record<string, unknown>) => void): void {
  if (Array.isArray(partner)) {
    for (const entry of partner) if (isObject(entry)) visit(entry);
  } else if (isObject(partner)) {
    visit(partner);
  }
}

/** Every element below the items (children(), repeated), resources included. */
export function descendants(items: Coll): Coll {
  // Depth first, in document order: each item, then what is below it.
  const out: Item[] = [];
  for (const item of items) childrenDeep(item, out);
  return out;
}

function childrenDeep(item: Item, out: Item[]): void {
  if (!isObject(item)) return;
  for (const key in item) {
    if (key === 'resourceType') continue;
    if (key.charCodeAt(0) === 95 /* _ */) {
      // A primitive's id and extensions are below it: their nodes are descendants too.
      forEachPartner(item[key], (partner) => childrenDeep(partner, out));
      continue;
    }
    const start = out.length;
    pushChild(out, item, key);
    const end = out.length;
    // pushChild appended this element's values; each is followed by its own descendants.
    if (end - start === 1) {
      childrenDeep(out[start], out);
    } else if (end > start) {
      const values = out.splice(start, end - start);
      for (const value of values) {
        out.push(value);
        childrenDeep(value, out);
      }
    }
  }
}

/**
 * `descendants().name` where the type of `name` is not known (navAny over descendants()), without
 * building the collection of every descendant: `%resource.descendants().reference` (dom-3) on a
 * large resource. The same nodes in the same order as {@link descendants}.
 */
export function descendantsNav(items: Coll, name: string): Coll {
  const direct: Item[] = [];
  const choice: Item[] = [];
  // Each node below the items in document order: its `name` values, then the nodes below it.
  const below = (item: Record<string, unknown>): void => {
    for (const key in item) {
      if (key === 'resourceType') continue;
      const value = item[key];
      if (key.charCodeAt(0) === 95 /* _ */) {
        forEachPartner(value, below);
        continue;
      }
      if (Array.isArray(value)) {
        for (const entry of value) if (isObject(entry)) visit(entry);
      } else if (isObject(value)) {
        visit(value);
      }
    }
  };
  const twin = extensionKey(name);
  const visit = (item: Record<string, unknown>): void => {
    // Most nodes have neither `name` nor `_name`: their keys say so without reading either.
    let named = false;
    for (const key in item) {
      if (key === name || key === twin) {
        named = true;
        break;
      }
    }
    if (named) pushChild(direct, item, name);
    if (direct.length === 0) pushChoice(choice, item, name);
    below(item);
  };
  for (const item of items) if (isObject(item)) below(item);
  return direct.length > 0 ? direct : choice;
}

/**
 * `descendants().name` for a membership test (`'#' + id in %resource.descendants().reference`,
 * dom-3): the same collection as {@link descendantsNav}, walked only as far as a test needs. What
 * was walked is kept, so each test goes on from where the last stopped. Nodes are taken in
 * document order from an explicit stack (each node's children pushed last first).
 */
export class DescendantsNavWalk {
  private name = '';
  private twin = '';
  /** The nodes still to visit, stack[0] to stack[top - 1]; the array keeps its size from walk to walk. */
  private readonly stack: Record<string, unknown>[] = [];
  private top = 0;
  private readonly direct: Item[] = [];
  private readonly choice: Item[] = [];

  constructor(items?: Coll, name?: string) {
    if (items !== undefined && name !== undefined) this.start(items, name);
  }

  /**
   * Starts a new walk below `items`, forgetting the last one: the compiled constraints keep one
   * walk per place that makes one and start it again for each resource, so that its stack is not
   * made again each time (dom-3 walks every resource that has contained resources).
   */
  start(items: Coll, name: string): this {
    this.name = name;
    this.twin = extensionKey(name);
    this.top = 0;
    this.direct.length = 0;
    this.choice.length = 0;
    for (let index = items.length - 1; index >= 0; index--) {
      const item = items[index];
      if (isObject(item)) this.pushChildren(item);
    }
    return this;
  }

  /** Pushes the nodes below `item` (last first); whether `item` has `name` or `_name`. */
  private pushChildren(item: Record<string, unknown>): boolean {
    const start = this.top;
    let named = false;
    for (const key in item) {
      if (key === this.name || key === this.twin) named = true;
      if (key === 'resourceType') continue;
      const value = item[key];
      if (key.charCodeAt(0) !== 95 /* _ */) {
        this.pushNodes(value);
      } else if (Array.isArray(value)) {
        // A primitive's partner (or a list of them, nulls among them): the elements it holds.
        for (let index = 0; index < value.length; index++) {
          const partner: unknown = value[index];
          if (isObject(partner)) for (const inner in partner) this.pushNodes(partner[inner]);
        }
      } else if (isObject(value)) {
        for (const inner in value) this.pushNodes(value[inner]);
      }
    }
    const stack = this.stack;
    for (let low = start, high = this.top - 1; low < high; low++, high--) {
      const swap = stack[low]!;
      stack[low] = stack[high]!;
      stack[high] = swap;
    }
    return named;
  }

  /** Pushes the object nodes of a value (an element, or an array of them); a partner's, by its keys. */
  private pushNodes(value: unknown): void {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const entry: unknown = value[index];
        if (isObject(entry)) this.stack[this.top++] = entry;
      }
    } else if (isObject(value)) {
      this.stack[this.top++] = value;
    }
  }

  /** Whether the collection holds `item` (as `descendantsNav(...).some((other) => same(item, other))`). */
  has(item: Item): boolean {
    const direct = this.direct;
    let checked = 0;
    for (;;) {
      for (; checked < direct.length; checked++) if (same(item, direct[checked])) return true;
      if (this.top === 0) break;
      const node = this.stack[--this.top]!;
      if (this.pushChildren(node)) pushChild(direct, node, this.name);
      if (direct.length === 0) pushChoice(this.choice, node, this.name);
    }
    // The walk is complete: `name` itself, or else its choice variants.
    return direct.length === 0 && this.choice.some((other) => same(item, other));
  }
}

export function children(items: Coll): Coll {
  const out: Item[] = [];
  for (const item of items) {
    if (!isObject(item)) continue;
    for (const key in item) {
      if (key === 'resourceType' || key.charCodeAt(0) === 95) continue;
      pushChild(out, item, key);
    }
  }
  return out;
}

// -- equality and comparison ---------------------------------------------------------------------

function startsWithDigit(value: string): boolean {
  const code = value.charCodeAt(0);
  return code >= 48 && code <= 57;
}

export function eq(a: Coll, b: Coll): Bool {
  if (a.length === 0 || b.length === 0) return undefined;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!equalItems(a[index], b[index])) return false;
  return true;
}

function equalItems(x: Item, y: Item): boolean {
  if (typeof x === 'string' && typeof y === 'string') {
    // Only strings that start with a digit can be dates (a code compares as it is, without a regex).
    const order = startsWithDigit(x) && startsWithDigit(y) && DATE_LIKE.test(x) && DATE_LIKE.test(y) ? compareDateTimes(x, y) : undefined;
    if (order !== undefined) return order === 0;
  }
  return same(x, y);
}

export function ne(a: Coll, b: Coll): Bool {
  return not(eq(a, b));
}

// -- an element of the context node, without its collection -----------------------------------
// The compiled code reads an element of the context node as `own(node.name, node._name)`. Where
// that is passed straight to one of the functions below, the element is given as its two
// properties instead: a single value (the usual case) is used as it is, anything else (an array,
// only extensions, nothing) goes through its collection exactly as before.

/** Whether `own(value, twin)` is `[value]`. */
function single(value: unknown): boolean {
  return value !== undefined && value !== null && !Array.isArray(value);
}

/** `eq(own(value, twin), b)`. */
export function eqOwn(value: unknown, twin: unknown, b: Coll): Bool {
  if (!single(value)) return eq(own(value, twin), b);
  if (b.length === 0) return undefined;
  return b.length === 1 && equalItems(value, b[0]);
}

/** `ne(own(value, twin), b)`. */
export function neOwn(value: unknown, twin: unknown, b: Coll): Bool {
  return not(eqOwn(value, twin, b));
}

/** `hasValue(own(value, twin))`. */
export function hasValueOwn(value: unknown, twin: unknown): boolean {
  const kind = typeof value;
  return kind === 'string' || kind === 'number' || kind === 'boolean' || hasValue(own(value, twin));
}

/** `startsWith(own(value, twin), prefix)`. */
export function startsWithOwn(value: unknown, twin: unknown, prefix: Coll): Bool {
  if (typeof value !== 'string') return startsWith(own(value, twin), prefix);
  const start = oneString(prefix);
  return start === undefined ? undefined : value.startsWith(start);
}

/** `compare(own(value, twin), own(other, otherTwin), op)`. */
export function compareOwn(value: unknown, twin: unknown, other: unknown, otherTwin: unknown, op: '<' | '<=' | '>' | '>='): Bool {
  if (!single(value) || !single(other)) return compare(own(value, twin), own(other, otherTwin), op);
  return compareItems(value, other, op);
}

/** `=` on two booleans (each empty, true or false): `eq` of their collections. */
export function eqBool(a: Bool, b: Bool): Bool {
  return a === undefined || b === undefined ? undefined : a === b;
}

export function neBool(a: Bool, b: Bool): Bool {
  return a === undefined || b === undefined ? undefined : a !== b;
}

const DATE_LIKE = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** `<`, `<=`, `>`, `>=`: numbers, strings, dates and times (precision-aware), quantities of one unit. */
export function compare(a: Coll, b: Coll, op: '<' | '<=' | '>' | '>='): Bool {
  if (a.length !== 1 || b.length !== 1) return undefined;
  return compareItems(a[0], b[0], op);
}

function compareItems(x: Item, y: Item, op: '<' | '<=' | '>' | '>='): Bool {
  const order = order2(x, y);
  if (order === undefined) return undefined;
  switch (op) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    default:
      return order >= 0;
  }
}

function order2(x: Item, y: Item): number | undefined {
  if (typeof x === 'number' && typeof y === 'number') return Math.sign(x - y);
  if (typeof x === 'string' && typeof y === 'string') {
    if (startsWithDigit(x) && startsWithDigit(y)) {
      // Two dates of one layout (a Period's start and end) order as their text, without a regex.
      const order = sameLayoutOrder(x, y);
      if (order !== undefined) return order;
      if (DATE_LIKE.test(x) && DATE_LIKE.test(y)) return compareDateTimes(x, y);
    }
    return x === y ? 0 : x < y ? -1 : 1;
  }
  if (isObject(x) && isObject(y) && typeof x.value === 'number' && typeof y.value === 'number') {
    // Quantities: only in the same unit (no UCUM conversion here).
    const unitOf = (q: Record<string, unknown>) => `${String(q.system ?? '')}|${String(q.code ?? q.unit ?? '')}`;
    return unitOf(x) === unitOf(y) ? Math.sign(x.value - y.value) : undefined;
  }
  return undefined;
}

/** `a in (p1 | p2 | ...)`: the parts, computed only until one holds the item (a walk of descendants only as far as needed). */
export function inAny(a: Coll, parts: readonly (() => Coll | DescendantsNavWalk)[]): Bool {
  if (a.length !== 1) return undefined;
  const item = a[0];
  for (const part of parts) {
    const collection = part();
    if (collection instanceof DescendantsNavWalk ? collection.has(item) : collection.some((other) => same(item, other))) return true;
  }
  return false;
}

export function inColl(a: Coll, b: Coll): Bool {
  if (a.length === 0) return undefined;
  if (a.length > 1) return undefined;
  return b.some((item) => same(item, a[0]));
}

// -- arithmetic and strings ----------------------------------------------------------------------

export function plus(a: Coll, b: Coll): Coll {
  if (a.length !== 1 || b.length !== 1) return EMPTY;
  const x = a[0];
  const y = b[0];
  if (typeof x === 'number' && typeof y === 'number') return [x + y];
  if (typeof x === 'string' && typeof y === 'string') return [x + y];
  return EMPTY;
}

export function minus(a: Coll, b: Coll): Coll {
  if (a.length !== 1 || b.length !== 1 || typeof a[0] !== 'number' || typeof b[0] !== 'number') return EMPTY;
  return [a[0] - b[0]];
}

/** `&`: string concatenation where an empty operand counts as ''. */
export function concat(a: Coll, b: Coll): Coll {
  return [concatText(a) + concatText(b)];
}

/** `a & b` from the text of each side (concatText, ownText). */
export function concatTexts(a: string, b: string): Coll {
  return [a + b];
}

/** `concatText(own(value, twin))`. */
export function ownText(value: unknown, twin: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : concatText(own(value, twin));
}

/** The text a side of `&` gives: its single string or number, else the empty string. */
export function concatText(items: Coll): string {
  const item = items.length === 1 ? items[0] : undefined;
  return typeof item === 'string' ? item : typeof item === 'number' ? String(item) : '';
}

function oneString(items: Coll): string | undefined {
  return items.length === 1 && typeof items[0] === 'string' ? items[0] : undefined;
}

export function startsWith(items: Coll, prefix: Coll): Bool {
  const text = oneString(items);
  const start = oneString(prefix);
  return text === undefined || start === undefined ? undefined : text.startsWith(start);
}

export function endsWith(items: Coll, suffix: Coll): Bool {
  const text = oneString(items);
  const end = oneString(suffix);
  return text === undefined || end === undefined ? undefined : text.endsWith(end);
}

/** `endsWith(own(value, twin), suffix)`. */
export function endsWithOwn(value: unknown, twin: unknown, suffix: Coll): Bool {
  if (typeof value !== 'string') return endsWith(own(value, twin), suffix);
  const end = oneString(suffix);
  return end === undefined ? undefined : value.endsWith(end);
}

/** `containsText(own(value, twin), part)`. */
export function containsTextOwn(value: unknown, twin: unknown, part: Coll): Bool {
  if (typeof value !== 'string') return containsText(own(value, twin), part);
  const sub = oneString(part);
  return sub === undefined ? undefined : value.includes(sub);
}

export function containsText(items: Coll, part: Coll): Bool {
  const text = oneString(items);
  const sub = oneString(part);
  return text === undefined || sub === undefined ? undefined : text.includes(sub);
}

export function substring(items: Coll, start: Coll, length?: Coll): Coll {
  const text = oneString(items);
  const from = start.length === 1 && typeof start[0] === 'number' ? start[0] : undefined;
  if (text === undefined || from === undefined || from < 0 || from >= text.length) return EMPTY;
  const count = length && length.length === 1 && typeof length[0] === 'number' ? length[0] : undefined;
  return [count === undefined ? text.slice(from) : text.slice(from, from + count)];
}

export function length(items: Coll): Coll {
  const text = oneString(items);
  return text === undefined ? EMPTY : [text.length];
}

const patterns = new Map<string, RegExp>();

/**
 * `matches`: the regular expression matches somewhere in the string (anchors in the pattern
 * anchor it), as FHIRPath defines it (FHIRPath 3.0 adds matchesFull() for whole-string matching)
 * and as the fhirpath package evaluates it.
 */
export function matches(items: Coll, pattern: string): Bool {
  const text = oneString(items);
  if (text === undefined) return undefined;
  let regex = patterns.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern, 's');
    patterns.set(pattern, regex);
  }
  return regex.test(text);
}

export function replaceMatches(items: Coll, pattern: string, substitution: Coll): Coll {
  const text = oneString(items);
  const by = oneString(substitution);
  if (text === undefined || by === undefined) return EMPTY;
  return [text.replace(new RegExp(pattern, 'g'), by)];
}

export function toString(items: Coll): Coll {
  if (items.length !== 1) return EMPTY;
  const item = items[0];
  return typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' ? [String(item)] : EMPTY;
}

export function toInteger(items: Coll): Coll {
  if (items.length !== 1) return EMPTY;
  const item = items[0];
  if (typeof item === 'number') return Number.isInteger(item) ? [item] : EMPTY;
  if (typeof item === 'string' && /^[+-]?\d+$/.test(item)) return [Number(item)];
  if (typeof item === 'boolean') return [item ? 1 : 0];
  return EMPTY;
}

export function iif(condition: Bool, then: () => Coll, otherwise: () => Coll): Coll {
  return condition === true ? then() : otherwise();
}
