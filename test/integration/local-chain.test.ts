import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { Contract, JsonRpcProvider, id } from 'ethers';
import { compileContracts, computeSourceHash } from '../../contracts/compile.ts';
import { GENERATED_DIR, renderGeneratedFiles } from '../../contracts/build.ts';
import { startLocalChain } from '../../infra/local/chain.ts';
import type { LocalChain } from '../../infra/local/chain.ts';
import { ProviderRegistryAbi } from '../../contracts/generated/index.ts';

const tmpDirs: string[] = [];
const running: LocalChain[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fhx-chain-'));
  tmpDirs.push(dir);
  return dir;
}

async function timedStart(dataDir: string): Promise<{ chain: LocalChain; ms: number }> {
  const t0 = performance.now();
  const chain = await startLocalChain({ dataDir, port: 0 });
  running.push(chain);
  return { chain, ms: performance.now() - t0 };
}

function connect(chain: LocalChain): JsonRpcProvider {
  return new JsonRpcProvider(chain.rpcUrl, chain.chainId, { staticNetwork: true, cacheTimeout: -1 });
}

afterAll(async () => {
  await Promise.all(running.map((c) => c.stop()));
  await Promise.all(tmpDirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('local chain', () => {
  test('deploys on a cold start, then reuses deployment and state on a warm start', async () => {
    const dataDir = await tempDir();
    const chainDir = join(dataDir, 'chain');

    // --- cold start: compile + deploy
    const cold = await timedStart(dataDir);
    expect(cold.chain.chainId).toBe(31337);
    expect(cold.chain.rpcUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const address = cold.chain.contracts.ProviderRegistry;
    expect(address).toMatch(/^0x[0-9a-fA-F]{40}$/);

    let provider = connect(cold.chain);
    expect(await provider.getCode(address!)).not.toBe('0x');
    expect(await provider.send('eth_chainId', [])).toBe('0x7a69');

    // state change: the operator (account 1) applies a provider
    const operator = await provider.getSigner(1);
    const providerId = id('integration-provider');
    const registry = new Contract(address!, ProviderRegistryAbi, operator);
    const tx = await registry.getFunction('applyProvider')(providerId, 'Integration Clinic', 'https://fhir.int.example/r4', 'm');
    expect((await tx.wait())?.status).toBe(1);
    const blockBeforeStop = await provider.getBlockNumber();
    const deployerNonceBeforeStop = await provider.getTransactionCount(await (await provider.getSigner(0)).getAddress());
    provider.destroy();

    const deploymentsBefore = await readFile(join(chainDir, 'deployments.json'), 'utf8');
    expect(JSON.parse(deploymentsBefore)).toMatchObject({ chainId: 31337, contracts: { ProviderRegistry: address } });
    expect((await stat(join(chainDir, 'compiled.json'))).isFile()).toBe(true);

    await cold.chain.stop();
    expect((await stat(join(chainDir, 'anvil-state.json'))).size).toBeGreaterThan(0);

    // --- warm start on the same data dir
    const warm = await timedStart(dataDir);
    console.log(
      `local chain start-up: cold (compile + deploy) ${cold.ms.toFixed(0)} ms, warm (cached compile, reused deployment) ${warm.ms.toFixed(0)} ms`,
    );
    expect(warm.chain.contracts).toEqual(cold.chain.contracts);

    provider = connect(warm.chain);
    // No redeploy: no new blocks and the deployer's nonce did not move (a redeploy would also
    // land on the same CREATE address, so the address alone proves nothing).
    expect(await provider.getBlockNumber()).toBe(blockBeforeStop);
    expect(await provider.getTransactionCount(await (await provider.getSigner(0)).getAddress())).toBe(deployerNonceBeforeStop);
    expect(await readFile(join(chainDir, 'deployments.json'), 'utf8')).toBe(deploymentsBefore);

    // State survived the restart.
    const p = await new Contract(address!, ProviderRegistryAbi, provider).getFunction('getProvider')(providerId);
    expect(p.name).toBe('Integration Clinic');
    expect(p.fhirEndpoint).toBe('https://fhir.int.example/r4');
    expect(p.status).toBe(1n);
    provider.destroy();

    await warm.chain.stop();
  });

  test('redeploys when the recorded deployment is gone from the chain', async () => {
    const dataDir = await tempDir();
    const first = await timedStart(dataDir);
    await first.chain.stop();
    // Lose the chain state but keep deployments.json: the recorded address has no code any more.
    await rm(join(dataDir, 'chain', 'anvil-state.json'));
    const second = await timedStart(dataDir);
    const provider = connect(second.chain);
    const address = second.chain.contracts.ProviderRegistry!;
    expect(await provider.getCode(address)).not.toBe('0x');
    // One deployment transaction per contract, all from account 0.
    expect(await provider.getTransactionCount(await (await provider.getSigner(0)).getAddress())).toBe(
      Object.keys(second.chain.contracts).length,
    );
    provider.destroy();
    await second.chain.stop();
  });

  test('stop() is idempotent and the RPC endpoint goes away', async () => {
    const dataDir = await tempDir();
    const { chain } = await timedStart(dataDir);
    await Promise.all([chain.stop(), chain.stop()]);
    await chain.stop();
    await expect(
      fetch(chain.rpcUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      }),
    ).rejects.toThrow();
  });
});

describe('contract build', () => {
  test('compiling twice gives the same sourceHash, equal to computeSourceHash()', async () => {
    const a = await compileContracts();
    const b = await compileContracts();
    expect(a.sourceHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.sourceHash).toBe(a.sourceHash);
    expect(await computeSourceHash()).toBe(a.sourceHash);
    expect(b.contracts.ProviderRegistry?.bytecode).toBe(a.contracts.ProviderRegistry?.bytecode);
    // Only our own contracts are returned, not the imported OpenZeppelin ones.
    expect(Object.keys(a.contracts).sort()).toEqual(['AnchorRegistry', 'ConsentRegistry', 'ErasureJournal', 'ProviderRegistry', 'RecordLocator']);
  });

  test('contracts/generated/ is up to date with the sources (run `npm run contracts:build`)', async () => {
    const expected = renderGeneratedFiles(await compileContracts());
    const onDisk = (await readdir(GENERATED_DIR)).filter((f) => f.endsWith('.json') || f === 'index.ts').sort();
    const hint = 'contracts/generated/ is stale: run `npm run contracts:build` and commit the result';
    expect(onDisk, hint).toEqual([...expected.keys()].sort());
    for (const [file, content] of expected) {
      expect(await readFile(join(GENERATED_DIR, file), 'utf8'), `${hint} (${file})`).toBe(content);
    }
  });
});
