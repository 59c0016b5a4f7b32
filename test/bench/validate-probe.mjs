// Run in a fresh process by `npm run bench -- validate`, on the esbuild bundle of the validator
// (plain JavaScript, as a Lambda loads it). `cold BUNDLE FILE`: time to import the bundle and
// validate FILE once. `memory BUNDLE FILE`: peak RSS and heap while validating FILE.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [mode, bundle, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const started = performance.now();
const { validateResource } = await import(pathToFileURL(bundle).href);
const result = validateResource(JSON.parse(text));
if (!result.valid) throw new Error('validation failed');
if (mode === 'cold') {
  process.stdout.write(`${JSON.stringify({ firstMs: performance.now() - started, sinceStartMs: performance.now() })}\n`);
} else {
  // maxRSS is the peak resident set of the whole process (kilobytes), not a snapshot.
  const peakRssMb = Math.round((process.resourceUsage().maxRSS * 1024) / 1e6);
  process.stdout.write(`${JSON.stringify({ rssMb: peakRssMb, heapMb: Math.round(process.memoryUsage().heapUsed / 1e6) })}\n`);
}
