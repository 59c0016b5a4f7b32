import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import { DEPLOYED_FUNCTION_NAMES } from '../../infra/cdk/api-stack.ts';
import { esbuildOptions } from '../../infra/cdk/exchange-function.ts';
import { formatMs, median } from './stats.ts';

/**
 * `npm run bench -- bundles`: every Lambda function as it is deployed, the routed ones, the
 * scheduled vault worker and the queue-fed anchoring function (DEPLOYED_FUNCTION_NAMES, the list
 * the API stack deploys, each from its functionEntry). The bundle is built with the options the
 * CDK construct gives NodejsFunction (infra/cdk/exchange-function.ts esbuildOptions, from the
 * same BUNDLING: source maps without their sources, `sourcesContent: false`), then:
 * - sizes: the minified ES module, its source map, and a real ZIP archive of the two (deflate,
 *   level 9), which is what Lambda's 50 MB zipped limit and the code download count;
 * - cold init: a fresh Node process imports the bundle (module load + top-level code, as Lambda's
 *   INIT phase does before the first event), with `--enable-source-maps` as deployed and without;
 *   medians of N runs. Measured on this machine (x64), not on Graviton.
 * Targets: zipped < 1 MB, cold init < 300 ms.
 */
const ZIP_TARGET_BYTES = 1024 * 1024;
const INIT_TARGET_MS = 300;
const BUNDLE_NOTE = 'ESM, node24, minified, external source maps without sources; zip = real ZIP, deflate level 9';

/** A ZIP archive (stored names, deflated contents) of `files`, written the way any unzip reads it. */
export function zipArchive(files: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // 1980-01-01 00:00: a fixed timestamp, so the archive depends on the contents only.
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const compressed = deflateRawSync(file.data, { level: 9 });
    const crc = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, spec 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const PROBE = `const started = performance.now();
await import(process.argv[2]);
const imported = performance.now();
process.stdout.write(JSON.stringify({ importMs: imported - started, sinceStartMs: imported }));
`;

interface Probe {
  importMs: number;
  sinceStartMs: number;
}

/** One cold import of `bundle` in a fresh process with only the environment Lambda would give it at INIT. */
function coldImport(probe: string, bundle: string, sourceMaps: boolean): Probe {
  const child = spawnSync(process.execPath, [probe, bundle], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', AWS_REGION: 'us-east-1', ...(sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}) },
  });
  if (child.status !== 0) throw new Error(`importing ${bundle} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Probe;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export async function bundlesBenchmark(runs: number): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'fhirx-bundles-'));
  try {
    const probe = join(folder, 'probe.mjs');
    await writeFile(probe, PROBE);
    const rows: string[][] = [];
    let allWithin = true;
    for (const name of DEPLOYED_FUNCTION_NAMES) {
      const outfile = join(folder, name, 'index.mjs');
      await build(esbuildOptions(name, outfile));
      const code = await readFile(outfile);
      const map = await readFile(`${outfile}.map`);
      const zip = zipArchive([
        { name: 'index.mjs', data: code },
        { name: 'index.mjs.map', data: map },
      ]);
      await writeFile(join(folder, `${name}.zip`), zip);
      const codeOnly = zipArchive([{ name: 'index.mjs', data: code }]);
      const withMaps: Probe[] = [];
      const plain: Probe[] = [];
      for (let run = 0; run < runs; run++) {
        withMaps.push(coldImport(probe, outfile, true));
        plain.push(coldImport(probe, outfile, false));
      }
      const initMs = median(withMaps.map((p) => p.importMs));
      const within = zip.length < ZIP_TARGET_BYTES && initMs < INIT_TARGET_MS;
      allWithin &&= within;
      rows.push([
        name,
        kb(code.length),
        kb(map.length),
        kb(zip.length),
        kb(codeOnly.length),
        formatMs(initMs),
        formatMs(median(plain.map((p) => p.importMs))),
        formatMs(median(withMaps.map((p) => p.sinceStartMs))),
        within ? 'yes' : 'NO',
      ]);
      process.stderr.write(`${name}: ${(await stat(outfile)).size} bytes, ${runs} cold imports\n`);
    }
    const header = ['function', 'bundle (min)', 'source map', 'zip (both)', 'zip (code)', 'cold init', 'no src maps', 'process→ready', 'in targets'];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
    const line = (cells: string[]) => `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}\n`;
    process.stdout.write(`\nLambda bundles (esbuild ${BUNDLE_NOTE}), cold init = fresh-process import, median of ${runs} runs\n`);
    process.stdout.write(line(header));
    for (const row of rows) process.stdout.write(line(row));
    process.stdout.write(`  targets: zip < ${kb(ZIP_TARGET_BYTES)}, cold init (with --enable-source-maps, as deployed) < ${formatMs(INIT_TARGET_MS)}: ${allWithin ? 'all met' : 'NOT all met'}\n`);
    process.stdout.write('  process→ready: from the process start (Node bootstrap included) to the import done.\n');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
