import { Wallet } from 'ethers';
import { SiweMessage } from 'siwe';
import { signInMessage } from '../../functions/cli/patient-sign-in.ts';
import type { SignInConfig } from '../../functions/cli/patient-sign-in.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { median, percentile } from './stats.ts';

/** Milliseconds to two decimals: the library's verify takes a few. */
const formatMs = (ms: number) => `${ms.toFixed(2)} ms`;

/**
 * `npm run bench -- patient [--runs N]`: the patient's sign-in, then the portal
 * (test/bench/patient-portal.ts: its JavaScript size and time to interactive).
 *
 * Sign-in: on a fresh local stack per run, SIGN_INS sequential Sign-In with Ethereum round trips
 * after WARMUP, each `GET /patient/auth/nonce` then `POST /patient/auth/siwe` with an EIP-4361
 * message signed by a fresh-key wallet (the signing, the client's part, is not timed). Measured:
 * p50 and p99 of nonce + verify, and the rate with one sign-in in flight (one handler busy at a
 * time: about one core's worth). Beside it, in the same process and run, the reference: the bare
 * `siwe` library's verify (`new SiweMessage(text).verify(...)`: ABNF parse, EIP-191 recovery) of
 * the same signed messages, p50, p99 and its single-thread rate. The difference is what the
 * exchange adds: HTTP, the nonce put and conditional delete in DynamoDB (dynalite here), the
 * session key and the JWT.
 */

const WARMUP = 20;
const SIGN_INS = 200;

interface SignInRun {
  exchange: number[];
  library: number[];
}

async function json(url: string, init: { method?: string; body?: unknown } = {}): Promise<any> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: init.body === undefined ? {} : { 'Content-Type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${new URL(url).pathname}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

async function signInRun(): Promise<SignInRun> {
  const stack = await StackProcess.start();
  try {
    const config = (await json(`${stack.origin}/patient/config`)) as SignInConfig;
    const signed: { message: string; signature: string; nonce: string }[] = [];
    const exchange: number[] = [];
    for (let i = 0; i < WARMUP + SIGN_INS; i++) {
      const wallet = Wallet.createRandom();
      const started = performance.now();
      const { nonce } = (await json(`${stack.origin}/patient/auth/nonce`)) as { nonce: string };
      const nonceMs = performance.now() - started;
      const message = signInMessage(config, wallet.address, nonce);
      const signature = await wallet.signMessage(message);
      const posted = performance.now();
      const session = await json(`${stack.origin}/patient/auth/siwe`, { method: 'POST', body: { message, signature } });
      const verifyMs = performance.now() - posted;
      if (session.address !== wallet.address) throw new Error('sign-in answered another address');
      if (i >= WARMUP) {
        exchange.push(nonceMs + verifyMs);
        signed.push({ message, signature, nonce });
      }
    }
    // The reference, same messages, same process.
    const library: number[] = [];
    for (const { message, signature, nonce } of signed) {
      const started = performance.now();
      const verified = await new SiweMessage(message).verify({ signature, domain: config.domain, nonce }, { suppressExceptions: true });
      library.push(performance.now() - started);
      if (!verified.success) throw new Error('the library did not verify a message the exchange accepted');
    }
    return { exchange, library };
  } finally {
    await stack.dispose();
  }
}

/** The sign-in half: medians over runs of each run's p50, p99 and sequential rate. */
export async function signInBenchmark(runs: number): Promise<void> {
  process.stdout.write(`patient sign-in: ${runs} run(s), each a fresh local stack, ${SIGN_INS} sequential sign-ins after ${WARMUP} warm-up\n`);
  const rows: { p50: [number, number]; p99: [number, number]; rate: [number, number] }[] = [];
  for (let run = 1; run <= runs; run++) {
    const { exchange, library } = await signInRun();
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const row = {
      p50: [percentile(exchange, 50), percentile(library, 50)] as [number, number],
      p99: [percentile(exchange, 99), percentile(library, 99)] as [number, number],
      rate: [1000 / mean(exchange), 1000 / mean(library)] as [number, number],
    };
    rows.push(row);
    process.stdout.write(
      `  run ${run}: nonce+verify p50 ${formatMs(row.p50[0])} p99 ${formatMs(row.p99[0])} (${row.rate[0].toFixed(0)}/s one in flight); ` +
        `siwe verify alone p50 ${formatMs(row.p50[1])} p99 ${formatMs(row.p99[1])} (${row.rate[1].toFixed(0)}/s one thread)\n`,
    );
  }
  const med = (pick: (row: (typeof rows)[number]) => number) => median(rows.map(pick));
  const p50 = med((row) => row.p50[0]);
  const libraryP50 = med((row) => row.p50[1]);
  process.stdout.write(
    `patient sign-in (medians of ${runs} runs):\n` +
      `  exchange, nonce + verify:  p50 ${formatMs(p50)}  p99 ${formatMs(med((row) => row.p99[0]))}  ${med((row) => row.rate[0]).toFixed(0)} sign-ins/s with one in flight\n` +
      `  siwe library verify alone: p50 ${formatMs(libraryP50)}  p99 ${formatMs(med((row) => row.p99[1]))}  ${med((row) => row.rate[1]).toFixed(0)} verifies/s on one thread\n` +
      `  ratio of p50s (exchange / library): ${(p50 / libraryP50).toFixed(2)}\n`,
  );
}

/** `npm run bench -- patient`: the sign-in, then the portal's size and time to interactive. */
export async function patientBenchmark(runs: number): Promise<void> {
  await signInBenchmark(runs);
  await (await import('./patient-portal.ts')).portalBenchmark(runs);
}
