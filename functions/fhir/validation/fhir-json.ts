import { visit } from 'jsonc-parser';
import { childPath } from './issues.ts';
import { MAX_DEPTH } from './json-shape.ts';
import type { IssueSink } from './issues.ts';

/**
 * FHIR JSON from text (http://hl7.org/fhir/R4/json.html): strict JSON, no comments, and no
 * duplicate property names, which JSON.parse would silently collapse to the last one (a
 * resource that means two things to two readers). JSON.parse does the parsing; jsonc-parser's
 * scanner only looks for repeated names, and only once the text is known to be valid JSON.
 * Problems are issues; nothing is echoed from the text. Returns the parsed value whenever the
 * text is JSON (duplicates are reported beside it), undefined when it is not, or too deep.
 */
export function parseFhirJson(input: string, sink: IssueSink, rootName = 'Resource'): unknown {
  // RFC 8259 section 8.1: a parser may ignore a leading byte order mark.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    sink.error('invalid', `The content is not valid JSON${syntaxLocation(text, (error as Error).message)}`, rootName);
    return undefined;
  }
  const root = typeof value === 'object' && value !== null && typeof (value as { resourceType?: unknown }).resourceType === 'string' && /^[A-Za-z]{1,64}$/.test((value as { resourceType: string }).resourceType)
    ? (value as { resourceType: string }).resourceType
    : rootName;
  // The duplicate scanner recurses: let nothing deeper than the validator accepts reach it.
  if (depthExceeds(value, MAX_DEPTH)) {
    sink.error('too-costly', `The content is nested more than ${MAX_DEPTH} levels deep`, root);
    return undefined;
  }
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
  return value;
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

function depthExceeds(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(value) ? value : Object.values(value)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}
