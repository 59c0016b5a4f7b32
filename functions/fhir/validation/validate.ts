import type { OperationOutcome } from '../types.ts';
import { IssueSink } from './issues.ts';
import { checkJsonShape } from './json-shape.ts';
import { validateStructure } from './structure.ts';

/**
 * Validates a parsed FHIR R4 resource (a Bundle included): JSON shape, then structure against
 * the generated schemas, then the rules beyond structure. Every problem found is an issue, up to
 * the cap.
 */
export interface ValidationResult {
  valid: boolean;
  outcome: OperationOutcome;
}

export interface ValidateOptions {
  /** Most issues reported (default 200). */
  issueCap?: number;
}

export function validateResource(value: unknown, options: ValidateOptions = {}): ValidationResult {
  const sink = new IssueSink(options.issueCap);
  const root = typeof value === 'object' && value !== null && typeof (value as { resourceType?: unknown }).resourceType === 'string' ? (value as { resourceType: string }).resourceType : 'Resource';
  const shapeOk = checkJsonShape(value, /^[A-Za-z]{1,64}$/.test(root) ? root : 'Resource', sink);
  if (shapeOk) validateStructure(value, sink);
  return result(sink);
}

export function result(sink: IssueSink): ValidationResult {
  const valid = sink.errorCount === 0;
  const issues = sink.issues.length > 0 ? sink.issues : [{ severity: 'information' as const, code: 'informational' as const, details: { text: 'No issues found' } }];
  if (sink.truncated) issues.push({ severity: 'information', code: 'too-costly', details: { text: `Only the first ${sink.cap} issues are reported` } });
  return { valid, outcome: { resourceType: 'OperationOutcome', issue: issues } };
}
