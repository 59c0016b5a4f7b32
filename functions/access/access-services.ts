import { authConfigSchema, parseConfig } from '../../schemas/config.ts';
import type { AuthConfig } from '../../schemas/config.ts';
import { awsClients } from '../platform/aws-clients.ts';
import { ClientRegistry } from './client-registry.ts';
import { JtiReplayGuard } from './jti-replay-guard.ts';
import { loadWrappedSecret } from './wrapped-secret.ts';

/**
 * Access-control services shared by every function in a process, built on first use
 * (config parsed once; the signing key unwrapped once, and retried if that failed).
 */
export interface AccessServices {
  config: AuthConfig;
  clients: ClientRegistry;
  jtis: JtiReplayGuard;
  /** The access-token signing key, created on first use (the token endpoint only). */
  signingKey: () => Promise<Uint8Array>;
  /** The same key for verifying tokens: undefined while no token has ever been issued. */
  verificationKey: () => Promise<Uint8Array | undefined>;
}

let services: AccessServices | undefined;

export function accessServices(): AccessServices {
  if (services) return services;
  const config = parseConfig(authConfigSchema);
  const { documents, kms } = awsClients();
  const deps = { kms, documents, table: config.KEYS_TABLE, kmsKeyId: config.EXCHANGE_KMS_KEY_ID };
  // Unwrapped once per process; a failure or an absent key is not remembered, so it is retried.
  let key: Promise<Uint8Array | undefined> | undefined;
  const load = (create: boolean) => {
    key ??= loadWrappedSecret(deps, 'access-token-signing-key', { create }).then(
      (value) => {
        if (!value) key = undefined;
        return value;
      },
      (error: unknown) => {
        key = undefined;
        throw error;
      },
    );
    return key;
  };
  const signingKey = async () => (await load(false)) ?? (await loadWrappedSecret(deps, 'access-token-signing-key', { create: true }))!;
  const verificationKey = () => load(false);
  services = {
    config,
    clients: new ClientRegistry(documents, config.CLIENTS_TABLE, config.CLIENT_CACHE_TTL_SECONDS),
    jtis: new JtiReplayGuard(documents, config.ASSERTION_JTI_TABLE),
    signingKey,
    verificationKey,
  };
  return services;
}
