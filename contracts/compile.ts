/**
 * Compiles the exchange's Solidity sources (`contracts/*.sol`) with solc-js (standard JSON,
 * in-process, offline). `@openzeppelin/...` and other package imports are resolved from
 * node_modules through solc's import callback.
 *
 * `computeSourceHash` is cheap (it does not load the compiler), so callers can look up a cached
 * compile result by hash before paying for `compileContracts`.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Directory holding our own Solidity sources (this file's directory). */
export const DEFAULT_SOURCES_DIR = dirname(fileURLToPath(import.meta.url));

/** Prefix of the source unit names given to solc for our own files (keeps metadata machine-independent). */
const SOURCE_PREFIX = 'contracts/';

/** Packages whose versions are folded into the source hash because our sources import from them. */
const HASHED_PACKAGES = ['@openzeppelin/contracts'] as const;

/** Compiler settings; part of the source hash. */
export const SOLC_SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  viaIR: false,
  outputSelection: {
    '*': {
      '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'evm.deployedBytecode.immutableReferences'],
    },
  },
} as const;

export type Hex = `0x${string}`;

/** Offsets (in bytes) of immutable values inside deployed bytecode, keyed by AST id. */
export type ImmutableReferences = Record<string, Array<{ start: number; length: number }>>;

export interface CompiledContract {
  /** Source unit the contract is defined in, e.g. `contracts/ProviderRegistry.sol`. */
  sourceName: string;
  abi: unknown[];
  /** Creation bytecode (`0x` for interfaces and abstract contracts). */
  bytecode: Hex;
  /** Runtime bytecode, with immutables still zeroed. */
  deployedBytecode: Hex;
  immutableReferences: ImmutableReferences;
}

export interface CompiledContracts {
  /** SHA-256 (hex) over sorted source names + contents, solc version, settings and imported package versions. */
  sourceHash: string;
  /** Full compiler version, e.g. `0.8.37+commit.f401782d.Emscripten.clang`. */
  solcVersion: string;
  /** Contracts defined in our own sources only, keyed by contract name. */
  contracts: Record<string, CompiledContract>;
  /** solc warnings (formatted), for callers that want to show them. */
  warnings: string[];
}

export interface CompileOptions {
  /** Directory whose `*.sol` files are compiled (not recursive). Defaults to `contracts/`. */
  sourcesDir?: string;
}

interface SourceSet {
  /** Source unit name -> content, sorted by name. */
  sources: Array<[string, string]>;
  sourceHash: string;
}

interface SolcMessage {
  severity: 'error' | 'warning' | 'info';
  type: string;
  message: string;
  formattedMessage?: string;
}

interface SolcOutput {
  errors?: SolcMessage[];
  contracts?: Record<
    string,
    Record<
      string,
      {
        abi: unknown[];
        evm: {
          bytecode: { object: string };
          deployedBytecode: { object: string; immutableReferences?: ImmutableReferences };
        };
      }
    >
  >;
}

interface Solc {
  version(): string;
  compile(input: string, callbacks: { import: (path: string) => { contents: string } | { error: string } }): string;
}

/** Version of the installed solc package, read without loading the (large) compiler. */
function solcPackageVersion(): string {
  const pkg = JSON.parse(readFileSync(require.resolve('solc/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function packageVersion(name: string): string | null {
  try {
    const pkg = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return null;
  }
}

async function readSources(sourcesDir: string): Promise<Array<[string, string]>> {
  let entries: string[];
  try {
    entries = await readdir(sourcesDir);
  } catch (err) {
    throw new Error(`Cannot read Solidity sources directory ${sourcesDir}: ${(err as Error).message}`);
  }
  const files = entries.filter((f) => f.endsWith('.sol')).sort();
  if (files.length === 0) throw new Error(`No .sol files found in ${sourcesDir}`);
  return Promise.all(
    files.map(async (f): Promise<[string, string]> => [SOURCE_PREFIX + f, await readFile(join(sourcesDir, f), 'utf8')]),
  );
}

function hashSources(sources: Array<[string, string]>): string {
  const h = createHash('sha256');
  const field = (s: string) => {
    // Length-prefix every field so that no two different inputs serialise the same way.
    h.update(`${Buffer.byteLength(s, 'utf8')}:`);
    h.update(s, 'utf8');
  };
  field('fhir-exchange/contracts/v1');
  for (const [name, content] of sources) {
    field(name);
    field(content);
  }
  field(`solc@${solcPackageVersion()}`);
  field(JSON.stringify(SOLC_SETTINGS));
  for (const pkg of HASHED_PACKAGES) field(`${pkg}@${packageVersion(pkg) ?? 'missing'}`);
  return h.digest('hex');
}

async function loadSourceSet(opts: CompileOptions | undefined): Promise<SourceSet> {
  const sources = await readSources(opts?.sourcesDir ?? DEFAULT_SOURCES_DIR);
  return { sources, sourceHash: hashSources(sources) };
}

/**
 * SHA-256 identifying a compile: our source file names and contents, the solc version, the
 * compiler settings and the versions of imported packages. Does not load the compiler.
 */
export async function computeSourceHash(opts?: CompileOptions): Promise<string> {
  return (await loadSourceSet(opts)).sourceHash;
}

let solcPromise: Promise<Solc> | undefined;

/** Loads the bundled solc-js build once (no network: `solc` ships soljson.js in the package). */
function loadSolc(): Promise<Solc> {
  solcPromise ??= import('solc').then((m) => (m.default ?? m) as unknown as Solc);
  return solcPromise;
}

/** Resolves `@scope/pkg/path.sol` (or `pkg/path.sol`) imports from node_modules. */
function importCallback(path: string): { contents: string } | { error: string } {
  if (path.startsWith(SOURCE_PREFIX) || path.startsWith('.') || path.startsWith('/')) {
    return { error: `File not found: ${path} (only top-level contracts/*.sol files and node_modules packages can be imported)` };
  }
  try {
    return { contents: readFileSync(require.resolve(path), 'utf8') };
  } catch (err) {
    return { error: `Cannot resolve import "${path}" from node_modules: ${(err as Error).message.split('\n')[0]}` };
  }
}

function toHex(object: string): Hex {
  return `0x${object}`;
}

/**
 * Compiles every `*.sol` file in `sourcesDir` (default `contracts/`) and returns the contracts
 * defined in those files (imported library contracts are not returned).
 * Throws an Error listing every solc error if compilation fails.
 */
export async function compileContracts(opts?: CompileOptions): Promise<CompiledContracts> {
  const { sources, sourceHash } = await loadSourceSet(opts);
  const solc = await loadSolc();

  const input = {
    language: 'Solidity',
    sources: Object.fromEntries(sources.map(([name, content]) => [name, { content }])),
    settings: SOLC_SETTINGS,
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: importCallback })) as SolcOutput;

  const messages = output.errors ?? [];
  const errors = messages.filter((m) => m.severity === 'error');
  if (errors.length > 0) {
    const list = errors.map((e) => `  - ${(e.formattedMessage ?? `${e.type}: ${e.message}`).trim()}`).join('\n');
    throw new Error(`Solidity compilation failed with ${errors.length} error(s):\n${list}`);
  }
  const warnings = messages.filter((m) => m.severity === 'warning').map((m) => (m.formattedMessage ?? m.message).trim());

  const contracts: Record<string, CompiledContract> = {};
  for (const [sourceName] of sources) {
    for (const [name, c] of Object.entries(output.contracts?.[sourceName] ?? {})) {
      const existing = contracts[name];
      if (existing) {
        throw new Error(`Contract name "${name}" is defined in both ${existing.sourceName} and ${sourceName}; names must be unique`);
      }
      contracts[name] = {
        sourceName,
        abi: c.abi,
        bytecode: toHex(c.evm.bytecode.object),
        deployedBytecode: toHex(c.evm.deployedBytecode.object),
        immutableReferences: c.evm.deployedBytecode.immutableReferences ?? {},
      };
    }
  }
  return { sourceHash, solcVersion: solc.version(), contracts, warnings };
}
