import type { z } from 'zod';
import { RESOURCE_TYPES, resourceSchema } from '../../../schemas/fhir-r4.generated.ts';
import type { OperationOutcomeIssue } from '../types.ts';
import { childPath } from './issues.ts';
import type { IssueSink } from './issues.ts';

/**
 * Structure validation with the zod schemas generated from the R4 StructureDefinitions, and the
 * translation of zod's issues into OperationOutcome issues with FHIRPath locations.
 */

const ELEMENT_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export { RESOURCE_TYPES };

/** Validates `value` as a resource; returns false if it has structural errors. */
export function validateStructure(value: unknown, sink: IssueSink, rootPath?: string): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    sink.error('structure', 'A resource must be a JSON object', rootPath ?? 'Resource');
    return false;
  }
  const resourceType = (value as { resourceType?: unknown }).resourceType;
  if (typeof resourceType !== 'string') {
    sink.error('required', 'resourceType is required', rootPath ?? 'Resource');
    return false;
  }
  const schema = resourceSchema(resourceType);
  const root = rootPath ?? (ELEMENT_NAME.test(resourceType) ? resourceType : 'Resource');
  if (!schema) {
    sink.error('structure', 'Not a FHIR R4 resource type', childPath(root, 'resourceType'));
    return false;
  }
  const result = schema.safeParse(value);
  if (result.success) return true;
  for (const zodIssue of result.error.issues) {
    for (const issue of toOutcomeIssues(zodIssue, root, valueAt(value, zodIssue.path) === undefined)) if (!sink.add(issue)) return false;
  }
  return false;
}

function location(root: string, path: readonly PropertyKey[]): string {
  let expression = root;
  for (const part of path) expression = childPath(expression, typeof part === 'number' ? part : String(part));
  return expression;
}

/** The input at a zod issue's path (zod does not keep inputs in its issues unless asked to). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function toOutcomeIssues(zodIssue: z.core.$ZodIssue, root: string, missing: boolean): OperationOutcomeIssue[] {
  const expression = location(root, zodIssue.path);
  const make = (code: OperationOutcomeIssue['code'], text: string, at = expression): OperationOutcomeIssue => ({
    severity: 'error',
    code,
    details: { text },
    expression: [at],
  });
  switch (zodIssue.code) {
    case 'unrecognized_keys':
      return zodIssue.keys.map((key) =>
        ELEMENT_NAME.test(key) ? make('structure', `Unknown element '${key}'`, childPath(expression, key)) : make('structure', 'Unknown element with an invalid name'),
      );
    case 'invalid_type':
      return [missing ? make('required', 'Missing required element') : make('structure', `Wrong type: expected ${zodIssue.expected}`)];
    case 'too_small':
      if (zodIssue.origin === 'array' || zodIssue.origin === 'string') return [make('invalid', zodIssue.message)];
      return [make('value', `Value is below the minimum of ${String(zodIssue.minimum)}`)];
    case 'too_big':
      return [zodIssue.origin === 'string' ? make('too-long', `Value is longer than ${String(zodIssue.maximum)} characters`) : make('value', `Value is above the maximum of ${String(zodIssue.maximum)}`)];
    case 'invalid_format':
      return [make('value', zodIssue.message)];
    case 'invalid_value':
      if (missing) return [make('required', 'Missing required element')];
      return [make('code-invalid', zodIssue.message.startsWith('Invalid') ? 'Value not allowed here' : zodIssue.message)];
    case 'custom': {
      const code = (zodIssue.params?.['fhir'] as OperationOutcomeIssue['code'] | undefined) ?? 'invariant';
      return [make(code, zodIssue.message)];
    }
    default:
      return [make('structure', 'Invalid content')];
  }
}
