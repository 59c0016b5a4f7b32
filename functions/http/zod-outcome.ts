import type { z } from 'zod';
import { OperationOutcomeError, issue, outcome } from '../fhir/outcomes.ts';

/** A zod failure as a 400 OperationOutcome, one issue per problem, each naming its element. */
export function zodOutcome(error: z.ZodError, root: string): OperationOutcomeError {
  const issues = error.issues.slice(0, 50).map((problem) => {
    let expression = root;
    for (const part of problem.path) expression += typeof part === 'number' ? `[${part}]` : `.${String(part)}`;
    const code = problem.code === 'unrecognized_keys' ? 'structure' : problem.code === 'invalid_type' && problem.input === undefined ? 'required' : 'value';
    const text = problem.code === 'unrecognized_keys' ? `Unknown element(s): ${problem.keys.join(', ')}` : problem.message;
    return issue(code, text, expression);
  });
  return new OperationOutcomeError(400, outcome(...issues));
}
