import { existsSync } from 'node:fs';
import { getBytes } from 'ethers';
import type { HDNodeWallet, Wallet } from 'ethers';
import type { TypedDataField } from 'ethers';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';

/**
 * A browser wallet for tests: an EIP-1193 provider announced by EIP-6963, injected into every page
 * of a Playwright context before the page's own scripts (`addInitScript`), whose requests are
 * answered in Node by an ethers Wallet (`exposeBinding`). It answers what a wallet extension
 * answers (eth_requestAccounts, eth_accounts, eth_chainId, personal_sign, eth_signTypedData_v4,
 * wallet_switchEthereumChain) and records every request, so a test can assert what the page asked
 * the wallet to sign.
 */

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Debian's Chromium, driven by playwright-core; a clear error when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: the browser tests need it. Install Debian's package (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
}

export interface WalletRequest {
  method: string;
  params: unknown[];
}

/** What the page asked the wallet, in order. */
export interface TestWallet {
  wallet: Wallet | HDNodeWallet;
  requests: WalletRequest[];
  /** The typed data the page had signed (eth_signTypedData_v4), parsed. */
  typedDataSigned: { primaryType: string; domain: Record<string, unknown>; types: Record<string, TypedDataField[]>; message: Record<string, unknown> }[];
  /** The texts the page had signed (personal_sign). */
  messagesSigned: string[];
}

export interface InjectOptions {
  chainId: number;
  name?: string;
  /** When set, the wallet refuses (EIP-1193 code 4001) requests of these methods, as a user who clicks "Reject". */
  reject?: Set<string>;
}

const RDNS = 'org.fhir-exchange.test-wallet';

export async function injectWallet(context: BrowserContext, wallet: Wallet | HDNodeWallet, options: InjectOptions): Promise<TestWallet> {
  const state: TestWallet = { wallet, requests: [], typedDataSigned: [], messagesSigned: [] };
  const answer = async (method: string, params: unknown[]): Promise<unknown> => {
    switch (method) {
      case 'eth_requestAccounts':
      case 'eth_accounts':
        return [wallet.address.toLowerCase()]; // as many wallets do: lower case, not EIP-55
      case 'eth_chainId':
        return `0x${options.chainId.toString(16)}`;
      case 'wallet_switchEthereumChain':
        if (Number((params[0] as { chainId: string }).chainId) !== options.chainId) throw Object.assign(new Error('Unrecognized chain'), { code: 4902 });
        return null;
      case 'personal_sign': {
        const [data, address] = params as [string, string];
        if (address.toLowerCase() !== wallet.address.toLowerCase()) throw Object.assign(new Error('Unknown account'), { code: 4100 });
        const text = Buffer.from(getBytes(data)).toString('utf8');
        state.messagesSigned.push(text);
        return wallet.signMessage(getBytes(data));
      }
      case 'eth_signTypedData_v4': {
        const [address, json] = params as [string, string];
        if (address.toLowerCase() !== wallet.address.toLowerCase()) throw Object.assign(new Error('Unknown account'), { code: 4100 });
        const typed = JSON.parse(json) as TestWallet['typedDataSigned'][number];
        if (!typed.types['EIP712Domain']) throw Object.assign(new Error('eth_signTypedData_v4 needs the EIP712Domain type'), { code: -32602 });
        state.typedDataSigned.push(typed);
        // ethers derives EIP712Domain from the domain itself.
        const { EIP712Domain: _domainType, ...types } = typed.types;
        return wallet.signTypedData(typed.domain, types, typed.message);
      }
      default:
        throw Object.assign(new Error(`The method ${method} is not supported`), { code: 4200 });
    }
  };
  await context.exposeBinding('__testWalletRequest', async (_source, method: string, params: unknown[]) => {
    state.requests.push({ method, params });
    try {
      if (options.reject?.has(method)) throw Object.assign(new Error('User rejected the request.'), { code: 4001 });
      return { value: await answer(method, params) };
    } catch (error) {
      return { error: { code: (error as { code?: number }).code ?? -32603, message: (error as Error).message } };
    }
  });
  const info = { uuid: crypto.randomUUID(), name: options.name ?? 'Test Wallet', rdns: RDNS, icon: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"%3E%3Crect width="24" height="24" rx="4" fill="%230b5cad"/%3E%3C/svg%3E' };
  await context.addInitScript(`(() => {
    const info = Object.freeze(${JSON.stringify(info)});
    const provider = Object.freeze({
      async request({ method, params }) {
        const answer = await window.__testWalletRequest(method, params ?? []);
        if (answer.error) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
        return answer.value;
      },
      on() {},
      removeListener() {},
    });
    const announce = () => window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider }) }));
    window.addEventListener('eip6963:requestProvider', announce);
    announce();
  })();`);
  return state;
}
