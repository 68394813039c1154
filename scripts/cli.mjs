/**
 * The admin CLI's launcher (`node scripts/cli.mjs`, also `npm run cli`): runs the CLI from a
 * bundle in out/cli, rebuilt with esbuild whenever one of its sources is newer. A `call` is
 * then mostly the deliberate key derivation; what this file and the bundle add is kept small:
 * - the freshness check stats only the files the last build read (listed beside the bundle),
 *   not every file under src;
 * - zod is bundled, so esbuild's tree shaking drops the locales other than English and the CLI reads one
 *   file instead of resolving hundreds (the sources import `* as z` for that: a named
 *   `{ z }` import keeps every locale in an esbuild bundle);
 * - the bundle is loaded with require: importing CommonJS from ESM would first scan the whole
 *   bundle for its export names.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths are the project's, so the launcher works from any folder (a relative --data-dir
// still means the folder it is run from).
const thisScript = fileURLToPath(import.meta.url);
const root = dirname(dirname(thisScript));
const bundle = join(root, 'out', 'cli', 'index.cjs');
const inputsList = join(root, 'out', 'cli', 'inputs.json');

/** Inputs from node_modules change only with package.json or the lock file, which are checked instead. */
function isStale() {
  if (!existsSync(bundle) || !existsSync(inputsList)) return true;
  const built = statSync(bundle).mtimeMs;
  const inputs = [...JSON.parse(readFileSync(inputsList, 'utf8')), 'package.json', 'package-lock.json', 'scripts/cli.mjs'].map((path) => join(root, path));
  // A source deleted since the build makes the bundle stale too (statSync throws).
  return inputs.some((path) => !existsSync(path) || statSync(path).mtimeMs > built);
}

if (isStale()) {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/main/cli/main.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    // Native code cannot be bundled; xlsx is large and only the commands that read or write
    // a spreadsheet import it (dynamically), so it is required only by them.
    external: ['better-sqlite3-multiple-ciphers', '@e965/xlsx'],
    metafile: true,
    logLevel: 'error',
  });
  const sources = Object.keys(result.metafile.inputs).filter((path) => !path.includes('node_modules/'));
  writeFileSync(inputsList, JSON.stringify(sources));
}
createRequire(import.meta.url)(bundle);
