import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { APP_HOST, CONTENT_SECURITY_POLICY } from './app-origin';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * Answers an app:// request from the packaged renderer folder. Paths that climb out of
 * the folder, other hosts and missing files get 404; every answer carries the CSP.
 */
export async function serveAppFile(requestUrl: string, rendererDir: string): Promise<Response> {
  const url = new URL(requestUrl);
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404, headers });
  const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  const file = normalize(join(rendererDir, relative));
  if (!file.startsWith(normalize(rendererDir) + sep)) return new Response('Not found', { status: 404, headers });
  try {
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: { ...headers, 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' },
    });
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
}
