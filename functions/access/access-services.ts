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
  signingKey: () => Promise<Uint8Array>;
}

let services: AccessServices | undefined;

export function accessServices(): AccessServices {
  if (services) return services;
  const config = parseConfig(authConfigSchema);
  const { documents, kms } = awsClients();
  let key: Promise<Uint8Array> | undefined;
  const signingKey = () => {
    key ??= loadWrappedSecret({ kms, documents, table: config.KEYS_TABLE, kmsKeyId: config.EXCHANGE_KMS_KEY_ID }, 'access-token-signing-key').catch((error: unknown) => {
      key = undefined;
      throw error;
    });
    return key;
  };
  services = {
    config,
    clients: new ClientRegistry(documents, config.CLIENTS_TABLE, config.CLIENT_CACHE_TTL_SECONDS),
    jtis: new JtiReplayGuard(documents, config.ASSERTION_JTI_TABLE),
    signingKey,
  };
  return services;
}
