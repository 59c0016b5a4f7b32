import type { z } from 'zod';
import { OperationOutcomeError, issue, outcome } from '../fhir/outcomes.ts';

/**
 * A zod failure as a 400 OperationOutcome, one issue per problem, each naming its element: under
 * `root` (`ClientRegistration.scopes[0]`), or, with `root` empty, from the body's top level (`reason`).
 */
export function zodOutcome(error: z.ZodError, root: string): OperationOutcomeError {
  const issues = error.issues.slice(0, 50).map((problem) => {
    let expression = root;
    for (const part of problem.path) expression += typeof part === 'number' ? `[${part}]` : expression === '' ? String(part) : `.${String(part)}`;
    const code = problem.code === 'unrecognized_keys' ? 'structure' : problem.code === 'invalid_type' && problem.input === undefined ? 'required' : 'value';
    const text = problem.code === 'unrecognized_keys' ? `Unknown element(s): ${problem.keys.join(', ')}` : problem.message;
    return issue(code, text, expression === '' ? undefined : expression);
  });
  return new OperationOutcomeError(400, outcome(...issues));
}
