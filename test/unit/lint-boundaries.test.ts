import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The import boundaries of eslint.config.js, checked on snippets linted at virtual paths (the
// files need not exist: the rule reads the import specifiers as written).
const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map(({ ruleId, line, message }) => ({ ruleId, line, message }));
}

// Each snippet uses what it imports, so that a boundary is the only problem it can have.
const forbidden: [string, string, string, RegExp][] = [
  ['fhir importing access', 'functions/fhir/x.ts', "import { a } from '../access/x.ts';\nexport const b = a;", /functions\/fhir does not depend on functions\/access/],
  ['fhir, a folder deeper, importing access', 'functions/fhir/validation/x.ts', "import { a } from '../../access/principal.ts';\nexport const b = a;", /functions\/fhir does not depend on functions\/access/],
  ['fhir re-exporting access', 'functions/fhir/x.ts', "export { a } from '../access/decide.ts';", /functions\/fhir does not depend on functions\/access/],
  ['vault importing middy', 'functions/vault/read/x.ts', "import middy from '@middy/core';\nexport const b = middy;", /does not import Lambda, middy or CDK/],
  ['vault importing the Lambda types', 'functions/vault/x.ts', "import type { Context } from 'aws-lambda';\nexport type B = Context;", /does not import Lambda, middy or CDK/],
  ['ledger importing the HTTP layer', 'functions/ledger/x.ts', "import { a } from '../http/responses.ts';\nexport const b = a;", /does not import functions\/http/],
  ['platform importing HTTP middleware', 'functions/platform/x.ts', "import { a } from '../http/middleware/smart-auth.ts';\nexport const b = a;", /does not import functions\/http/],
  ['consent importing CDK', 'functions/consent/x.ts', "import { Bucket } from 'aws-cdk-lib/aws-s3';\nexport const b = Bucket;", /does not import Lambda, middy or CDK/],
  ['audit importing the Lambda handler type', 'functions/audit/x.ts', "import type { Handler } from 'aws-lambda';\nexport type B = Handler;", /does not import Lambda, middy or CDK/],
  ['export importing constructs', 'functions/export/x.ts', "import { Construct } from 'constructs';\nexport const b = Construct;", /does not import Lambda, middy or CDK/],
  ['schemas importing cdk-nag', 'schemas/x.ts', "import { NagSuppressions } from 'cdk-nag';\nexport const b = NagSuppressions;", /does not import Lambda, middy or CDK/],
  ['a handler importing infra', 'functions/fhir-read/x.ts', "import { a } from '../../infra/local/local-stack.ts';\nexport const b = a;", /does not import infra\//],
  ['the route table importing infra', 'functions/routes.ts', "import { a } from '../infra/cdk/app.ts';\nexport const b = a;", /does not import infra\//],
];

const permitted: [string, string, string][] = [
  ['vault importing access and fhir', 'functions/vault/x.ts', "import { a } from '../access/decide.ts';\nimport { b } from '../fhir/references.ts';\nexport const c = [a, b];"],
  ['access importing FHIR outcomes (one way only)', 'functions/access/x.ts', "import { a } from '../fhir/outcomes.ts';\nexport const b = a;"],
  ['access importing the FHIR types package', 'functions/access/x.ts', "import type { Patient } from 'fhir/r4.d.ts';\nexport type B = Patient;"],
  ['access importing platform and schemas', 'functions/access/x.ts', "import { a } from '../platform/retry.ts';\nimport { b } from '../../schemas/config.ts';\nexport const c = [a, b];"],
  [
    'a handler importing middy, http, fhir and access',
    'functions/fhir-read/x.ts',
    "import middy from '@middy/core';\nimport { b } from '../http/responses.ts';\nimport { c } from '../fhir/outcomes.ts';\nimport { d } from '../access/decide.ts';\nexport const e = [middy, b, c, d];",
  ],
  ['infra importing CDK and a function entry point', 'infra/cdk/x.ts', "import { App } from 'aws-cdk-lib';\nimport { ROUTES } from '../../functions/routes.ts';\nexport const c = [App, ROUTES];"],
];

describe('import boundaries (eslint.config.js)', () => {
  test.each(forbidden)('%s is reported by no-restricted-imports', async (_name, filePath, code, message) => {
    const found = await problems(filePath, code);
    expect(found).toEqual([{ ruleId: 'no-restricted-imports', line: 1, message: expect.stringMatching(message) }]);
  });

  test.each(permitted)('%s passes', async (_name, filePath, code) => {
    expect(await problems(filePath, code)).toEqual([]);
  });
});
