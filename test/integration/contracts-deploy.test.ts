import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { Contract, parseEther } from 'ethers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AnchorRegistryAbi, ConsentRegistryAbi, ProviderRegistryAbi } from '../../contracts/generated/index.ts';
import { deployExchangeContracts, signerAddresses } from '../../contracts/deploy-cli.ts';
import { KmsSigner } from '../../functions/ledger/kms-signer.ts';
import { startKmsStandIn } from '../../infra/local/kms-stand-in.ts';
import type { KmsStandIn } from '../../infra/local/kms-stand-in.ts';
import { DEFAULT_ADMIN_ROLE, OPERATOR_ROLE, startContractChain } from '../support/contract-fixtures.ts';
import type { ContractChain } from '../support/contract-fixtures.ts';

/**
 * `npm run contracts:deploy` as it runs for a real chain: the admin is a KMS secp256k1 key (here
 * in the KMS stand-in), the operator another one, and the contracts go to an EVM node (anvil).
 */

let chain: ContractChain;
let kmsDir: string;
let standIn: KmsStandIn;
let kms: KMSClient;
let adminKey: string;
let operatorKey: string;

beforeAll(async () => {
  kmsDir = await mkdtemp(join(tmpdir(), 'fhx-deploy-kms-'));
  [chain, standIn] = await Promise.all([startContractChain({ tmpPrefix: 'fhx-deploy-' }), startKmsStandIn({ dataDir: kmsDir })]);
  kms = new KMSClient({ region: 'us-east-1', endpoint: standIn.url, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const create = async (description: string) =>
    (await kms.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY', Description: description }))).KeyMetadata!.Arn!;
  [adminKey, operatorKey] = [await create('admin'), await create('operator')];
  // The admin pays for the deployment.
  const adminAddress = await new KmsSigner(kms, adminKey).getAddress();
  await chain.provider.send('anvil_setBalance', [adminAddress, `0x${parseEther('10').toString(16)}`]);
});

afterAll(async () => {
  kms?.destroy();
  await standIn?.close();
  await chain?.stop();
  await rm(kmsDir, { recursive: true, force: true });
});

describe('contracts:deploy with KMS signers', () => {
  test('deploys every contract, signed in KMS, with the admin and operator roles where they belong', async () => {
    const result = await deployExchangeContracts({ rpcUrl: chain.chain.rpcUrl, chainId: chain.chain.chainId, admin: { kind: 'kms', keyId: adminKey }, operator: { kind: 'kms', keyId: operatorKey }, kms });
    const adminAddress = await new KmsSigner(kms, adminKey).getAddress();
    const operatorAddress = await new KmsSigner(kms, operatorKey).getAddress();
    expect(result).toMatchObject({ chainId: chain.chain.chainId, admin: adminAddress, operator: operatorAddress });
    expect(Object.keys(result.contracts).sort()).toEqual(['AnchorRegistry', 'ConsentRegistry', 'ErasureJournal', 'ProviderRegistry', 'RecordLocator']);
    expect(result.cdkContext).toEqual([
      `chainRpcUrl=${chain.chain.rpcUrl}`,
      `chainId=${chain.chain.chainId}`,
      `providerRegistryAddress=${result.contracts['ProviderRegistry']}`,
      `recordLocatorAddress=${result.contracts['RecordLocator']}`,
      `anchorRegistryAddress=${result.contracts['AnchorRegistry']}`,
      `consentRegistryAddress=${result.contracts['ConsentRegistry']}`,
      `erasureJournalAddress=${result.contracts['ErasureJournal']}`,
    ]);
    const registry = new Contract(result.contracts['ProviderRegistry']!, ProviderRegistryAbi, chain.provider);
    expect(await registry.getFunction('hasRole')(DEFAULT_ADMIN_ROLE, adminAddress)).toBe(true);
    expect(await registry.getFunction('hasRole')(OPERATOR_ROLE, operatorAddress)).toBe(true);
    expect(await registry.getFunction('hasRole')(OPERATOR_ROLE, adminAddress)).toBe(false);
    const anchors = new Contract(result.contracts['AnchorRegistry']!, AnchorRegistryAbi, chain.provider);
    expect(String(await anchors.getFunction('providerRegistry')()).toLowerCase()).toBe(result.contracts['ProviderRegistry']!.toLowerCase());
    // A real exchange's wallet-recovery delay by default: 72 hours.
    const consents = new Contract(result.contracts['ConsentRegistry']!, ConsentRegistryAbi, chain.provider);
    expect(await consents.getFunction('recoveryDelay')()).toBe(259_200n);
    // Every deployment transaction came from the KMS key's address.
    const deployment = await chain.provider.getTransactionCount(adminAddress);
    expect(deployment).toBe(5);
  });

  test('--recovery-delay sets the ConsentRegistry recovery delay at deployment', async () => {
    const result = await deployExchangeContracts({ rpcUrl: chain.chain.rpcUrl, chainId: chain.chain.chainId, admin: { kind: 'kms', keyId: adminKey }, operator: { kind: 'kms', keyId: operatorKey }, recoveryDelaySeconds: 3600, kms });
    const consents = new Contract(result.contracts['ConsentRegistry']!, ConsentRegistryAbi, chain.provider);
    expect(await consents.getFunction('recoveryDelay')()).toBe(3600n);
  });

  test('--addresses: the admin and operator addresses are derived from the KMS public keys', async () => {
    const addresses = await signerAddresses({ rpcUrl: chain.chain.rpcUrl, chainId: chain.chain.chainId, admin: { kind: 'kms', keyId: adminKey }, operator: { kind: 'kms', keyId: operatorKey }, kms });
    expect(addresses).toEqual({ admin: await new KmsSigner(kms, adminKey).getAddress(), operator: await new KmsSigner(kms, operatorKey).getAddress() });
  });

  test('refuses a node whose chain id is not the one given', async () => {
    await expect(deployExchangeContracts({ rpcUrl: chain.chain.rpcUrl, chainId: 1, admin: { kind: 'kms', keyId: adminKey }, operator: operatorKey, kms })).rejects.toThrow(/is chain 31337, not 1/);
  });
});
