// ESLint flat config: the recommended rules of ESLint and typescript-eslint, a few rules tuned on
// purpose (each with its reason), and the import boundaries of DESIGN.md "Layout":
// handlers -> domain -> schemas; the domain never imports the HTTP layer, Lambda, middy or CDK;
// functions/fhir and functions/access do not depend on each other both ways (access may use FHIR
// outcomes; FHIR rules know nothing of callers and permissions); nothing under functions/ imports
// infra/ (infra imports functions only as bundling entry points).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Boundaries are checked on the import specifier as written (`no-restricted-imports`): imports in
 * this repository are relative with explicit `.ts` extensions, so a climb of `../` segments into a
 * top-level folder name identifies the folder. The optional `functions/` covers a climb past it.
 * Package names are matched exactly and with any subpath.
 */
const climbInto = (folder) => `^(\\.\\./)+(functions/)?${folder}/`;

const NO_INFRA = {
  regex: '^(\\.\\./)+infra/',
  message: 'Code under functions/ does not import infra/: infra imports functions only as bundling entry points.',
};
const NO_HTTP = {
  regex: climbInto('http'),
  message: 'Domain code does not import functions/http: the HTTP layer calls the domain, not the other way round.',
};
const NO_RUNTIME_PACKAGES = {
  group: ['aws-lambda', '@middy/*', 'aws-cdk-lib', 'aws-cdk-lib/*', 'constructs', 'constructs/*', 'cdk-nag', 'cdk-nag/*'],
  message: 'Domain code does not import Lambda, middy or CDK: handlers and infra wrap the domain.',
};
const NO_ACCESS = {
  regex: climbInto('access'),
  message: 'functions/fhir does not depend on functions/access (access depends on fhir, never both ways): move the shared piece into fhir/ or a module above both.',
};

/** One config object per folder: a later object's options for a rule replace an earlier one's, so each carries its full list. */
const restrict = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
// The domain: the modules the handlers share (DESIGN.md "Layout"; audit holds the FHIR views of the access log) and schemas/.
const DOMAIN = [NO_INFRA, NO_HTTP, NO_RUNTIME_PACKAGES];
const boundaries = [
  restrict(['functions/**/*.ts'], [NO_INFRA]),
  restrict(['functions/fhir/**/*.ts'], [...DOMAIN, NO_ACCESS]),
  ...['access', 'vault', 'ledger', 'platform', 'consent', 'audit', 'export', 'deid'].map((folder) => restrict([`functions/${folder}/**/*.ts`], DOMAIN)),
  restrict(['schemas/**/*.ts'], DOMAIN),
];

export default defineConfig(
  {
    ignores: [
      'schemas/*.generated.ts', // generated from the FHIR definitions by npm run structure:generate and friends
      'contracts/generated/', // ABI and bytecode module written by npm run contracts:build
      'node_modules/',
      'cdk.out/',
      'portal/dist/', // the built portal (npm run portal:build)
      'test-results/', // screenshots of the browser tests
      '.local/',
      'coverage/',
      'test/fixtures/', // third-party FHIR data, not our code
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // `_`-prefixed names are deliberately unused (a handler's or callback's position-fixed parameters, a destructured rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // A `let` read by a closure written before its one assignment (a promise started later in a function) stays a `let`: as a const it would sit in its temporal dead zone.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read JSON answers loosely (`as any`) and their assertions check the shape; the exchange's own code keeps the rule.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The patient portal runs in the browser.
    files: ['portal/src/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Scripts run by Node directly (the validator probe of the benchmarks).
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  ...boundaries,
);
