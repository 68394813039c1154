/**
 * The renderer is served from a privileged custom scheme, not file:// (whose origin every
 * file on disk shares). Only this origin — and the dev server while developing — is "ours".
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'peerdesk';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Content Security Policy of every page: nothing but the app's own files, no eval. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine writes its theme variables into a <style> element at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** True for a URL the app itself serves; `devServerUrl` only during development. */
export function isAppUrl(url: string, devServerUrl: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return (parsed.protocol === 'http:' || parsed.protocol === 'ws:') && parsed.host === dev.host;
  }
  return false;
}

/** Whether a request from any web contents may proceed: the app's own files only (air gap). */
export function isAllowedRequest(url: string, devServerUrl: string | null): boolean {
  if (isAppUrl(url, devServerUrl)) return true;
  // DevTools loads its own front end; it exists only in development builds.
  return devServerUrl !== null && url.startsWith('devtools://');
}
