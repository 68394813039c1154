/**
 * `npm run cli`: runs the admin CLI from a bundle in out/cli, rebuilt with esbuild whenever
 * a source file is newer. Starting plain JavaScript instead of transpiling TypeScript on
 * every call keeps a `call` well under 1.5 s, most of which is the deliberate key derivation.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const bundle = join('out', 'cli', 'index.cjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newestSource('src'), statSync('package.json').mtimeMs);
if (stale) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: ['src/main/cli/main.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
}
await import(pathToFileURL(join(process.cwd(), bundle)).href);
