import { resolve } from 'node:path';

/**
 * Where the data lives: `--data-dir DIR` (or `--data-dir=DIR`) on the command line, else
 * PEERDESK_DATA_DIR, else the platform default (Electron's userData for the app).
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, platformDefault: string): string;
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, platformDefault: null): string | null;
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, platformDefault: string | null): string | null {
  const fromArgs = dataDirArgument(argv);
  if (fromArgs) return resolve(fromArgs);
  if (env.PEERDESK_DATA_DIR) return resolve(env.PEERDESK_DATA_DIR);
  return platformDefault;
}

function dataDirArgument(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data-dir') return argv[i + 1] ?? null;
    if (arg?.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return null;
}
