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
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: rootPath, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) {
      sink.error('too-costly', `The content is nested more than ${MAX_DEPTH} levels deep`, path);
      return false;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: childPath(path, i), depth: depth + 1 });
      continue;
    }
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    if (keys.length === 0 && !sink.error('invalid', 'Objects must not be empty: omit the element instead (ele-1)', path)) return true;
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        if (!sink.error('structure', 'This property name is not allowed', path)) return true;
        continue;
      }
      const child = object[key];
      if (Array.isArray(child) && child.includes(null)) checkNullPairs(object, key, path, sink);
      else if (child === null) sink.error('structure', 'null is only allowed as a filler in arrays of primitives', childPath(path, key));
      stack.push({ value: child, path: childPath(path, key), depth: depth + 1 });
    }
  }
  return true;
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
