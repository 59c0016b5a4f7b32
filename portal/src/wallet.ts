import type { TypedData } from './exchange-api.ts';

/**
 * Browser wallets: discovered by EIP-6963 (multi-injected provider discovery), with the legacy
 * `window.ethereum` (EIP-1193) as a fallback, and used for three things: the account
 * (eth_requestAccounts), the sign-in message (personal_sign, EIP-191) and consent and erasure
 * requests (eth_signTypedData_v4, EIP-712).
 */

export interface Eip1193Provider {
  request(args: { method: string; params?: readonly unknown[] | object }): Promise<unknown>;
}

export interface WalletInfo {
  uuid: string;
  name: string;
  icon: string;
  rdns: string;
}

export interface Wallet {
  info: WalletInfo;
  provider: Eip1193Provider;
}

interface AnnounceEvent extends Event {
  detail?: { info?: Partial<WalletInfo>; provider?: Eip1193Provider };
}

/** Collects wallets as they announce themselves; `onChange` runs for each new one. */
export function discoverWallets(onChange: (wallets: Wallet[]) => void): Wallet[] {
  const wallets: Wallet[] = [];
  window.addEventListener('eip6963:announceProvider', (event: Event) => {
    const detail = (event as AnnounceEvent).detail;
    const info = detail?.info;
    if (!detail?.provider || typeof detail.provider.request !== 'function' || typeof info?.uuid !== 'string') return;
    if (wallets.some((wallet) => wallet.info.uuid === info.uuid)) return;
    wallets.push({ info: { uuid: info.uuid, name: String(info.name ?? 'Wallet'), icon: typeof info.icon === 'string' && info.icon.startsWith('data:image/') ? info.icon : '', rdns: String(info.rdns ?? '') }, provider: detail.provider });
    onChange([...wallets]);
  });
  window.dispatchEvent(new Event('eip6963:requestProvider'));
  return wallets;
}

/** The pre-EIP-6963 injected provider, if any. */
export function legacyWallet(): Wallet | undefined {
  const provider = (window as unknown as { ethereum?: Eip1193Provider }).ethereum;
  if (!provider || typeof provider.request !== 'function') return undefined;
  return { info: { uuid: 'window.ethereum', name: 'Browser wallet', icon: '', rdns: '' }, provider };
}

export async function requestAccount(wallet: Wallet): Promise<string> {
  const accounts = (await wallet.provider.request({ method: 'eth_requestAccounts' })) as string[];
  const [account] = accounts;
  if (!account) throw new Error('The wallet shared no account');
  return account;
}

/** EIP-191 personal_sign of UTF-8 text (sent hex-encoded, as wallets expect). */
export async function personalSign(wallet: Wallet, address: string, text: string): Promise<string> {
  const hex = `0x${[...new TextEncoder().encode(text)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  return (await wallet.provider.request({ method: 'personal_sign', params: [hex, address] })) as string;
}

/** The EIP712Domain fields, in the order EIP-712 defines them, for those the domain has. */
const DOMAIN_FIELDS = [
  { name: 'name', type: 'string' },
  { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' },
  { name: 'verifyingContract', type: 'address' },
  { name: 'salt', type: 'bytes32' },
] as const;

/**
 * eth_signTypedData_v4 of the exchange's typed data. Wallets hash the domain with the
 * EIP712Domain type of the request, so it is added from the domain's own fields. A wallet on
 * another chain is asked to switch first (wallets refuse a domain of another chain id).
 */
export async function signTypedData(wallet: Wallet, address: string, typed: TypedData): Promise<string> {
  const chainId = Number(typed.domain['chainId']);
  if (Number.isSafeInteger(chainId)) {
    const current = Number(await wallet.provider.request({ method: 'eth_chainId' }));
    if (current !== chainId) await wallet.provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: `0x${chainId.toString(16)}` }] });
  }
  const EIP712Domain = DOMAIN_FIELDS.filter((field) => typed.domain[field.name] !== undefined);
  const { EIP712Domain: _ignored, ...types } = typed.types;
  const payload = { domain: typed.domain, types: { EIP712Domain, ...types }, primaryType: typed.primaryType, message: typed.message };
  return (await wallet.provider.request({ method: 'eth_signTypedData_v4', params: [address, JSON.stringify(payload)] })) as string;
}
