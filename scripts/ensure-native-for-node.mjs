/**
 * Tests and the CLI run under Node; the app runs under Electron. The native SQLite module
 * must be compiled for whichever runs it: `npm start` rebuilds it for Electron
 * (electron-builder install-app-deps), and this script — run before tests, the CLI
 * benchmarks and `npm run cli` — rebuilds it for Node when it finds an Electron build.
 */
import { spawnSync } from 'node:child_process';

const probe = "new (require('better-sqlite3-multiple-ciphers'))(':memory:').close()";

function loadError() {
  const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  return run.status === 0 ? null : run.stderr;
}

const error = loadError();
if (error === null) process.exit(0);
if (!/NODE_MODULE_VERSION|different Node\.js version|invalid ELF|Could not locate the bindings|cannot open shared object/.test(error)) {
  console.error(error);
  process.exit(1);
}
console.error('The native SQLite module was built for another runtime; rebuilding it for Node (about 90 s)…');
const rebuild = spawnSync('npm', ['rebuild', 'better-sqlite3-multiple-ciphers'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(rebuild.status ?? 1);
