import type { OperationOutcome } from '../types.ts';
import { checkRepeatedNames, parseJson } from './fhir-json.ts';
import { IssueSink } from './issues.ts';
import { InlineConstraints } from './constraints.ts';
import { BaseRules } from './invariants.ts';
import { checkStructure, type StructureResult } from './structure.ts';

/**
 * Validates a parsed FHIR R4 resource (a Bundle included): structure (with the rules of the JSON
 * representation) with the compiled checks, which run the generated constraints and the base rules beyond structure on
 * each node as they meet it. Every problem found is an issue, up to
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
  validateInto(value, sink);
  return result(sink);
}

/** Adds the issues of `value` to `sink`; returns what the structure walk found. */
export function validateInto(value: unknown, sink: IssueSink): StructureResult {
  const issuesBefore = sink.issues.length;
  // The constraints and the base rules beyond them run from the structure checks, on each node as
  // they meet it. They assume the structure is right: where it is not, a failure on an element
  // that holds a structural error (at it or below it) may be that error's consequence, and is not
  // reported; the others are, as the HL7 validator reports them (an entry of a Bundle is judged
  // whatever is wrong with another).
  const constraints = new InlineConstraints(sink.cap);
  const rules = new BaseRules(sink.cap);
  const structure = checkStructure(value, sink, undefined, constraints, rules);
  if (structure.tooDeep) return structure;
  const structural = sink.issues.slice(issuesBefore).flatMap((issue) => (issue.severity === 'error' ? (issue.expression ?? []) : []));
  const below = (error: string, path: string) => error.startsWith(path) && (error.charCodeAt(path.length) === 46 /* . */ || error.charCodeAt(path.length) === 91) /* [ */;
  const reported = (path: string) => !structural.some((error) => error === path || below(error, path));
  rules.flush(sink, reported);
  constraints.flush(sink, reported);
  return structure;
}

export function result(sink: IssueSink): ValidationResult {
  const valid = sink.errorCount === 0;
  const issues = sink.issues.length > 0 ? sink.issues : [{ severity: 'information' as const, code: 'informational' as const, details: { text: 'No issues found' } }];
  if (sink.truncated) issues.push({ severity: 'information', code: 'too-costly', details: { text: `Only the first ${sink.cap} issues are reported` } });
  return { valid, outcome: { resourceType: 'OperationOutcome', issue: issues } };
}

/**
 * Validates FHIR JSON text: strict JSON without duplicate properties, then as above. `resource`
 * is the parsed value when the text was JSON at all (valid or not). Whether a name repeated is
 * decided from the properties the structure walk counted (parseFhirJson in fhir-json.ts says how).
 */
export function validateJsonText(text: string, options: ValidateOptions = {}): ValidationResult & { resource?: unknown } {
  const sink = new IssueSink(options.issueCap);
  const parsed = parseJson(text, sink);
  if (parsed === undefined) return result(sink);
  const structure = validateInto(parsed.value, sink);
  if (!structure.tooDeep) checkRepeatedNames(parsed.text, parsed.value, structure.root, sink, structure.members);
  return { ...result(sink), resource: parsed.value };
}
