/**
 * The admin CLI's launcher (`node scripts/cli.mjs`, also `npm run cli`): runs the CLI from a
 * bundle in out/cli, rebuilt with esbuild whenever one of its sources is newer. A `call` is
 * then mostly the deliberate key derivation; what this file and the bundle add is kept small:
 * - the freshness check stats only the files the last build read (listed beside the bundle),
 *   not every file under src;
 * - zod is bundled, so esbuild's tree shaking drops every locale but English and the CLI
 *   reads one file instead of resolving hundreds (the sources import `* as z` for that: a
 *   named `{ z }` import keeps every locale in an esbuild bundle);
 * - the bundle is compiled with V8's code cache, kept beside it: the first run after a build
 *   writes it, later runs skip parsing and compiling most of the bundle. (Importing the
 *   bundle instead would also scan it for CommonJS export names first.)
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

// Paths are the project's, so the launcher works from any folder (a relative --data-dir
// still means the folder it is run from).
const thisScript = fileURLToPath(import.meta.url);
const root = dirname(dirname(thisScript));
const bundle = join(root, 'out', 'cli', 'index.cjs');
const inputsList = join(root, 'out', 'cli', 'inputs.json');
const codeCache = join(root, 'out', 'cli', 'index.cjs.v8cache');

/** Inputs from node_modules change only with package.json or the lock file, which are checked instead. */
function isStale() {
  if (!existsSync(bundle) || !existsSync(inputsList)) return true;
  const built = statSync(bundle).mtimeMs;
  const inputs = [...JSON.parse(readFileSync(inputsList, 'utf8')), 'package.json', 'package-lock.json', 'scripts/cli.mjs'].map((path) => join(root, path));
  // A source deleted since the build makes the bundle stale too.
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
  rmSync(codeCache, { force: true });
}
runBundle();

/** Runs the bundle as require would, compiled from the code cache when V8 accepts it. */
function runBundle() {
  const cachedData = existsSync(codeCache) ? readFileSync(codeCache) : undefined;
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
  // V8 rejects a cache made for other source or by another Node version; the bundle then compiles as usual.
  const script = new Script(source, { filename: bundle, cachedData });
  const cjsModule = { exports: {} };
  script.runInThisContext()(cjsModule.exports, createRequire(bundle), cjsModule, bundle, dirname(bundle));
  if (!cachedData || script.cachedDataRejected) {
    // Made at exit, the cache also holds the functions this run compiled. Renamed into place,
    // so a CLI starting meanwhile reads a whole cache or none.
    process.once('exit', () => {
      const partial = `${codeCache}.${process.pid}`;
      try {
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, codeCache);
      } catch {
        // A folder that cannot be written only means the next run compiles again.
        rmSync(partial, { force: true });
      }
    });
  }
}
