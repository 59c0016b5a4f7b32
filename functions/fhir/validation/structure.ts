import { RESOURCE_TYPES, resourceCheck } from '../../../schemas/fhir-r4-structure.generated.ts';
import { MAX_DEPTH, StructureContext, TooDeep, type ConstraintHooks, type RuleHooks } from '../../../schemas/fhir-r4-structure-runtime.ts';
import { childPath } from './issues.ts';
import type { IssueSink } from './issues.ts';

/**
 * Structure validation with the checks compiled from the R4 StructureDefinitions
 * (schemas/fhir-r4-structure.generated.ts): element names and types, cardinality, choice elements,
 * primitive formats and ranges, `_x` extensions and required codes, each issue at its FHIRPath
 * location; and the rules of FHIR's JSON representation (json.html) on the way: no empty objects,
 * arrays or strings (ele-1), nulls only as fillers of primitive arrays paired with their `_x` twin,
 * no `__proto__` / `constructor` / `prototype` names, and at most MAX_DEPTH levels of nesting.
 */

const ELEMENT_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export { RESOURCE_TYPES };

/**
 * Validates `value` as a resource; returns false if it has structural errors. With `constraints`,
 * the constraints of the definitions run on each node as the compiled checks meet it; with
 * `rules`, the base rules beyond them (invariants.ts).
 */
export function validateStructure(value: unknown, sink: IssueSink, rootPath?: string, constraints?: ConstraintHooks, rules?: RuleHooks): boolean {
  return checkStructure(value, sink, rootPath, constraints, rules).valid;
}

/** What {@link checkStructure} found. */
export interface StructureResult {
  /** No structural error. */
  readonly valid: boolean;
  /** The resource's location in issues (`Bundle`, or the given root path). */
  readonly root: string;
  /** The properties of all the objects checked; undefined when there was no resource to walk, or it was too deep. */
  readonly members: number | undefined;
  /** The walk stopped at MAX_DEPTH. */
  readonly tooDeep: boolean;
}

/** As {@link validateStructure}, with the root path and the number of properties met. */
export function checkStructure(value: unknown, sink: IssueSink, rootPath?: string, constraints?: ConstraintHooks, rules?: RuleHooks): StructureResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    sink.error('structure', 'A resource must be a JSON object', rootPath ?? 'Resource');
    return { valid: false, root: rootPath ?? 'Resource', members: undefined, tooDeep: false };
  }
  const resourceType = (value as { resourceType?: unknown }).resourceType;
  if (typeof resourceType !== 'string') {
    sink.error('required', 'resourceType is required', rootPath ?? 'Resource');
    return { valid: false, root: rootPath ?? 'Resource', members: undefined, tooDeep: false };
  }
  const check = resourceCheck(resourceType);
  const root = rootPath ?? (ELEMENT_NAME.test(resourceType) ? resourceType : 'Resource');
  if (!check) {
    sink.error('structure', 'Not a FHIR R4 resource type', childPath(root, 'resourceType'));
    return { valid: false, root, members: undefined, tooDeep: false };
  }
  const context = new StructureContext(sink, root, value, constraints, rules);
  try {
    context.root(value as Record<string, unknown>, check);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    // Nothing below this depth is looked at: one issue, at the resource.
    sink.error('too-costly', `The content is nested more than ${MAX_DEPTH} levels deep`, root);
    return { valid: false, root, members: undefined, tooDeep: true };
  }
  return { valid: context.errors === 0, root, members: context.members, tooDeep: false };
}
