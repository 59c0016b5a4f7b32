import { parseArgs } from 'node:util';
import type { KMSClient } from '@aws-sdk/client-kms';
import { NonceManager, isAddress } from 'ethers';
import { chainConfigSchema, chainSignerConfigSchema } from '../schemas/config.ts';
import type { SignerReference } from '../schemas/config.ts';
import { createProvider, resolveSigner } from '../functions/ledger/chain-client.ts';
import { compileContracts } from './compile.ts';
import { DEFAULT_RECOVERY_DELAY_SECONDS, checkPlan, deployContracts } from './deploy.ts';

/**
 * `npm run contracts:deploy -- --rpc-url URL --chain-id N --admin SIGNER --operator SIGNER|ADDRESS [--recovery-delay SECONDS] [--addresses] [--json]`
 *
 * Compiles contracts/*.sol with solc-js and deploys the exchange's contracts (contracts/deploy.ts
 * DEPLOY_PLAN) to a chain: signed by the admin (`kms:<key id>` for the stack's AdminSignerKey, the
 * DEFAULT_ADMIN_ROLE holder; `rpc-account:N` on a dev node), with the operator's address
 * (`kms:<key id>` of the OperatorSignerKey, whose address is derived from its public key, or an
 * address) granted OPERATOR_ROLE. The admin's address needs ether for gas; the operator's too, for
 * the transactions it relays later. Prints the addresses and the `cdk deploy` context arguments
 * that put them into the stack's SSM parameters. `--addresses` only prints the two addresses (to
 * fund them first). `--recovery-delay` is the wallet-recovery delay in seconds (72 hours by
 * default; the admin can change it later within the contract's bounds).
 */

export interface DeployOptions {
  rpcUrl: string;
  chainId: number;
  admin: SignerReference;
  operator: SignerReference | string;
  /** ConsentRegistry's recovery delay (DEFAULT_RECOVERY_DELAY_SECONDS when absent). */
  recoveryDelaySeconds?: number;
  kms?: KMSClient;
}

export interface DeployResult {
  chainId: number;
  admin: string;
  operator: string;
  contracts: Record<string, string>;
  /** `-c name=value` arguments for `cdk deploy`. */
  cdkContext: string[];
}

const CONTEXT_OF: Record<string, string> = {
  ProviderRegistry: 'providerRegistryAddress',
  RecordLocator: 'recordLocatorAddress',
  AnchorRegistry: 'anchorRegistryAddress',
  ConsentRegistry: 'consentRegistryAddress',
  ErasureJournal: 'erasureJournalAddress',
};

/** The admin's and the operator's addresses (to fund them before deploying), without deploying. */
export async function signerAddresses(options: DeployOptions): Promise<{ admin: string; operator: string }> {
  const provider = createProvider({ CHAIN_RPC_URL: options.rpcUrl, CHAIN_ID: options.chainId });
  try {
    const admin = await (await resolveSigner(provider, options.admin, 'admin', options.kms)).getAddress();
    const operator =
      typeof options.operator === 'string' ? options.operator : await (await resolveSigner(provider, options.operator, 'operator', options.kms)).getAddress();
    return { admin, operator };
  } finally {
    provider.destroy();
  }
}

export async function deployExchangeContracts(options: DeployOptions): Promise<DeployResult> {
  const provider = createProvider({ CHAIN_RPC_URL: options.rpcUrl, CHAIN_ID: options.chainId });
  try {
    const network = await provider.send('eth_chainId', []);
    if (Number(network) !== options.chainId) throw new Error(`The node at the RPC URL is chain ${Number(network)}, not ${options.chainId}`);
    const admin = new NonceManager(await resolveSigner(provider, options.admin, 'admin', options.kms));
    const operator =
      typeof options.operator === 'string' ? options.operator : await (await resolveSigner(provider, options.operator, 'operator', options.kms)).getAddress();
    const accounts = { admin: await admin.getAddress(), operator };
    const compiled = await compileContracts();
    const contracts = await deployContracts(admin, accounts, compiled, checkPlan(compiled), {
      recoveryDelaySeconds: options.recoveryDelaySeconds ?? DEFAULT_RECOVERY_DELAY_SECONDS,
    });
    const cdkContext = [
      `chainRpcUrl=${options.rpcUrl}`,
      `chainId=${options.chainId}`,
      ...Object.entries(contracts).flatMap(([name, address]) => (CONTEXT_OF[name] ? [`${CONTEXT_OF[name]}=${address}`] : [])),
    ];
    return { chainId: options.chainId, ...accounts, contracts, cdkContext };
  } finally {
    provider.destroy();
  }
}

function signerArgument(value: string | undefined, name: string): SignerReference {
  const parsed = chainSignerConfigSchema.shape.ADMIN_SIGNER.safeParse(value);
  if (!parsed.success) throw new Error(`--${name} must be kms:<key id> or rpc-account:<index>`);
  return parsed.data;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'rpc-url': { type: 'string' },
      'chain-id': { type: 'string' },
      admin: { type: 'string' },
      operator: { type: 'string' },
      'recovery-delay': { type: 'string' },
      addresses: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const rpcUrl = chainConfigSchema.shape.CHAIN_RPC_URL.safeParse(values['rpc-url']);
  const chainId = chainConfigSchema.shape.CHAIN_ID.safeParse(values['chain-id']);
  if (!rpcUrl.success || !chainId.success) throw new Error('--rpc-url (http or https) and --chain-id are required');
  const operator = values.operator !== undefined && isAddress(values.operator) ? values.operator : signerArgument(values.operator, 'operator');
  const recoveryDelay = values['recovery-delay'] === undefined ? DEFAULT_RECOVERY_DELAY_SECONDS : Number(values['recovery-delay']);
  if (!Number.isInteger(recoveryDelay) || recoveryDelay <= 0) throw new Error('--recovery-delay must be a whole number of seconds');
  const options = { rpcUrl: rpcUrl.data, chainId: chainId.data, admin: signerArgument(values.admin, 'admin'), operator, recoveryDelaySeconds: recoveryDelay };
  if (values.addresses) {
    const addresses = await signerAddresses(options);
    process.stdout.write(values.json ? `${JSON.stringify(addresses)}\n` : `admin    ${addresses.admin}\noperator ${addresses.operator}\n`);
    return;
  }
  const result = await deployExchangeContracts(options);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  process.stdout.write(`Deployed on chain ${result.chainId} (admin ${result.admin}, operator ${result.operator}):\n`);
  for (const [name, address] of Object.entries(result.contracts)) process.stdout.write(`  ${name.padEnd(18)} ${address}\n`);
  process.stdout.write(`\nThen: npx cdk deploy --all -c stage=<stage> ${result.cdkContext.map((argument) => `-c ${argument}`).join(' ')}\n`);
}

if (import.meta.main) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`contracts:deploy: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
