import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import type { Bool, Env } from './fhirpath-runtime.ts';

/**
 * Evaluates a constraint that the generator could not compile (schemas/fhir-r4-constraints.generated.ts
 * lists them in FALLBACK) with the `fhirpath` package and its R4 model. `context` is the type or
 * element path the constraint is defined on, which gives the package the types of the node.
 *
 * Returns true or false, undefined for the empty result, or 'unevaluable' when the package cannot
 * evaluate the expression here (e.g. `resolve()`, which needs the referenced resources).
 */
export function evaluateWithFhirpath(expression: string, node: unknown, context: string, env: Env): Bool | 'unevaluable' {
  let result: unknown[];
  try {
    // The package may annotate the data it is given; it gets a copy.
    const copy = structuredClone(node);
    const variables = { resource: structuredClone(env.resource), rootResource: structuredClone(env.rootResource), ucum: 'http://unitsofmeasure.org' };
    result = fhirpath.evaluate(copy, { base: context, expression }, variables as Record<string, unknown>, r4, { traceFn: () => undefined }) as unknown[];
  } catch {
    return 'unevaluable';
  }
  if (result.length === 0) return undefined;
  if (result.length === 1 && typeof result[0] === 'boolean') return result[0];
  return true;
}
