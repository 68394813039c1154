import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The page's CSP forbids inline scripts, which Vite's dev server injects for hot reload.
 * Development builds (`npm start`) therefore drop the <meta>; production builds keep it, and
 * main sends the same policy as a header for every app:// file.
 */
function withoutCspInDevelopment(): Plugin {
  return {
    name: 'peerdesk-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve('src/main/electron/main.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': bundle the contract (and zod) into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), withoutCspInDevelopment()],
    build: {
      // electron-vite leaves the renderer unminified by default; the window parses every byte it loads.
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
