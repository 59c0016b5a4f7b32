import { visit } from 'jsonc-parser';
import { childPath } from './issues.ts';
import { MAX_DEPTH } from '../../../schemas/fhir-r4-structure-runtime.ts';
import type { IssueSink } from './issues.ts';

/**
 * FHIR JSON from text (http://hl7.org/fhir/R4/json.html): strict JSON, no comments, and no
 * duplicate property names, which JSON.parse would silently collapse to the last one (a
 * resource that means two things to two readers). JSON.parse does the parsing. Whether a name
 * repeats is decided by counting: in JSON text every ':' outside a string ends a member name, so
 * the text has as many members as it has such colons, and the parsed value has fewer exactly when
 * a name repeated in some object. Only then (or when a string value begins with ':', which the
 * count cannot tell apart) does jsonc-parser's scanner look for the repeats, to say where they are.
 * Problems are issues; nothing is echoed from the text. Returns the parsed value whenever the
 * text is JSON (duplicates are reported beside it), undefined when it is not, or too deep.
 */
export function parseFhirJson(input: string, sink: IssueSink, rootName = 'Resource'): unknown {
  const parsed = parseJson(input, sink, rootName);
  if (parsed === undefined) return undefined;
  return checkRepeatedNames(parsed.text, parsed.value, rootNameOf(parsed.value, rootName), sink) ? parsed.value : undefined;
}

/** Strict JSON.parse of FHIR JSON text (a leading byte order mark allowed): the value and the text it was read from, or undefined (an issue says where). */
export function parseJson(input: string, sink: IssueSink, rootName = 'Resource'): { value: unknown; text: string } | undefined {
  // RFC 8259 section 8.1: a parser may ignore a leading byte order mark.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { value: JSON.parse(text) as unknown, text };
  } catch (error) {
    sink.error('invalid', `The content is not valid JSON${syntaxLocation(text, (error as Error).message)}`, rootName);
    return undefined;
  }
}

function rootNameOf(value: unknown, rootName: string): string {
  return typeof value === 'object' && value !== null && typeof (value as { resourceType?: unknown }).resourceType === 'string' && /^[A-Za-z]{1,64}$/.test((value as { resourceType: string }).resourceType)
    ? (value as { resourceType: string }).resourceType
    : rootName;
}

/**
 * Reports names repeated in an object of `text` (parsed as `value`). `members`, when given, is the
 * number of properties a walk over every object of the value already counted (the structure
 * validator's): if it equals the text's members, nothing repeated and nothing more is done.
 * Otherwise the value is counted here, nothing deeper than MAX_DEPTH (too deep: an issue, and
 * false), and the scanner looks for the repeats when the counts differ.
 */
export function checkRepeatedNames(text: string, value: unknown, root: string, sink: IssueSink, members?: number): boolean {
  const colons = memberColons(text);
  if (members === colons) return true;
  // The duplicate scanner recurses: let nothing deeper than the validator accepts reach it.
  const counted = countMembers(value, MAX_DEPTH);
  if (counted === undefined) {
    sink.error('too-costly', `The content is nested more than ${MAX_DEPTH} levels deep`, root);
    return false;
  }
  if (counted !== colons) reportDuplicates(text, root, sink);
  return true;
}

/** Where names repeat: one error per repeat, at the object's path. */
function reportDuplicates(text: string, root: string, sink: IssueSink): void {
  const seen: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        seen.push(new Set());
      },
      onObjectEnd: () => {
        seen.pop();
      },
      onObjectProperty: (property, _offset, _length, _line, _column, pathSupplier) => {
        const names = seen[seen.length - 1]!;
        if (!names.has(property)) {
          names.add(property);
          return;
        }
        let path = root;
        for (const part of pathSupplier()) path = childPath(path, part);
        const named = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(property) ? `'${property}'` : 'a property';
        sink.error('structure', `Duplicate JSON property: ${named} appears more than once in this object`, path);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
}

/**
 * An upper bound of the number of object members in valid JSON text, never below it: the ':'
 * whose last non-whitespace character before is a '"' not escaped by a backslash. Every member's
 * ':' follows the closing quote of its name; inside a string, a '"' is always escaped, so no ':'
 * in a string counts, except one that opens a string value (`": ..."`), which only makes the
 * caller look for repeats that are not there. Found with indexOf: no copy of the text is made.
 */
function memberColons(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    let quote = at - 1;
    let char = text.charCodeAt(quote);
    while (char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09) char = text.charCodeAt(--quote);
    if (char !== 0x22 /* " */) continue;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c /* \ */) backslashes++;
    if (backslashes % 2 === 0) count++;
  }
  return count;
}

/** The number of object members in a parsed value, or undefined if it nests deeper than `limit`. */
function countMembers(root: unknown, limit: number): number | undefined {
  let members = 0;
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > limit) return undefined;
    if (Array.isArray(value)) {
      for (const child of value) {
        if (child === null || typeof child !== 'object') continue;
        values.push(child);
        depths.push(depth + 1);
      }
      continue;
    }
    for (const key in value) {
      members++;
      const child = (value as Record<string, unknown>)[key];
      if (child === null || typeof child !== 'object') continue;
      values.push(child);
      depths.push(depth + 1);
    }
  }
  return members;
}

/** "at line L, column C" from V8's "... at position N" (the position is all that is kept). */
function syntaxLocation(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return '';
  const offset = Number(position);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` (at line ${line}, column ${column})`;
}
