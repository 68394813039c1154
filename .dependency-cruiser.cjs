/**
 * The layers of PeerDesk, checked on every `npm test` (docs/architecture.md explains them).
 * Main process, top to bottom:
 *   electron/, cli/  →  backend.ts  →  channels/  →  session/  →  domains/, documents/  →  store/  →  files/, errors.ts, clock.ts
 * and src/shared/ beneath everything. A layer imports only from layers below it.
 */
const main = '^src/main/';
const layer = (name) => `^src/main/${name}`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'A cycle makes two modules one; split out what both need.', from: {}, to: { circular: true } },
    {
      name: 'renderer-not-main',
      severity: 'error',
      comment: 'The window reaches main only through the preload bridge and the contract in src/shared.',
      from: { path: '^src/renderer/' },
      to: { path: ['^src/main/', '^src/preload/'] },
    },
    { name: 'main-not-renderer', severity: 'error', from: { path: ['^src/main/', '^src/preload/'] }, to: { path: '^src/renderer/' } },
    { name: 'preload-only-contract', severity: 'error', comment: 'The preload exposes the contract, nothing of main.', from: { path: '^src/preload/' }, to: { path: '^src/main/' } },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'src/shared runs in the window too: no main, no Node built-ins, no Electron.',
      from: { path: '^src/shared/' },
      to: { path: ['^src/main/', '^src/renderer/', '^src/preload/'], dependencyTypesNot: ['type-only'] },
    },
    { name: 'shared-no-node', severity: 'error', from: { path: '^src/shared/' }, to: { dependencyTypes: ['core'] } },
    {
      name: 'electron-only-in-shell',
      severity: 'error',
      comment: 'Only the thin shell (src/main/electron, src/preload) may import Electron: everything else runs in Node and is tested there.',
      from: { path: '^src/', pathNot: ['^src/main/electron/', '^src/preload/'] },
      to: { path: '^node_modules/electron/' },
    },
    {
      name: 'domains-below-session',
      severity: 'error',
      comment: 'A domain is store + rules + commands/queries: it never reaches up to the session, the channels or the shells.',
      from: { path: layer('domains/') },
      to: { path: [layer('session/'), layer('channels/'), layer('backend'), layer('cli/'), layer('electron/')] },
    },
    {
      name: 'rules-are-pure',
      severity: 'error',
      comment: 'A rule is a pure function of typed data and a date: no store, no files, no clock.',
      from: { path: layer('domains/[^/]+/rules\\.ts$') },
      to: { path: [layer('store/'), layer('files/'), layer('clock'), layer('documents/')], dependencyTypesNot: ['type-only'] },
    },
    { name: 'rules-no-io', severity: 'error', from: { path: layer('domains/[^/]+/rules\\.ts$') }, to: { dependencyTypes: ['core'] } },
    {
      name: 'documents-take-typed-data',
      severity: 'error',
      comment: 'A document is made from typed data handed to it: it never reads a domain store or the database.',
      from: { path: layer('documents/') },
      to: { path: [layer('domains/[^/]+/store\\.ts$'), layer('store/'), layer('session/'), layer('channels/')], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'store-is-the-bottom',
      severity: 'error',
      comment: 'The store knows nothing of domains, documents, the session or the channels.',
      from: { path: layer('store/') },
      to: { path: [layer('domains/'), layer('documents/'), layer('session/'), layer('channels/'), layer('backend')] },
    },
    {
      name: 'foundations-stand-alone',
      severity: 'error',
      comment: 'files/, errors.ts and clock.ts are used by every layer and use none.',
      from: { path: [layer('files/'), layer('errors\\.ts$'), layer('clock\\.ts$')] },
      to: { path: main, pathNot: [layer('files/'), layer('errors\\.ts$'), layer('clock\\.ts$')] },
    },
    {
      name: 'session-below-channels',
      severity: 'error',
      from: { path: layer('session/') },
      to: { path: [layer('channels/'), layer('backend'), layer('cli/'), layer('electron/')] },
    },
    {
      name: 'channels-below-shells',
      severity: 'error',
      from: { path: layer('channels/') },
      to: { path: [layer('backend'), layer('cli/'), layer('electron/')] },
    },
    // Type-only imports may resolve to @types packages only (pdfmake/interfaces); TypeScript checks those.
    { name: 'not-to-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true, pathNot: '^pdfmake/interfaces$' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 offers no JavaScript API to parse with; dependency-cruiser reads TypeScript with swc instead
    // (@swc/core), type-only imports included.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'], exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], mainFields: ['module', 'main', 'types'] },
  },
};
