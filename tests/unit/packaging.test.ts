import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// electron-builder's own loader and schema, so the config is checked by the tool that reads it.
const require = createRequire(`${process.cwd()}/node_modules/app-builder-lib/package.json`);
const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> };
const { validateConfiguration } = require('./out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder.yml', () => {
  const config = yaml.load(readFileSync('electron-builder.yml', 'utf8'));

  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds PeerDesk for Windows (nsis, portable) and Linux (AppImage, deb), with no publishing or auto-update', () => {
    expect(config).toMatchObject({ appId: expect.any(String), productName: 'PeerDesk', publish: null, asar: true });
    expect(JSON.stringify(config.win)).toMatch(/nsis[\s\S]*portable/);
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
  });

  it('unpacks the native SQLite module from the archive and rebuilds it for Electron', () => {
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3-multiple-ciphers/**');
    expect(config.npmRebuild).toBe(true);
  });
});
