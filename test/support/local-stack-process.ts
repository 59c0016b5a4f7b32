import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JWK } from 'jose';
import type { StackInfo } from '../../infra/local/local-stack.ts';
import { requestAccessToken } from '../../functions/cli/smart-client.ts';
import type { ClientCredentials } from '../../functions/cli/smart-client.ts';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `npm start`'s entry point as a child process on a random port and a temp data folder,
 * exactly as a developer would, and collects everything it prints (for the log checks).
 */
export class StackProcess {
  readonly dataDir: string;
  info!: StackInfo;
  output = '';
  #child: ChildProcess | undefined;

  private constructor(dataDir: string) {
    this.dataDir = dataDir;
  }

  static async start(dataDir?: string, env: Record<string, string> = {}): Promise<StackProcess> {
    const stack = new StackProcess(dataDir ?? (await mkdtemp(join(tmpdir(), 'fhirx-test-'))));
    await stack.boot(0, env);
    return stack;
  }

  /** Boots on `port` (0 = any free port). */
  async boot(port = 0, env: Record<string, string> = {}): Promise<void> {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'infra/local/start.ts'), '--port', String(port), '--data-dir', this.dataDir], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`stack exited with ${code}:\n${this.output}`))));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ready = await readFile(join(this.dataDir, 'stack.json'), 'utf8').then(
        (text) => JSON.parse(text) as StackInfo,
        () => undefined,
      );
      if (ready && ready.pid === child.pid) {
        this.info = ready;
        return;
      }
      if (Date.now() > deadline) throw new Error(`stack did not become ready:\n${this.output}`);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 50))]);
    }
  }

  /** SIGTERM, as Ctrl-C would; resolves with the exit code once every child is gone. */
  async stop(): Promise<number | null> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const code = new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
    child.kill('SIGTERM');
    return code;
  }

  /** SIGKILL, as a crash or the OOM killer would: nothing in the stack gets to clean up. */
  async kill(): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** Stops, then starts again on the same data folder and the same port (so URLs stay valid). */
  async restart(): Promise<void> {
    await this.stop();
    await this.boot(Number(new URL(this.info.fhirBase).port));
  }

  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  get origin(): string {
    return new URL(this.info.fhirBase).origin;
  }

  async credentials(clientId: string): Promise<ClientCredentials> {
    const client = this.info.clients.find((candidate) => candidate.clientId === clientId);
    if (!client) throw new Error(`no seeded client ${clientId}`);
    return { clientId, tokenUrl: this.info.tokenUrl, privateJwk: JSON.parse(await readFile(client.privateJwkFile, 'utf8')) as JWK };
  }

  async token(clientId: string, scope = 'system/*.cruds'): Promise<string> {
    return (await requestAccessToken(await this.credentials(clientId), scope)).access_token;
  }
}
