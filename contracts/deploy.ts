import { ContractFactory } from 'ethers';
import type { InterfaceAbi, Signer } from 'ethers';
import type { CompiledContract, CompiledContracts } from './compile.ts';

/**
 * How the exchange's contracts are deployed, on any chain: the order, each constructor's
 * arguments, and the deployment itself with any ethers Signer (an anvil account locally, a KMS
 * secp256k1 key for a real chain). Used by the local stack (infra/local/chain.ts) and by
 * `npm run contracts:deploy` (contracts/deploy-cli.ts).
 */

/** Accounts available to constructor-argument builders. */
export interface DeployAccounts {
  /** The deployer, DEFAULT_ADMIN_ROLE holder (anvil account 0 locally). */
  admin: string;
  /** The exchange relayer, OPERATOR_ROLE holder (anvil account 1 locally). */
  operator: string;
}

/** Parameters of a deployment that differ between places (a local chain, a real one). */
export interface DeploySettings {
  /**
   * Seconds between a wallet recovery's proposal and its execution (ConsentRegistry.recoveryDelay,
   * within its MIN_RECOVERY_DELAY..MAX_RECOVERY_DELAY): the time the old key has to cancel and an
   * admin to veto.
   */
  recoveryDelaySeconds: number;
}

/** A real exchange's recovery delay: 72 hours. */
export const DEFAULT_RECOVERY_DELAY_SECONDS = 72 * 3600;

export const DEFAULT_DEPLOY_SETTINGS: DeploySettings = { recoveryDelaySeconds: DEFAULT_RECOVERY_DELAY_SECONDS };

/** Addresses of the contracts deployed so far, by contract name (for later constructors). */
export type DeployedAddresses = Readonly<Record<string, string>>;

/** Address of `name`, which must appear earlier in DEPLOY_PLAN. */
function deployedAddress(deployed: DeployedAddresses, name: string): string {
  const address = deployed[name];
  if (!address) throw new Error(`DEPLOY_PLAN: ${name} must be deployed before the contracts that take its address`);
  return address;
}

/**
 * Deploy plan: constructor arguments for every deployable contract in contracts/*.sol, in
 * deployment order. A contract without an entry here makes start-up fail. `args` also receives
 * the addresses of the contracts deployed before it, and the deployment's settings.
 */
export const DEPLOY_PLAN: ReadonlyArray<{ name: string; args: (a: DeployAccounts, deployed: DeployedAddresses, settings: DeploySettings) => unknown[] }> = [
  { name: 'ProviderRegistry', args: ({ admin, operator }) => [admin, operator] },
  {
    name: 'RecordLocator',
    args: ({ admin, operator }, deployed) => [deployedAddress(deployed, 'ProviderRegistry'), admin, operator],
  },
  {
    name: 'AnchorRegistry',
    args: ({ admin, operator }, deployed) => [deployedAddress(deployed, 'ProviderRegistry'), admin, operator],
  },
  {
    name: 'ConsentRegistry',
    args: ({ admin, operator }, deployed, { recoveryDelaySeconds }) => [deployedAddress(deployed, 'ProviderRegistry'), admin, operator, recoveryDelaySeconds],
  },
  { name: 'ErasureJournal', args: ({ admin, operator }) => [admin, operator] },
];

export type DeployPlan = typeof DEPLOY_PLAN;

/** Contracts that can be deployed (interfaces and abstract contracts have no bytecode). */
function deployable(compiled: CompiledContracts): Array<[string, CompiledContract]> {
  return Object.entries(compiled.contracts).filter(([, c]) => c.bytecode.length > 2);
}

/** Checks the deploy plan against the compiled contracts; returns the plan in order. */
export function checkPlan(compiled: CompiledContracts): typeof DEPLOY_PLAN {
  const names = new Set(deployable(compiled).map(([n]) => n));
  const missing = [...names].filter((n) => !DEPLOY_PLAN.some((p) => p.name === n));
  if (missing.length > 0) {
    const where = missing.map((n) => `${n} (${compiled.contracts[n]?.sourceName})`).join(', ');
    throw new Error(
      `No deploy plan entry for contract(s) ${where}: add their constructor arguments to DEPLOY_PLAN in contracts/deploy.ts`,
    );
  }
  const stale = DEPLOY_PLAN.filter((p) => !names.has(p.name)).map((p) => p.name);
  if (stale.length > 0) {
    throw new Error(`DEPLOY_PLAN in contracts/deploy.ts lists contract(s) not found in contracts/*.sol: ${stale.join(', ')}`);
  }
  return DEPLOY_PLAN;
}

/** Deploys every contract of `plan` in order with `deployer`; returns their addresses by name. */
export async function deployContracts(
  deployer: Signer,
  accounts: DeployAccounts,
  compiled: CompiledContracts,
  plan: DeployPlan,
  settings: DeploySettings = DEFAULT_DEPLOY_SETTINGS,
): Promise<Record<string, string>> {
  const addresses: Record<string, string> = {};
  for (const { name, args } of plan) {
    const c = compiled.contracts[name];
    if (!c) throw new Error(`contract ${name} missing from compile output`);
    const factory = new ContractFactory(c.abi as InterfaceAbi, c.bytecode, deployer);
    try {
      const contract = await factory.deploy(...args(accounts, addresses, settings));
      await contract.waitForDeployment();
      addresses[name] = await contract.getAddress();
    } catch (err) {
      throw new Error(`Deploying ${name} failed: ${(err as Error).message}`);
    }
  }
  return addresses;
}
