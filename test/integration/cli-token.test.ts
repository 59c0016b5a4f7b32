import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT, StackProcess } from '../support/local-stack-process.ts';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'functions/cli/fhir-exchange.ts');
let stack: StackProcess;

beforeAll(async () => {
  stack = await StackProcess.start();
});
afterAll(async () => {
  await stack?.dispose();
});

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('fhir-exchange token', () => {
  test("prints a token for a seeded client from stack.json, which the API accepts", async () => {
    const result = await cli('token', '--client', 'dev-admin', '--data-dir', stack.dataDir);
    expect(result.code).toBe(0);
    const token = result.stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    const response = await fetch(`${stack.info.adminBase}/clients`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).clients.map((c: any) => c.clientId)).toEqual(['dev-admin', 'dev-provider-a', 'dev-provider-b', 'dev-research']);
  });

  test('targets any deployment with --base, --client-id and --key, discovering the token endpoint', async () => {
    const client = stack.info.clients.find((c) => c.clientId === 'dev-provider-b')!;
    const result = await cli('token', '--base', stack.info.fhirBase, '--client-id', 'dev-provider-b', '--key', client.privateJwkFile, '--scope', 'system/Patient.rs', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ token_type: 'bearer', scope: 'system/Patient.rs', expires_in: 300 });
  });

  test('an unknown client is a usage error (exit 2) that lists the seeded ones', async () => {
    const result = await cli('token', '--client', 'nobody', '--data-dir', stack.dataDir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('dev-provider-a');
  });

  test('a refused token request exits 1 with the server\'s reason', async () => {
    const client = stack.info.clients.find((c) => c.clientId === 'dev-research')!;
    const result = await cli('token', '--base', stack.info.fhirBase, '--client-id', 'dev-research', '--key', client.privateJwkFile, '--scope', 'system/Patient.c');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('HTTP 400');
  });

  test('--purpose-of-use BTG with --reason gets a break-glass token for a provider allowed emergency access, which the API accepts', async () => {
    const result = await cli('token', '--client', 'dev-provider-b', '--data-dir', stack.dataDir, '--purpose-of-use', 'BTG', '--reason', 'unconscious on arrival, no consent on file');
    expect(result.code).toBe(0);
    const token = result.stdout.trim();
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ provider: 'dev-clinic-b', purpose_of_use: 'BTG', btg_reason: 'unconscious on arrival, no consent on file' });
    const response = await fetch(`${stack.info.fhirBase}/Patient/x`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
    expect(stack.output).not.toContain('unconscious on arrival');
  });

  test('--purpose-of-use the client may not use exits 1 with the server\'s reason; without it the token says TREAT', async () => {
    const refused = await cli('token', '--client', 'dev-research', '--data-dir', stack.dataDir, '--purpose-of-use', 'TREAT');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('HTTP 400');
    expect(refused.stderr).toContain('Purpose of use TREAT is not available to this client');
    const plain = await cli('token', '--client', 'dev-provider-a', '--data-dir', stack.dataDir);
    expect(JSON.parse(Buffer.from(plain.stdout.trim().split('.')[1]!, 'base64url').toString('utf8')).purpose_of_use).toBe('TREAT');
  });

  test('without a running stack it says how to start one', async () => {
    const result = await cli('token', '--client', 'dev-admin', '--data-dir', join(stack.dataDir, 'nothing-here'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('npm start');
  });
});
