/**
 * SMART App Launch 2.0 scopes for system clients (http://hl7.org/fhir/smart-app-launch/scopes-and-launch-context.html).
 *
 * `system/<Type|*>.<cruds>`, where the permissions appear in the order c, r, u, d, s. SMART v1
 * forms (`.read`, `.write`, `.*`) are accepted and mapped to their v2 equivalents, as the spec
 * recommends for servers that support both. Granular scopes with a query (`?category=…`) are
 * recognised but never granted: the exchange does not filter by them yet, and granting one as if
 * it were unrestricted would widen access.
 */

export type Permission = 'c' | 'r' | 'u' | 'd' | 's';
const ORDER: readonly Permission[] = ['c', 'r', 'u', 'd', 's'];

export interface SmartScope {
  context: 'system';
  /** A FHIR resource type, or `*`. */
  resourceType: string;
  permissions: ReadonlySet<Permission>;
  /** The scope string as granted, normalised to v2. */
  text: string;
}

const SCOPE = /^system\/(\*|[A-Z][A-Za-z]{1,63})\.([a-z*]+)$/;
const V1: Record<string, Permission[]> = { read: ['r', 's'], write: ['c', 'u', 'd'], '*': ORDER.slice() };

/** Parses one scope string; `undefined` if it is not a system scope this server understands. */
export function parseScope(text: string): SmartScope | undefined {
  const match = SCOPE.exec(text);
  if (!match) return undefined;
  const [, resourceType, perms] = match as unknown as [string, string, string];
  let permissions: Permission[] | undefined = V1[perms];
  if (!permissions) {
    // v2: a non-empty subsequence of "cruds", in order, each letter at most once.
    let at = 0;
    permissions = [];
    for (const letter of perms) {
      const index = ORDER.indexOf(letter as Permission, at);
      if (index < 0) return undefined;
      permissions.push(letter as Permission);
      at = index + 1;
    }
  }
  return { context: 'system', resourceType, permissions: new Set(permissions), text: `system/${resourceType}.${ORDER.filter((p) => permissions.includes(p)).join('')}` };
}

/** Splits a space-delimited scope parameter (RFC 6749 section 3.3). */
export function parseScopeList(value: string): { scopes: SmartScope[]; unrecognised: string[] } {
  const scopes: SmartScope[] = [];
  const unrecognised: string[] = [];
  for (const token of value.split(' ').filter(Boolean)) {
    const scope = parseScope(token);
    if (scope) scopes.push(scope);
    else unrecognised.push(token);
  }
  return { scopes, unrecognised };
}

function covers(granted: SmartScope, wanted: SmartScope): boolean {
  if (granted.resourceType !== '*' && granted.resourceType !== wanted.resourceType) return false;
  for (const permission of wanted.permissions) if (!granted.permissions.has(permission)) return false;
  return true;
}

/**
 * The part of each requested scope that the client's registered scopes allow. A request for
 * `system/*.cruds` by a client allowed only `system/*.rs` is granted `system/*.rs`, which is how
 * SMART servers narrow rather than refuse.
 */
export function grantScopes(requested: SmartScope[], allowed: SmartScope[]): SmartScope[] {
  const granted = new Map<string, SmartScope>();
  for (const wanted of requested) {
    if (allowed.some((scope) => covers(scope, wanted))) {
      granted.set(wanted.text, wanted);
      continue;
    }
    for (const scope of allowed) {
      if (scope.resourceType !== '*' && scope.resourceType !== wanted.resourceType && wanted.resourceType !== '*') continue;
      const permissions = [...wanted.permissions].filter((p) => scope.permissions.has(p));
      if (permissions.length === 0) continue;
      const narrowed = parseScope(`system/${wanted.resourceType === '*' ? scope.resourceType : wanted.resourceType}.${ORDER.filter((p) => permissions.includes(p)).join('')}`);
      if (narrowed) granted.set(narrowed.text, narrowed);
    }
  }
  return [...granted.values()];
}

/** Whether the granted scopes allow `permission` on `resourceType`. */
export function permits(scopes: readonly SmartScope[], resourceType: string, permission: Permission): boolean {
  return scopes.some((scope) => (scope.resourceType === '*' || scope.resourceType === resourceType) && scope.permissions.has(permission));
}

export function scopeText(scopes: readonly SmartScope[]): string {
  return scopes.map((scope) => scope.text).join(' ');
}
