import type { ClientRole } from '../../schemas/clients.ts';
import type { SmartScope } from './smart-scopes.ts';

/** The authenticated caller of a request, as carried by its access token. */
export interface Principal {
  clientId: string;
  role: ClientRole;
  /** The provider the client acts for; absent for research and admin clients. */
  providerId?: string;
  scopes: SmartScope[];
  tokenId: string;
}
