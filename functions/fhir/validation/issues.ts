import type { OperationOutcomeIssue } from '../types.ts';

/**
 * Where validation problems are collected: one OperationOutcome issue per problem, each with a
 * FHIRPath `expression` (`Bundle.entry[3].resource.birthDate`), up to a cap so that a hostile
 * payload cannot make the outcome itself huge.
 */
export const DEFAULT_ISSUE_CAP = 200;

export class IssueSink {
  readonly issues: OperationOutcomeIssue[] = [];
  readonly cap: number;
  truncated = false;

  /** Kept for the life of the process, so that V8 keeps the map of these objects (see StructureContext.keptAlive). */
  static readonly keptAlive = new IssueSink(0);

  constructor(cap = DEFAULT_ISSUE_CAP) {
    this.cap = cap;
  }

  /** Records an error; returns false once the cap is reached (callers may stop early). */
  error(code: OperationOutcomeIssue['code'], text: string, expression: string): boolean {
    return this.add({ severity: 'error', code, details: { text }, expression: [expression] });
  }

  add(issue: OperationOutcomeIssue): boolean {
    if (this.issues.length >= this.cap) {
      this.truncated = true;
      return false;
    }
    this.issues.push(issue);
    return true;
  }

  get full(): boolean {
    return this.issues.length >= this.cap;
  }

  get errorCount(): number {
    return this.issues.filter((issue) => issue.severity === 'error' || issue.severity === 'fatal').length;
  }
}

/** Appends a property or an index to a FHIRPath location. */
export function childPath(parent: string, key: string | number): string {
  return typeof key === 'number' ? `${parent}[${key}]` : `${parent}.${key}`;
}
