import { buildSync } from 'esbuild';
import type { BuildOptions } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * Builds the patient portal: portal/src/main.ts bundled by esbuild (viem's SIWE and address
 * helpers included, nothing loaded from elsewhere at run time) into portal.js, beside index.html
 * and portal.css. The local stack serves the result from memory under /portal/; the CDK app
 * uploads it to the portal bucket (infra/cdk/portal-stack.ts). `node portal/build.ts --out DIR`
 * writes it to a folder.
 */

export interface PortalFile {
  /** The file's path below the portal's root, e.g. `portal.js`. */
  path: string;
  contentType: string;
  body: Uint8Array;
}

const PORTAL_DIR = fileURLToPath(new URL('.', import.meta.url));

const BUNDLE: BuildOptions = {
  entryPoints: [join(PORTAL_DIR, 'src/main.ts')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  // License texts of the bundled packages go to a file beside the bundle, not into it.
  legalComments: 'external',
  outfile: 'portal.js',
  write: false,
  logLevel: 'silent',
};

/** Every file of the portal, in memory. */
export function buildPortal(): PortalFile[] {
  const result = buildSync(BUNDLE);
  const bundled = (result.outputFiles ?? []).map((file) => ({
    path: file.path.split('/').pop()!,
    contentType: file.path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/plain; charset=utf-8',
    body: file.contents,
  }));
  return [
    { path: 'index.html', contentType: 'text/html; charset=utf-8', body: readFileSync(join(PORTAL_DIR, 'index.html')) },
    { path: 'portal.css', contentType: 'text/css; charset=utf-8', body: readFileSync(join(PORTAL_DIR, 'portal.css')) },
    ...bundled,
  ];
}

/** Writes the portal's files into `outDir`. */
export function writePortal(outDir: string): PortalFile[] {
  const files = buildPortal();
  mkdirSync(outDir, { recursive: true });
  for (const file of files) writeFileSync(join(outDir, file.path), file.body);
  return files;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: join(PORTAL_DIR, 'dist') } } });
  const files = writePortal(values.out!);
  process.stdout.write(files.map((file) => `${file.path}\t${file.body.length} bytes`).join('\n') + '\n');
}
