import { z } from 'zod';

/**
 * The client registry: who may ask the token endpoint for an access token, what for, and with
 * which public keys (SMART Backend Services, "client-confidential-asymmetric").
 */

export const CLIENT_ROLES = ['provider', 'research', 'admin'] as const;
export type ClientRole = (typeof CLIENT_ROLES)[number];
export const CLIENT_STATUSES = ['active', 'suspended'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

/** Client ids travel in JWT `iss`/`sub` and in DynamoDB keys: keep them plain. */
export const clientIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,127}$/, 'must be 3-128 letters, digits, ".", "_" or "-"');
export const providerIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/, 'must be 3-64 letters, digits, ".", "_" or "-"');

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be base64url');

/** Members that only private keys have (RFC 7517/7518); a registry holds public keys only. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

const publicJwk = z
  .object({
    kty: z.enum(['RSA', 'EC']),
    kid: z.string().min(1).max(256),
    alg: z.enum(['RS384', 'ES384']).optional(),
    use: z.literal('sig').optional(),
    key_ops: z.array(z.literal('verify')).min(1).optional(),
    n: base64url.optional(),
    e: base64url.optional(),
    crv: z.literal('P-384').optional(),
    x: base64url.optional(),
    y: base64url.optional(),
    ...Object.fromEntries(PRIVATE_MEMBERS.map((name) => [name, z.never({ error: 'private key material must not be registered' }).optional()])),
  })
  .strict()
  .superRefine((jwk, ctx) => {
    if (jwk.kty === 'RSA' && (!jwk.n || !jwk.e)) ctx.addIssue({ code: 'custom', message: 'an RSA key needs n and e', path: ['n'] });
    if (jwk.kty === 'EC' && (!jwk.crv || !jwk.x || !jwk.y)) ctx.addIssue({ code: 'custom', message: 'an EC key needs crv P-384, x and y', path: ['crv'] });
  });

export const jwksSchema = z.object({ keys: z.array(publicJwk).min(1).max(10) }).strict();
export type PublicJwks = z.infer<typeof jwksSchema>;

/** `PUT /admin/clients/{clientId}` body. */
export const clientRegistrationSchema = z
  .object({
    role: z.enum(CLIENT_ROLES),
    providerId: providerIdSchema.optional(),
    status: z.enum(CLIENT_STATUSES).default('active'),
    scopes: z.array(z.string().min(1).max(128)).min(1).max(50),
    jwks: jwksSchema,
    /**
     * May this provider client break the glass: ask for a token with purpose of use BTG or
     * ETREAT and read without consent, giving a reason (DESIGN.md "Break-glass")? Provider
     * clients only; false unless the admin says so.
     */
    emergencyAccess: z.boolean().default(false),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.role === 'provider' && !value.providerId) ctx.addIssue({ code: 'custom', message: 'a provider client needs providerId', path: ['providerId'] });
    if (value.role !== 'provider' && value.providerId) ctx.addIssue({ code: 'custom', message: 'only provider clients act for a provider', path: ['providerId'] });
    if (value.role !== 'provider' && value.emergencyAccess) ctx.addIssue({ code: 'custom', message: 'only provider clients may be allowed emergency access', path: ['emergencyAccess'] });
  });
export type ClientRegistration = z.infer<typeof clientRegistrationSchema>;

/** A stored registration. Records written before `emergencyAccess` existed have none: read that as false. */
export interface ClientRecord extends Omit<ClientRegistration, 'emergencyAccess'> {
  emergencyAccess?: boolean;
  clientId: string;
  createdAt: string;
  updatedAt: string;
}
