import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/electron/app-origin';
import { serveAppFile } from '../../../src/main/electron/app-protocol';
import { tempDir } from '../../helpers/temp-dir';

function rendererFolder(): string {
  const root = tempDir();
  const dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>PeerDesk</title>');
  writeFileSync(join(dir, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside');
  return dir;
}

describe('the app:// protocol', () => {
  it("serves the renderer's files with the Content-Security-Policy header", async () => {
    const dir = rendererFolder();
    const page = await serveAppFile('app://peerdesk/index.html', dir);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('PeerDesk');
    expect((await serveAppFile('app://peerdesk/assets/index.js', dir)).headers.get('content-type')).toMatch(/javascript/);
  });

  it('the page carries the same CSP in its <meta> (frame-ancestors is header-only)', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace(/; frame-ancestors [^;]*/, ''));
  });

  it('has a CSP of default-src self without unsafe-eval', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
  });

  it('refuses paths that climb out of the renderer folder, other hosts and missing files', async () => {
    const dir = rendererFolder();
    for (const url of ['app://peerdesk/%2e%2e%2fsecret.txt', 'app://peerdesk/..%2Fsecret.txt', 'app://elsewhere/index.html', 'app://peerdesk/nope.js']) {
      const response = await serveAppFile(url, dir);
      expect(response.status, url).toBe(404);
    }
  });
});
