import { getLocation } from 'jsonc-parser';

/**
 * What JSON.parse accepts but a FHIR string cannot hold, found in the JSON text itself:
 * - a lone UTF-16 surrogate (`"\ud800"`): not a Unicode scalar value, so the string has no UTF-8
 *   form, and canonical JSON (RFC 8785) or any UTF-8 encoder refuses it later;
 * - a control character below U+0020 other than tab, line feed and carriage return, which the R4
 *   string type excludes (http://hl7.org/fhir/R4/datatypes.html#string); raw ones are already
 *   not JSON, so only escapes (`\u0000`, `\b`, `\f`) are looked at.
 * Every backslash in JSON text is inside a string, so escapes are found by scanning from one
 * backslash to the next; text without any (the usual case) costs one search and one check.
 */
export interface JsonStringProblem {
  kind: 'lone-surrogate' | 'control-character';
  /** Offset of the problem in the text (UTF-16 code units). */
  offset: number;
  /** Where it is, as a FHIRPath-like path from the root (`Bundle.entry[0].resource.name[0].family`). */
  path: string;
}

const HEX4 = /^[0-9A-Fa-f]{4}$/;

export function findJsonStringProblem(text: string, rootName = 'Resource'): JsonStringProblem | undefined {
  const at = scan(text);
  if (!at) return undefined;
  return { ...at, path: pathAt(text, at.offset, rootName) };
}

function scan(text: string): Omit<JsonStringProblem, 'path'> | undefined {
  if (!text.isWellFormed()) {
    // A raw unpaired surrogate (only possible in text that did not come from UTF-8 bytes).
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
        return { kind: 'lone-surrogate', offset: i };
      }
      if (unit >= 0xdc00 && unit <= 0xdfff) return { kind: 'lone-surrogate', offset: i };
    }
  }
  for (let i = text.indexOf('\\'); i >= 0; ) {
    const escape = text.charAt(i + 1);
    if (escape === 'b' || escape === 'f') return { kind: 'control-character', offset: i };
    if (escape !== 'u') {
      i = text.indexOf('\\', i + 2);
      continue;
    }
    const code = hex(text, i + 2);
    if (code === undefined) return undefined; // not JSON: the parser says so
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return { kind: 'control-character', offset: i };
    if (code >= 0xdc00 && code <= 0xdfff) return { kind: 'lone-surrogate', offset: i };
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charAt(i + 6) === '\\' && text.charAt(i + 7) === 'u' ? hex(text, i + 8) : undefined;
      if (low === undefined || low < 0xdc00 || low > 0xdfff) return { kind: 'lone-surrogate', offset: i };
      i = text.indexOf('\\', i + 12);
      continue;
    }
    i = text.indexOf('\\', i + 6);
  }
  return undefined;
}

function hex(text: string, from: number): number | undefined {
  const digits = text.slice(from, from + 4);
  return HEX4.test(digits) ? Number.parseInt(digits, 16) : undefined;
}

function pathAt(text: string, offset: number, rootName: string): string {
  let root = rootName;
  const resourceType = /^\s*\{\s*"resourceType"\s*:\s*"([A-Za-z]{1,64})"/.exec(text.slice(0, 200))?.[1];
  if (resourceType) root = resourceType;
  let path = root;
  try {
    for (const part of getLocation(text, offset).path) {
      path += typeof part === 'number' ? `[${part}]` : /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(part) ? `.${part}` : '';
    }
  } catch {
    // The location is a courtesy: the problem stands without it.
  }
  // A body that is not a resource (rootName ''): the element's own path, as the API's other errors name it.
  return path.startsWith('.') ? path.slice(1) : path;
}

/** The problem as a sentence that quotes nothing from the text. */
export function describeJsonStringProblem(problem: JsonStringProblem): string {
  return problem.kind === 'lone-surrogate'
    ? `A string holds a lone UTF-16 surrogate (at offset ${problem.offset}), which is not Unicode text`
    : `A string holds a control character (at offset ${problem.offset}); FHIR strings allow only tab, line feed and carriage return below U+0020`;
}
