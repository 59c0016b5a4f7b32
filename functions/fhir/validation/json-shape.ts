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
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function checkJsonShape(root: unknown, rootPath: string, sink: IssueSink): boolean {
  const walk = new ShapeWalk(sink, rootPath);
  walk.value(root, 0);
  return !walk.tooDeep;
}

/** One check's state: the location as a stack of segments, made into a path only for an issue. */
class ShapeWalk {
  private readonly sink: IssueSink;
  private readonly segments: (string | number)[];
  tooDeep = false;
  private stopped = false;

  constructor(sink: IssueSink, rootPath: string) {
    this.sink = sink;
    this.segments = [rootPath];
  }

  private path(key?: string | number): string {
    let path = this.segments[0] as string;
    for (let index = 1; index < this.segments.length; index++) path = childPath(path, this.segments[index]!);
    return key === undefined ? path : childPath(path, key);
  }

  private error(code: Parameters<IssueSink['error']>[0], text: string, key?: string | number): void {
    if (!this.sink.error(code, text, this.path(key))) this.stopped = true;
  }

  /** Depth-first, in document order; at most MAX_DEPTH levels are entered. */
  value(value: unknown, depth: number): void {
    if (value === null || typeof value !== 'object' || this.stopped) return;
    if (depth > MAX_DEPTH) {
      this.sink.error('too-costly', `The content is nested more than ${MAX_DEPTH} levels deep`, this.path());
      this.tooDeep = this.stopped = true;
      return;
    }
    const segments = this.segments;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length && !this.stopped; index++) {
        const item: unknown = value[index];
        if (item === null || typeof item !== 'object') continue;
        segments.push(index);
        this.value(item, depth + 1);
        segments.pop();
      }
      return;
    }
    const object = value as Record<string, unknown>;
    let empty = true;
    for (const key in object) {
      empty = false;
      if (FORBIDDEN_KEYS.has(key)) {
        this.error('structure', 'This property name is not allowed');
        if (this.stopped) return;
        continue;
      }
      const child = object[key];
      if (child === null) {
        this.error('structure', 'null is only allowed as a filler in arrays of primitives', key);
        continue;
      }
      if (typeof child !== 'object') continue;
      if (Array.isArray(child) && child.includes(null)) checkNullPairs(object, key, this.path(), this.sink);
      segments.push(key);
      this.value(child, depth + 1);
      segments.pop();
      if (this.stopped) return;
    }
    if (empty) this.error('invalid', 'Objects must not be empty: omit the element instead (ele-1)');
  }
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
