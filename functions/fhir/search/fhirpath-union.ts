/**
 * The top-level `|` parts of a FHIRPath expression (a `|` inside parentheses or quotes stays).
 * The search parameter generator cuts shared definitions into the parts for one type with it, and
 * the evaluator runs each part alone: FHIRPath's union deduplicates with deep equality, which the
 * fhirpath package cannot apply to some values (a Quantity with a comparator), and a search needs
 * no deduplication.
 */
export function unionParts(expression: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (c === "'" && expression[i - 1] !== '\\') quoted = !quoted;
    if (quoted) continue;
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(expression.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(expression.slice(start).trim());
  return parts;
}
