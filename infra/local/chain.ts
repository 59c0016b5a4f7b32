/**
 * Local EVM chain for the dev stack: runs anvil (from the @foundry-rs/anvil-<platform> npm
 * package) bound to 127.0.0.1, persists its state under `<dataDir>/chain/`, and deploys the
 * exchange's contracts (reusing an earlier deployment on the same data dir when it is intact).
 *
 * Files under `<dataDir>/chain/`:
 *   anvil-state.json  anvil state (`--state`, dumped every STATE_INTERVAL_S seconds and on exit)
 *   compiled.json     compile cache keyed by sourceHash (a warm start does not load solc)
 *   deployments.json  { chainId, sourceHash, contracts: { Name: address } }
 *   .foundry/, cache/ anything anvil itself writes (HOME and --cache-path point here)
 *
 * Accounts come from anvil's built-in dev mnemonic and are used unlocked through JSON-RPC
 * (eth_sendTransaction): account 0 deploys and is the admin, account 1 is the operator
 * (relayer). No private key appears in this code or in its output.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { Contract, JsonRpcProvider } from 'ethers';
import { compileContracts, computeSourceHash } from '../../contracts/compile.ts';
import type { CompiledContract, CompiledContracts } from '../../contracts/compile.ts';
import { checkPlan, deployContracts } from '../../contracts/deploy.ts';
import type { DeployPlan, DeploySettings } from '../../contracts/deploy.ts';
import { ConsentRegistryAbi } from '../../contracts/generated/index.ts';
import { superviseChild } from './child-supervision.ts';
import type { ChildExit } from './child-supervision.ts';

export interface LocalChain {
  rpcUrl: string;
  chainId: number;
  contracts: Record<string, string /* address */>;
  stop(): Promise<void>;
}

export interface StartLocalChainOptions {
  dataDir: string;
  /** 0 (default) = pick a free port. */
  port?: number;
  /**
   * ConsentRegistry's wallet-recovery delay in seconds (LOCAL_RECOVERY_DELAY_SECONDS by default):
   * set at deployment, and set again by the admin when a kept deployment has another.
   */
  recoveryDelaySeconds?: number;
}

/** The local chain's recovery delay: short enough to watch a recovery through on `npm start`. */
export const LOCAL_RECOVERY_DELAY_SECONDS = 20;

export const LOCAL_CHAIN_ID = 31337;
const HOST = '127.0.0.1';
const STATE_INTERVAL_S = 2;
const READY_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 5_000;
const STDERR_TAIL_BYTES = 8_192;

interface DeploymentsFile {
  chainId: number;
  sourceHash: string;
  contracts: Record<string, string>;
}

interface CompiledCacheFile {
  sourceHash: string;
  compiled: CompiledContracts;
}

// ---------------------------------------------------------------------------------------------
// small helpers

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return undefined; // missing or unreadable: treated as "no cache"
  }
}

/** Writes via a temp file + rename so a crash never leaves a half-written file. */
async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`);
  await rename(tmp, path);
}

/** Redacts anything shaped like a 32-byte hex secret before showing anvil output. */
function redact(text: string): string {
  return text.replace(/0x[0-9a-fA-F]{64}/g, '0x<redacted>');
}

/** Path of the anvil binary shipped by the platform's @foundry-rs/anvil-* package. */
function resolveAnvilBinary(): string {
  const arch = process.arch === 'x64' ? 'amd64' : process.arch;
  const pkg = `@foundry-rs/anvil-${process.platform}-${arch}`;
  const require = createRequire(import.meta.url);
  let pkgJsonPath: string;
  try {
    pkgJsonPath = require.resolve(`${pkg}/package.json`);
  } catch {
    throw new Error(`anvil is not installed for ${process.platform}/${process.arch}: npm package ${pkg} was not found`);
  }
  return join(dirname(pkgJsonPath), 'bin', process.platform === 'win32' ? 'anvil.exe' : 'anvil');
}

/** Asks the OS for a free port on 127.0.0.1 (bind to 0, read it, close). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, HOST, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('could not determine a free port'))));
    });
  });
}

async function rpc(rpcUrl: string, method: string, params: unknown[] = [], timeoutMs = 2_000): Promise<unknown> {
  const res = await fetch(rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json()) as { result?: unknown; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

// ---------------------------------------------------------------------------------------------
// anvil process

interface AnvilProcess {
  child: ChildProcess;
  rpcUrl: string;
  statePath: string;
  stderrTail(): string;
  /** Resolves with the exit code/signal once the process has exited. */
  exited: Promise<ChildExit>;
  /** SIGTERM (anvil dumps --state on it), then SIGKILL after STOP_GRACE_MS; resolves once anvil has exited. */
  stop(): Promise<void>;
}

function spawnAnvil(chainDir: string, port: number): AnvilProcess {
  const statePath = join(chainDir, 'anvil-state.json');
  const args = [
    '--host', HOST,
    '--port', String(port),
    '--chain-id', String(LOCAL_CHAIN_ID),
    '--silent',
    '--state', statePath,
    '--state-interval', String(STATE_INTERVAL_S),
    '--cache-path', join(chainDir, 'cache'),
  ];
  const child = spawn(resolveAnvilBinary(), args, {
    cwd: chainDir,
    // HOME is redirected so anything anvil writes under ~/.foundry lands in <dataDir>/chain/.foundry.
    env: { ...process.env, HOME: chainDir, NO_COLOR: '1' },
    // stdout is discarded (anvil's banner would list dev private keys; --silent suppresses it anyway).
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Any anvil still running when the parent process exits is sent SIGTERM by the shared exit hook
  // (see child-supervision.ts). SIGTERM rather than SIGKILL: anvil exits promptly on SIGTERM and
  // dumps its state first, so a crashed parent loses nothing.
  let tail = '';
  const { exited, stop } = superviseChild(child, {
    graceMs: STOP_GRACE_MS,
    onExit: () => watchdog.kill('SIGKILL'),
    onError: (err) => {
      tail += `\n${err.message}`;
    },
  });
  // The exit hook cannot run if this process is killed outright (SIGKILL, OOM): a watchdog shell
  // holds a pipe from us and, when the pipe closes for whatever reason, sends anvil SIGTERM (so it
  // still dumps its state). It is ended with anvil.
  const watchdog = spawn('sh', ['-c', 'cat >/dev/null; kill -TERM "$1" 2>/dev/null', 'anvil-watchdog', String(child.pid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.on('error', () => undefined);
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-STDERR_TAIL_BYTES);
  });
  return { child, rpcUrl: `http://${HOST}:${port}`, statePath, stderrTail: () => redact(tail.trim()), exited, stop };
}

class AnvilExitedError extends Error {
  readonly stderr: string;
  constructor(message: string, stderr: string) {
    super(message);
    this.stderr = stderr;
  }
}

/** Polls eth_chainId until anvil answers, it dies, or the timeout passes. */
async function waitForRpc(anvil: AnvilProcess, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  let exit: ChildExit | undefined;
  void anvil.exited.then((e) => (exit = e));
  // The budget counts time this process could wait, not wall time: the contracts compile
  // synchronously while anvil boots, and on a busy machine that alone can outlast the timeout.
  let waited = 0;
  let last = Date.now();
  let lastError = '';
  while (waited < timeoutMs) {
    if (exit) {
      const tail = anvil.stderrTail();
      const hint = /--state|anvil-state\.json/.test(tail)
        ? `\n(the persisted chain state looks unreadable; move ${anvil.statePath} aside to start a fresh chain)`
        : '';
      throw new AnvilExitedError(
        `anvil exited before becoming ready (code ${exit.code}, signal ${exit.signal})` +
          (tail ? `; stderr tail:\n${tail}` : '; no stderr output') +
          hint,
        tail,
      );
    }
    try {
      const id = await rpc(anvil.rpcUrl, 'eth_chainId', [], 1_000);
      if (Number(id) !== LOCAL_CHAIN_ID) {
        throw new Error(`anvil at ${anvil.rpcUrl} reports chain id ${String(id)}, expected ${LOCAL_CHAIN_ID}`);
      }
      return;
    } catch (err) {
      if ((err as Error).message.includes('reports chain id')) throw err;
      lastError = (err as Error).message;
    }
    await sleep(50);
    const now = Date.now();
    waited += Math.min(now - last, 1_100);
    last = now;
  }
  const tail = anvil.stderrTail();
  throw new Error(
    `anvil did not answer eth_chainId at ${anvil.rpcUrl} within ${timeoutMs} ms (last error: ${lastError})` +
      (tail ? `; stderr tail:\n${tail}` : ''),
  );
}

/** Starts anvil on `port` (or a free port), retrying once with a fresh port if it was taken. */
async function startAnvil(chainDir: string, requestedPort: number): Promise<AnvilProcess> {
  const attempts = requestedPort === 0 ? 2 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = requestedPort === 0 ? await freePort() : requestedPort;
    const anvil = spawnAnvil(chainDir, port);
    try {
      await waitForRpc(anvil);
      return anvil;
    } catch (err) {
      await anvil.stop();
      const inUse = err instanceof AnvilExitedError && /address already in use|EADDRINUSE|os error 98/i.test(err.stderr);
      if (inUse && attempt < attempts) continue;
      throw err;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// compile cache and deployment

async function loadCompiled(chainDir: string): Promise<CompiledContracts> {
  const cachePath = join(chainDir, 'compiled.json');
  const sourceHash = await computeSourceHash();
  const cached = await readJson<CompiledCacheFile>(cachePath);
  if (cached?.sourceHash === sourceHash && cached.compiled?.sourceHash === sourceHash) return cached.compiled;
  const compiled = await compileContracts();
  await writeJsonAtomic(cachePath, { sourceHash, compiled } satisfies CompiledCacheFile);
  return compiled;
}

/** Runtime code with immutable slots zeroed, for comparison with solc's deployedBytecode. */
function maskImmutables(code: string, c: CompiledContract): string {
  const bytes = code.toLowerCase().replace(/^0x/, '');
  let out = bytes;
  for (const refs of Object.values(c.immutableReferences)) {
    for (const { start, length } of refs) {
      out = out.slice(0, start * 2) + '0'.repeat(length * 2) + out.slice((start + length) * 2);
    }
  }
  return `0x${out}`;
}

async function deploymentIsIntact(
  provider: JsonRpcProvider,
  recorded: DeploymentsFile | undefined,
  compiled: CompiledContracts,
  plan: DeployPlan,
): Promise<boolean> {
  if (!recorded || recorded.chainId !== LOCAL_CHAIN_ID || recorded.sourceHash !== compiled.sourceHash) return false;
  for (const { name } of plan) {
    const address = recorded.contracts?.[name];
    const c = compiled.contracts[name];
    if (!address || !c) return false;
    const code = await provider.getCode(address);
    if (maskImmutables(code, c) !== c.deployedBytecode.toLowerCase()) return false;
  }
  return true;
}

async function deployAll(provider: JsonRpcProvider, compiled: CompiledContracts, plan: DeployPlan, settings: DeploySettings): Promise<Record<string, string>> {
  const adminSigner = await provider.getSigner(0);
  const operatorSigner = await provider.getSigner(1);
  return deployContracts(adminSigner, { admin: adminSigner.address, operator: operatorSigner.address }, compiled, plan, settings);
}

/** A kept deployment gets the requested recovery delay (the admin, anvil account 0, sets it). */
async function applyRecoveryDelay(provider: JsonRpcProvider, consentRegistry: string | undefined, seconds: number): Promise<void> {
  if (!consentRegistry) return;
  const registry = new Contract(consentRegistry, ConsentRegistryAbi, await provider.getSigner(0));
  if (Number(await registry.getFunction('recoveryDelay').staticCall()) === seconds) return;
  await (await registry.getFunction('setRecoveryDelay').send(seconds)).wait();
}

// ---------------------------------------------------------------------------------------------

/**
 * Starts anvil with state persisted under `<dataDir>/chain/` and makes sure the exchange's
 * contracts are deployed on it. Call `stop()` to shut it down (state is dumped on stop).
 */
export async function startLocalChain(opts: StartLocalChainOptions): Promise<LocalChain> {
  const chainDir = join(opts.dataDir, 'chain');
  await mkdir(chainDir, { recursive: true });

  // Compile (or load the cached compile) while anvil boots.
  const compiledP = loadCompiled(chainDir);
  compiledP.catch(() => {}); // awaited below; avoid an unhandled rejection if anvil fails first

  const anvil = await startAnvil(chainDir, opts.port ?? 0);

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= anvil.stop();
    return stopped;
  };

  const provider = new JsonRpcProvider(anvil.rpcUrl, LOCAL_CHAIN_ID, { staticNetwork: true, cacheTimeout: -1 });
  try {
    const compiled = await compiledP;
    const plan = checkPlan(compiled);
    const deploymentsPath = join(chainDir, 'deployments.json');
    const recorded = await readJson<DeploymentsFile>(deploymentsPath);

    let contracts: Record<string, string>;
    const recoveryDelaySeconds = opts.recoveryDelaySeconds ?? LOCAL_RECOVERY_DELAY_SECONDS;
    if (recorded && (await deploymentIsIntact(provider, recorded, compiled, plan))) {
      contracts = Object.fromEntries(plan.map(({ name }) => [name, recorded.contracts[name] as string]));
      await applyRecoveryDelay(provider, contracts['ConsentRegistry'], recoveryDelaySeconds);
    } else {
      contracts = await deployAll(provider, compiled, plan, { recoveryDelaySeconds });
      await writeJsonAtomic(deploymentsPath, {
        chainId: LOCAL_CHAIN_ID,
        sourceHash: compiled.sourceHash,
        contracts,
      } satisfies DeploymentsFile);
    }
    return { rpcUrl: anvil.rpcUrl, chainId: LOCAL_CHAIN_ID, contracts, stop };
  } catch (err) {
    await stop();
    throw err;
  } finally {
    provider.destroy();
  }
}
