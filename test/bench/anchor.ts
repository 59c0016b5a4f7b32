import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename } from 'node:path';
import { Contract, Interface, JsonRpcProvider, hexlify, toQuantity } from 'ethers';
import type { Bundle, Parameters, Patient } from 'fhir/r4.d.ts';
import { AnchorRegistryAbi } from '../../contracts/generated/index.ts';
import { MerkleTree, leafHash } from '../../functions/ledger/merkle-tree.ts';
import { US_SSN_SYSTEM } from '../../functions/vault/storage/patient-pseudonym.ts';
import { idSequence, startContractChain } from '../support/contract-fixtures.ts';
import type { ContractChain } from '../support/contract-fixtures.ts';
import { dataFiles } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { formatMs, median, percentile } from './stats.ts';

/**
 * `npm run bench -- anchor [--runs N]`: what anchoring costs and how long it takes, medians of N
 * runs (default 3). Each run:
 *
 * 1. Gas, on a private anvil with the contracts deployed (test/support/contract-fixtures.ts) and a
 *    confirmed provider: for N in 1, 100 and 10,000, N random bytes32 commitments, their Merkle
 *    root (functions/ledger/merkle-tree.ts) anchored in ONE call, `anchor(root, N, providerId)`,
 *    and in the same run the same N commitments anchored one call each (the naive design: each
 *    commitment its own one-leaf tree, root = its leaf hash, leafCount 1), every call of it sent
 *    and measured (10,000 transactions for N = 10,000). gasUsed from the receipts (the whole
 *    transaction: the 21,000 base and the calldata included). For N = 1 both designs are the same
 *    single call, measured once. Per batch size one proof (a random leaf) and one naive root are
 *    checked with the contract's `verify`, which must answer true (and false for a wrong leaf).
 *    The naive calls go to the chain with automine off, as many per block as fit under 80% of the
 *    block gas limit, then `evm_mine`: what each call costs does not depend on how blocks are
 *    filled, and one call per block would take minutes.
 * 2. Commit → anchored, on a fresh local stack (StackProcess.start(); the vault worker runs every
 *    VAULT_WORKER_INTERVAL_MS, 1 s, and anchors a provider's pending commitments once the oldest
 *    waited ANCHOR_BATCH_MAX_WAIT_SECONDS, 2 locally unless the environment says otherwise): the
 *    shared Synthea bundles (hospital, practitioners) first, then the patient bundles of
 *    synthea-r4-smart-generated one at a time, as dev-provider-a. For each patient bundle, from the
 *    moment its answer was read, `GET [base]/Patient/<id>/$verify` every POLL_MS until its status
 *    is `anchored` (pollers run while the next bundles are posted). Latency = first `anchored`
 *    answer − ingest answer. The stack's own anchoring transactions (the transactionHash values
 *    $verify reports): gasUsed from their receipts over their leafCount (AnchorRegistry.anchorOf).
 * 3. `$locate`, same stack, once every ingested patient's holding is on chain (each SSN answers
 *    its provider): WARMUP requests, then LOCATE_REQUESTS more, one at a time, cycling through the
 *    patients' SSNs (`identifier=http://hl7.org/fhir/sid/us-ssn|<ssn>`), p50 / p99.
 */

const SIZES = [1, 100, 10_000] as const;
const GAS_PER_RESOURCE_TARGET = 10;
const LOCATE_P50_TARGET_MS = 10;
const ENDPOINT_CLIENT = 'dev-provider-a';
const FOLDER = 'synthea-r4-smart-generated';
const SHARED = /hospitalInformation|practitionerInformation/;
const POLL_MS = 100;
const ANCHOR_TIMEOUT_MS = 120_000;
const WARMUP = 20;
const LOCATE_REQUESTS = 200;
/** Gas limit given to each anchor call (they use ~77k). */
const ANCHOR_GAS_LIMIT = 150_000;
/** The stack's own settings, as infra/local/local-stack.ts reads them (StackProcess passes this environment on). */
const MAX_WAIT_SECONDS = Number(process.env['ANCHOR_BATCH_MAX_WAIT_SECONDS'] ?? 2);
const WORKER_INTERVAL_MS = Number(process.env['VAULT_WORKER_INTERVAL_MS'] ?? 1000);

const anchorInterface = new Interface(AnchorRegistryAbi);

interface SizeResult {
  size: number;
  batchGas: number;
  naiveGas: number;
  naiveMs: number;
  treeMs: number;
  proofLength: number;
  /** Naive calls per evm_mine. */
  callsPerBlock: number;
}

interface StackBatch {
  transactionHash: string;
  root: string;
  leafCount: number;
  gasUsed: number;
}

interface RunResult {
  sizes: SizeResult[];
  /** ms from the ingest answer to the first `anchored` $verify answer, one per patient bundle. */
  anchorLatencies: number[];
  ingestLatencies: number[];
  resources: number;
  stackBatches: StackBatch[];
  locateLatencies: number[];
  locatePatients: number;
}

interface Input {
  name: string;
  bytes: Buffer;
  shared: boolean;
  entries: number;
  ssn?: string;
}

export async function anchorBenchmark(runs: number): Promise<void> {
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  const benchStart = performance.now();
  const loadAtStart = loadavg()[0]!;
  const inputs = loadInputs();
  const results: RunResult[] = [];
  for (let run = 0; run < runs; run++) {
    const sizes = await gasRun(run);
    const stack = await StackProcess.start();
    let stackPart: Omit<RunResult, 'sizes'>;
    try {
      stackPart = await stackRun(stack, inputs);
    } catch (error) {
      process.stderr.write(`stack output (last 4 KB):\n${stack.output.slice(-4096)}\n`);
      throw error;
    } finally {
      await stack.dispose();
    }
    results.push({ sizes, ...stackPart });
    const last = results.at(-1)!;
    const largest = sizes.at(-1)!;
    process.stderr.write(
      `run ${run + 1}/${runs}: ${thousands(largest.size)} leaves ${fixed(largest.batchGas / largest.size, 2)} gas/resource batched, ${thousands(largest.naiveGas / largest.size)} naive; ` +
        `commit→anchored p50 ${formatMs(percentile(last.anchorLatencies, 50))} p99 ${formatMs(percentile(last.anchorLatencies, 99))}; ` +
        `$locate p50 ${ms(percentile(last.locateLatencies, 50))} p99 ${ms(percentile(last.locateLatencies, 99))}\n`,
    );
  }
  report(results, { runs, inputs, benchMs: performance.now() - benchStart, load: [loadAtStart, loadavg()[0]!] });
}

function loadInputs(): Input[] {
  const files = dataFiles(FOLDER);
  const order = (file: string) => (/hospitalInformation/.test(file) ? 0 : /practitionerInformation/.test(file) ? 1 : 2);
  return [...files]
    .sort((a, b) => order(a) - order(b))
    .map((file) => {
      const bytes = readFileSync(file);
      const bundle = JSON.parse(bytes.toString('utf8')) as Bundle;
      if (bundle.resourceType !== 'Bundle' || bundle.type !== 'transaction') throw new Error(`${file} is not a transaction Bundle`);
      const patient = bundle.entry?.map((entry) => entry.resource).find((resource): resource is Patient => resource?.resourceType === 'Patient');
      const ssn = patient?.identifier?.find((identifier) => identifier.system === US_SSN_SYSTEM)?.value;
      return { name: basename(file), bytes, shared: SHARED.test(file), entries: bundle.entry?.length ?? 0, ...(ssn ? { ssn } : {}) };
    });
}

// ---------------------------------------------------------------------------------------------
// 1. gas on a private chain

const randomCommitment = () => hexlify(randomBytes(32));

async function gasRun(run: number): Promise<SizeResult[]> {
  const nextId = idSequence(`bench-anchor-${run + 1}`);
  const env = await startContractChain({ tmpPrefix: 'fhx-bench-anchor-', newProviderId: () => nextId('provider') });
  // Sends right away (no 10 ms batching window) and without a cache: thousands of calls follow.
  const rpc = new JsonRpcProvider(env.chain.rpcUrl, env.chain.chainId, { staticNetwork: true, cacheTimeout: -1, batchMaxCount: 1 });
  try {
    const providerId = await env.confirmedProvider();
    const registry = env.deployed('AnchorRegistry', AnchorRegistryAbi);
    const sender = new AnchorSender(env, rpc, providerId);
    await sender.init();
    const results: SizeResult[] = [];
    for (const size of SIZES) {
      const commitments = Array.from({ length: size }, randomCommitment);
      const treeStart = performance.now();
      const tree = MerkleTree.build(commitments);
      const treeMs = performance.now() - treeStart;
      const [batch] = await sender.anchorAll([{ root: tree.root, leafCount: size }]);
      const anchored = (await registry.getFunction('anchorOf').staticCall(tree.root)) as { leafCount: bigint };
      if (anchored.leafCount !== BigInt(size)) throw new Error(`the ${size}-leaf root is anchored with leafCount ${anchored.leafCount}`);

      // One proof per batch size, checked by the contract: a random leaf, and a wrong leaf.
      const index = Math.floor(Math.random() * size);
      const proof = tree.proof(index);
      await expectVerify(registry, tree.root, commitments[index]!, proof, true, `leaf ${index} of the ${size}-leaf batch`);
      await expectVerify(registry, tree.root, randomCommitment(), proof, false, `a wrong leaf against the ${size}-leaf batch`);

      // The naive design: each commitment its own one-leaf tree (root = its leaf hash, empty proof).
      // For N = 1 that is the batch call itself.
      let naiveGas = batch!;
      let naiveMs = 0;
      if (size > 1) {
        const naiveStart = performance.now();
        const gas = await sender.anchorAll(commitments.map((commitment) => ({ root: leafHash(commitment), leafCount: 1 })));
        naiveMs = performance.now() - naiveStart;
        naiveGas = gas.reduce((sum, value) => sum + value, 0);
        if (gas.length !== size) throw new Error(`naive: ${gas.length} receipts for ${size} calls`);
        const sample = Math.floor(Math.random() * size);
        await expectVerify(registry, leafHash(commitments[sample]!), commitments[sample]!, [], true, `naive root ${sample} of ${size}`);
      }
      results.push({ size, batchGas: batch!, naiveGas, naiveMs, treeMs, proofLength: proof.length, callsPerBlock: sender.perBlock });
    }
    return results;
  } finally {
    rpc.destroy();
    await env.stop();
  }
}

async function expectVerify(registry: Contract, root: string, leaf: string, proof: string[], expected: boolean, what: string): Promise<void> {
  const answer = (await registry.getFunction('verify').staticCall(root, leaf, proof)) as boolean;
  if (answer !== expected) throw new Error(`AnchorRegistry.verify answered ${answer} for ${what}; expected ${expected}`);
}

/**
 * Sends anchor calls as the operator (anvil account 1, unlocked) and returns each call's gasUsed.
 * Automine is off: a chunk of calls goes to the pool (nonces assigned here, several requests in
 * flight), then one `evm_mine` takes the chunk into a block, and every receipt must be there with
 * status 1. A chunk fills at most 80% of the block gas limit, so anvil never leaves a call out.
 */
class AnchorSender {
  readonly #env: ContractChain;
  readonly #rpc: JsonRpcProvider;
  readonly #providerId: string;
  #from = '';
  #to = '';
  #nonce = 0;
  #perBlock = 0;

  constructor(env: ContractChain, rpc: JsonRpcProvider, providerId: string) {
    this.#env = env;
    this.#rpc = rpc;
    this.#providerId = providerId;
  }

  get perBlock(): number {
    return this.#perBlock;
  }

  async init(): Promise<void> {
    this.#from = await this.#env.operator.getAddress();
    this.#to = this.#env.chain.contracts['AnchorRegistry']!;
    await this.#rpc.send('evm_setAutomine', [false]);
    this.#nonce = await this.#rpc.getTransactionCount(this.#from, 'pending');
    const block = await this.#rpc.getBlock('latest');
    if (!block) throw new Error('no latest block');
    this.#perBlock = Math.max(1, Math.floor((Number(block.gasLimit) * 0.8) / ANCHOR_GAS_LIMIT));
  }

  async anchorAll(calls: readonly { root: string; leafCount: number }[]): Promise<number[]> {
    const gas: number[] = [];
    for (let start = 0; start < calls.length; start += this.#perBlock) {
      const chunk = calls.slice(start, start + this.#perBlock);
      const hashes: string[] = new Array<string>(chunk.length);
      let next = 0;
      await Promise.all(
        Array.from({ length: Math.min(16, chunk.length) }, async () => {
          while (next < chunk.length) {
            const index = next++;
            const call = chunk[index]!;
            const data = anchorInterface.encodeFunctionData('anchor', [call.root, call.leafCount, this.#providerId]);
            const transaction = { from: this.#from, to: this.#to, data, gas: toQuantity(ANCHOR_GAS_LIMIT), nonce: toQuantity(this.#nonce++) };
            hashes[index] = (await this.#rpc.send('eth_sendTransaction', [transaction])) as string;
          }
        }),
      );
      await this.#rpc.send('evm_mine', []);
      const receipts = await Promise.all(hashes.map((hash) => this.#rpc.getTransactionReceipt(hash)));
      for (const [index, receipt] of receipts.entries()) {
        if (!receipt) throw new Error(`anchor call ${start + index} was not mined`);
        if (receipt.status !== 1) throw new Error(`anchor call ${start + index} reverted`);
        gas.push(Number(receipt.gasUsed));
      }
    }
    return gas;
  }
}

// ---------------------------------------------------------------------------------------------
// 2. and 3. on the local stack

interface VerifyAnswer {
  status: string;
  verified: boolean;
  root?: string;
  transactionHash?: string;
}

async function stackRun(stack: StackProcess, inputs: Input[]): Promise<Omit<RunResult, 'sizes'>> {
  const { fhirBase } = stack.info;
  let token = await stack.token(ENDPOINT_CLIENT);
  const ingestLatencies: number[] = [];
  const anchorLatencies: number[] = [];
  const pollers: Promise<void>[] = [];
  const anchoredBy = new Map<string, string>(); // transactionHash → root
  let resources = 0;
  let stopPolling = false;

  const poll = async (location: string, answeredAt: number, name: string) => {
    const deadline = answeredAt + ANCHOR_TIMEOUT_MS;
    for (;;) {
      if (stopPolling) return;
      const answer = await verify(fhirBase, token, location);
      const seenAt = performance.now();
      if (answer.status === 'anchored') {
        if (!answer.verified || !answer.root || !answer.transactionHash) throw new Error(`${location} ($verify of ${name}) is anchored but not verified, or has no root / transaction`);
        anchorLatencies.push(seenAt - answeredAt);
        anchoredBy.set(answer.transactionHash, answer.root);
        return;
      }
      if (answer.status !== 'pending') throw new Error(`${location} ($verify of ${name}) answered status ${answer.status}`);
      if (seenAt > deadline) throw new Error(`${location} ($verify of ${name}) was not anchored within ${ANCHOR_TIMEOUT_MS / 1000} s`);
      await sleep(POLL_MS);
    }
  };

  try {
    for (const input of inputs) {
      const started = performance.now();
      const response = await fetch(fhirBase, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json', accept: 'application/fhir+json' },
        body: input.bytes,
      });
      const text = await response.text();
      const answeredAt = performance.now();
      if (response.status !== 200) throw new Error(`${input.name}: HTTP ${response.status}: ${text.slice(0, 600)}`);
      const answer = JSON.parse(text) as Bundle;
      const locations = (answer.entry ?? []).map((entry) => entry.response?.location ?? '');
      if (locations.length !== input.entries || (answer.entry ?? []).some((entry) => entry.response?.status !== '201 Created')) {
        throw new Error(`${input.name}: not every entry was created`);
      }
      resources += input.entries;
      if (input.shared) continue;
      ingestLatencies.push(answeredAt - started);
      const patient = locations.find((location) => location.startsWith('Patient/'));
      if (!patient) throw new Error(`${input.name}: no Patient in the answer`);
      const location = patient.replace(/\/_history\/\d+$/, '');
      const poller = poll(location, answeredAt, input.name);
      poller.catch(() => (stopPolling = true));
      pollers.push(poller);
    }
    await Promise.all(pollers);
  } finally {
    stopPolling = true;
    await Promise.allSettled(pollers);
  }

  // The stack's own anchoring transactions.
  const rpc = new JsonRpcProvider(stack.info.rpcUrl, stack.info.chainId, { staticNetwork: true, cacheTimeout: -1, batchMaxCount: 1 });
  const stackBatches: StackBatch[] = [];
  try {
    const address = stack.info.contracts['AnchorRegistry'];
    if (!address) throw new Error('no AnchorRegistry in stack.json');
    const registry = new Contract(address, anchorInterface, rpc);
    for (const [transactionHash, root] of anchoredBy) {
      const receipt = await rpc.getTransactionReceipt(transactionHash);
      if (!receipt || receipt.status !== 1 || receipt.to?.toLowerCase() !== address.toLowerCase()) throw new Error(`${transactionHash} is not a successful AnchorRegistry transaction`);
      const anchored = (await registry.getFunction('anchorOf').staticCall(root)) as { leafCount: bigint };
      stackBatches.push({ transactionHash, root, leafCount: Number(anchored.leafCount), gasUsed: Number(receipt.gasUsed) });
    }
  } finally {
    rpc.destroy();
  }

  // $locate, once every patient's holding is registered on chain.
  token = await stack.token(ENDPOINT_CLIENT);
  const ssns = inputs.flatMap((input) => (!input.shared && input.ssn ? [input.ssn] : []));
  if (ssns.length === 0) throw new Error('no ingested patient has an SSN');
  const holdingsDeadline = performance.now() + ANCHOR_TIMEOUT_MS;
  for (const ssn of ssns) {
    while ((await locate(fhirBase, token, ssn)).providers === 0) {
      if (performance.now() > holdingsDeadline) throw new Error(`$locate found no provider for an ingested patient within ${ANCHOR_TIMEOUT_MS / 1000} s`);
      await sleep(POLL_MS);
    }
  }
  const locateLatencies: number[] = [];
  for (let i = 0; i < WARMUP + LOCATE_REQUESTS; i++) {
    const answer = await locate(fhirBase, token, ssns[i % ssns.length]!);
    if (answer.providers !== 1) throw new Error(`$locate answered ${answer.providers} providers for an ingested patient (expected 1)`);
    if (i >= WARMUP) locateLatencies.push(answer.ms);
  }
  return { anchorLatencies, ingestLatencies, resources, stackBatches, locateLatencies, locatePatients: ssns.length };
}

async function verify(fhirBase: string, token: string, location: string): Promise<VerifyAnswer> {
  const response = await fetch(`${fhirBase}/${location}/$verify`, { headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' } });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${location}/$verify: HTTP ${response.status}: ${text.slice(0, 600)}`);
  const parameters = JSON.parse(text) as Parameters;
  const find = (name: string) => parameters.parameter?.find((parameter) => parameter.name === name);
  const root = find('root')?.valueString;
  const transactionHash = find('transactionHash')?.valueString;
  return { status: find('status')?.valueCode ?? '', verified: find('verified')?.valueBoolean === true, ...(root ? { root } : {}), ...(transactionHash ? { transactionHash } : {}) };
}

async function locate(fhirBase: string, token: string, ssn: string): Promise<{ ms: number; providers: number }> {
  const url = `${fhirBase}/$locate?${new URLSearchParams({ identifier: `${US_SSN_SYSTEM}|${ssn}` }).toString()}`;
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' } });
  const text = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET $locate: HTTP ${response.status}: ${text.slice(0, 600)}`);
  const parameters = JSON.parse(text) as Parameters;
  return { ms: elapsed, providers: (parameters.parameter ?? []).filter((parameter) => parameter.name === 'provider').length };
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

// ---------------------------------------------------------------------------------------------
// the report

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const thousands = (value: number) => Math.round(value).toLocaleString('en-US');
/** Gas per resource: two decimals under 100, whole numbers with separators above. */
const perResource = (value: number) => (value < 100 ? fixed(value, 2) : thousands(value));
/** Milliseconds with one decimal below a second (formatMs rounds to whole ms). */
const ms = (value: number) => (value >= 1000 ? formatMs(value) : `${value.toFixed(1)} ms`);

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`;
  return [line(header), ...rows.map(line)];
}

function report(results: RunResult[], context: { runs: number; inputs: Input[]; benchMs: number; load: readonly [number, number] }): void {
  const { runs, inputs } = context;
  const m = (pick: (result: RunResult) => number) => median(results.map(pick));
  const out: string[] = [];

  // Gas.
  out.push('');
  out.push(`Anchoring gas on a private anvil (AnchorRegistry.anchor as the operator, confirmed provider; gasUsed of whole transactions), median of ${runs} runs`);
  const sizeRows = SIZES.map((size, i) => {
    const pick = (f: (s: SizeResult) => number) => m((r) => f(r.sizes[i]!));
    const batchGas = pick((s) => s.batchGas);
    const naiveGas = pick((s) => s.naiveGas);
    return {
      size,
      batchGas,
      perResource: pick((s) => s.batchGas / s.size),
      naiveGas,
      naivePerResource: pick((s) => s.naiveGas / s.size),
      ratio: pick((s) => s.naiveGas / s.batchGas),
      naiveMs: pick((s) => s.naiveMs),
      treeMs: pick((s) => s.treeMs),
      proofLength: results[0]!.sizes[i]!.proofLength,
    };
  });
  out.push(
    ...table(
      ['resources', 'batched: calls', 'gas', 'gas/resource', 'naive: calls', 'gas', 'gas/resource', 'naive/batched', 'tree build', 'proof', 'verify'],
      sizeRows.map((row) => [
        thousands(row.size),
        '1',
        thousands(row.batchGas),
        perResource(row.perResource),
        thousands(row.size),
        thousands(row.naiveGas),
        thousands(row.naivePerResource),
        `${fixed(row.ratio, row.ratio < 10 ? 2 : 0)}x`,
        ms(row.treeMs),
        `${row.proofLength} hashes`,
        'true',
      ]),
    ),
  );
  const largest = sizeRows.at(-1)!;
  out.push(
    `  batched = one anchor(root, N, providerId) over the N commitments' Merkle root; naive = the same N commitments one anchor call each (root = the commitment's leaf hash, leafCount 1), ` +
      `every call sent and measured (${thousands(largest.size)} transactions for ${thousands(largest.size)}, ${formatMs(largest.naiveMs)} on anvil with automine off, ${results[0]!.sizes.at(-1)!.callsPerBlock} calls per evm_mine); for 1 resource both are the same call.`,
  );
  out.push(
    '  verify: AnchorRegistry.verify(root, leaf, proof) for one random leaf per batch size (true; a wrong leaf: false) and one naive root with an empty proof (true). ' +
      'An anchor call costs the same whatever N (calldata is root, count, provider), so the batched cost per resource falls as 1/N.',
  );
  out.push(
    `  gas per resource at ${thousands(largest.size)}: ${fixed(largest.perResource, 2)} (target <= ${GAS_PER_RESOURCE_TARGET}): ${largest.perResource <= GAS_PER_RESOURCE_TARGET ? 'met' : 'NOT met'}; ` +
      `naive ${thousands(largest.naivePerResource)} per resource, ${thousands(largest.naiveGas)} in all (${fixed(largest.ratio, 0)}x the batched call)`,
  );

  // Commit → anchored.
  out.push('');
  const patients = inputs.filter((input) => !input.shared).length;
  const resources = m((r) => r.resources);
  out.push(
    `Commit → anchored on the local stack (fresh stack per run; ${patients} Synthea patient bundles of ${FOLDER} after its ${inputs.length - patients} shared bundles, ${thousands(resources)} resources, ` +
      `POST [base] one at a time as ${ENDPOINT_CLIENT}), median of ${runs} runs`,
  );
  const allBatches = results.map((r) => r.stackBatches);
  const stackLeaves = m((r) => r.stackBatches.reduce((sum, batch) => sum + batch.leafCount, 0));
  const stackGasPerResource = m((r) => r.stackBatches.reduce((sum, batch) => sum + batch.gasUsed, 0) / r.stackBatches.reduce((sum, batch) => sum + batch.leafCount, 0));
  out.push(
    ...table(
      ['', 'p50', 'p99', 'min', 'max', 'samples'],
      [
        ['ingest answer → $verify anchored', formatMs(m((r) => percentile(r.anchorLatencies, 50))), formatMs(m((r) => percentile(r.anchorLatencies, 99))), formatMs(m((r) => Math.min(...r.anchorLatencies))), formatMs(m((r) => Math.max(...r.anchorLatencies))), String(patients)],
        ['ingest request → answer (for reference)', formatMs(m((r) => percentile(r.ingestLatencies, 50))), formatMs(m((r) => percentile(r.ingestLatencies, 99))), formatMs(m((r) => Math.min(...r.ingestLatencies))), formatMs(m((r) => Math.max(...r.ingestLatencies))), String(patients)],
      ],
    ),
  );
  out.push(
    `  configured: ANCHOR_BATCH_MAX_WAIT_SECONDS ${MAX_WAIT_SECONDS} (a provider's pending commitments are anchored once the oldest waited this long, or ANCHOR_BATCH_MAX_LEAVES are pending), ` +
      `vault worker every ${WORKER_INTERVAL_MS} ms; $verify of each bundle's Patient polled every ${POLL_MS} ms from the ingest answer (resolution: the poll interval plus one $verify). ` +
      `A bundle posted while an older one waits joins its batch, so its wait is shorter than the configured one. With ${patients} samples a run, p99 is the slowest.`,
  );
  out.push(
    `  the stack's own anchoring transactions (those $verify reports): ${fixed(m((r) => r.stackBatches.length), 0)} per run for ${thousands(stackLeaves)} leaves ` +
      `(per run: ${allBatches.map((batches) => batches.map((batch) => batch.leafCount).join('+')).join(' | ')} leaves), ` +
      `gas ${thousands(m((r) => median(r.stackBatches.map((batch) => batch.gasUsed))))} per transaction, ${fixed(stackGasPerResource, 1)} per resource`,
  );

  // $locate.
  out.push('');
  const locateP50 = m((r) => percentile(r.locateLatencies, 50));
  const locateP99 = m((r) => percentile(r.locateLatencies, 99));
  out.push(
    `$locate on the local stack (GET [base]/$locate?identifier=${US_SSN_SYSTEM}|<ssn> as ${ENDPOINT_CLIENT}, ${results[0]!.locatePatients} ingested patients' SSNs in turn, ` +
      `${WARMUP} warm-up + ${LOCATE_REQUESTS} requests one at a time, each answering its one provider), median of ${runs} runs`,
  );
  out.push(
    ...table(
      ['', 'p50', 'p99', 'min', 'max'],
      [['$locate', ms(locateP50), ms(locateP99), ms(m((r) => Math.min(...r.locateLatencies))), ms(m((r) => Math.max(...r.locateLatencies)))]],
    ),
  );
  out.push(`  p50 target < ${LOCATE_P50_TARGET_MS} ms: ${locateP50 < LOCATE_P50_TARGET_MS ? 'met' : 'NOT met'} (request sent to answer read, keep-alive connection, client in this process)`);
  out.push(
    `  bench time ${formatMs(context.benchMs)} (${runs} runs, each: private anvil with ${thousands(SIZES.reduce((sum, size) => sum + (size > 1 ? size : 0) + 1, 0))} anchor calls, fresh stack start, ingest, polls, $locate); ` +
      `1-minute load average ${fixed(context.load[0], 2)} at the start, ${fixed(context.load[1], 2)} at the end (${availableParallelism()} CPUs)`,
  );

  out.push('');
  out.push(
    `anchor: gas/resource ${SIZES.map((size, i) => `${thousands(size)}: ${perResource(sizeRows[i]!.perResource)}`).join(', ')} batched ` +
      `vs ${thousands(largest.naivePerResource)} naive (${fixed(largest.ratio, 0)}x at ${thousands(largest.size)}; target <= ${GAS_PER_RESOURCE_TARGET} at ${thousands(largest.size)}: ${largest.perResource <= GAS_PER_RESOURCE_TARGET ? 'met' : 'NOT met'}); ` +
      `commit→anchored p50 ${formatMs(m((r) => percentile(r.anchorLatencies, 50)))} p99 ${formatMs(m((r) => percentile(r.anchorLatencies, 99)))} (max wait ${MAX_WAIT_SECONDS} s), stack ${fixed(stackGasPerResource, 1)} gas/resource; ` +
      `$locate p50 ${ms(locateP50)} p99 ${ms(locateP99)} (target p50 < ${LOCATE_P50_TARGET_MS} ms: ${locateP50 < LOCATE_P50_TARGET_MS ? 'met' : 'NOT met'}); ${runs} runs`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}
