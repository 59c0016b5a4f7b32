import { childPath } from './issues.ts';
import type { IssueSink } from './issues.ts';

/**
 * Generic checks of FHIR's JSON representation (http://hl7.org/fhir/R4/json.html) that hold for
 * every resource, made in one iterative pass before the schemas run:
 * - nesting depth is bounded, so hostile input cannot exhaust the stack of what follows;
 * - no `__proto__`, `constructor` or `prototype` property names;
 * - ele-1: no empty objects (empty arrays and strings are caught by the schemas);
 * - nulls appear only in primitive arrays, paired with a non-null `_x` item at the same index
 *   (json.html#primitive: "[the] arrays SHALL have the same number of items, with null used as a
 *   filler where an element has no value or no extensions").
 * Returns false when the input must not go further (too deep).
 */
export const MAX_DEPTH = 100;

/**
 * `__proto__`, `constructor` or `prototype`. Compared directly: a Set lookup hashes each key, and
 * on the keys a for-in loop yields that costs several times the rest of the walk.
 */
function isForbiddenKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

export function checkJsonShape(root: unknown, rootPath: string, sink: IssueSink): boolean {
  const walk: ShapeWalk = { sink, segments: [rootPath], tooDeep: false, stopped: false };
  if (root !== null && typeof root === 'object') shapeOf(root, 0, walk);
  return !walk.tooDeep;
}

/** One check's state: the location as a stack of segments, made into a path only for an issue. */
interface ShapeWalk {
  readonly sink: IssueSink;
  readonly segments: (string | number)[];
  tooDeep: boolean;
  stopped: boolean;
}

function pathOf(walk: ShapeWalk, key?: string | number): string {
  const segments = walk.segments;
  let path = segments[0] as string;
  for (let index = 1; index < segments.length; index++) path = childPath(path, segments[index]!);
  return key === undefined ? path : childPath(path, key);
}

function report(walk: ShapeWalk, code: Parameters<IssueSink['error']>[0], text: string, key?: string | number): void {
  if (!walk.sink.error(code, text, pathOf(walk, key))) walk.stopped = true;
}

/**
 * Depth-first, in document order; at most MAX_DEPTH levels are entered. `value` is an object or
 * an array. A plain function, not a method: this walk meets every node of the resource, and
 * V8 keeps it small and inlined this way.
 */
function shapeOf(value: object, depth: number, walk: ShapeWalk): void {
  if (depth > MAX_DEPTH) {
    walk.sink.error('too-costly', `The content is nested more than ${MAX_DEPTH} levels deep`, pathOf(walk));
    walk.tooDeep = walk.stopped = true;
    return;
  }
  const segments = walk.segments;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (item === null || typeof item !== 'object') continue;
      segments.push(index);
      shapeOf(item, depth + 1, walk);
      segments.pop();
      if (walk.stopped) return;
    }
    return;
  }
  const object = value as Record<string, unknown>;
  let empty = true;
  for (const key in object) {
    empty = false;
    if (isForbiddenKey(key)) {
      report(walk, 'structure', 'This property name is not allowed');
      if (walk.stopped) return;
      continue;
    }
    const child = object[key];
    if (child === null) {
      report(walk, 'structure', 'null is only allowed as a filler in arrays of primitives', key);
      if (walk.stopped) return;
      continue;
    }
    if (typeof child !== 'object') continue;
    if (Array.isArray(child) && child.includes(null)) checkNullPairs(object, key, pathOf(walk), walk.sink);
    segments.push(key);
    shapeOf(child, depth + 1, walk);
    segments.pop();
    if (walk.stopped) return;
  }
  if (empty) report(walk, 'invalid', 'Objects must not be empty: omit the element instead (ele-1)');
}

function checkNullPairs(object: Record<string, unknown>, key: string, path: string, sink: IssueSink) {
  const values = object[key] as unknown[];
  const partnerKey = key.startsWith('_') ? key.slice(1) : `_${key}`;
  const partner = object[partnerKey];
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== null) continue;
    if (!Array.isArray(partner) || partner.length !== values.length || partner[i] === null || partner[i] === undefined) {
      sink.error('structure', `A null item needs a value at the same index of ${partnerKey.startsWith('_') ? 'the _ extension array' : 'the value array'}`, childPath(childPath(path, key), i));
    }
  }
}
