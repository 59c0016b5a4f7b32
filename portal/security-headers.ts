/**
 * The portal's response headers, the same wherever it is served (the local stack's HTTP adapter,
 * CloudFront's response headers policy in infra/cdk/portal-stack.ts).
 *
 * The Content-Security-Policy allows only the portal's own script and style files and requests to
 * its own origin: no inline script or style, no eval, no other origin, no framing, no plugins.
 * The wallet is a browser extension that injects its provider into the page; it needs nothing here.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // EIP-6963 wallets announce their icon as a data: URI.
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const PORTAL_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
