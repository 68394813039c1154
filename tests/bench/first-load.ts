import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The scripts index.html loads at once: its module entry and the chunks Vite preloads with it.
const HTML_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const HTML_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;
// A static import in an emitted chunk: `import{a as b}from"./x.js"` or `import "./x.js"`.
// A dynamic `import("./x.js")` has a parenthesis before the quote, so it is not matched: what it
// loads waits until a screen asks for it.
const STATIC_IMPORT = /\bimport\s*(?:[^'"()]*?\bfrom\s*)?(["'])(\.{1,2}\/[^"']+\.js)\1/g;

function matches(text: string, pattern: RegExp, group: number): string[] {
  return [...text.matchAll(pattern)].map((m) => m[group] ?? '');
}

/**
 * The JavaScript a window downloads and parses before the Unlock screen can render, in KB
 * gzipped: every script index.html loads eagerly and everything those import statically.
 * The Unlock screen is part of that closure, so nothing loaded on demand is needed for it.
 */
export async function firstLoadGzipKb(rendererDir: string): Promise<number> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const pending = [...matches(html, HTML_SCRIPT, 1), ...matches(html, HTML_PRELOAD, 1)].map((src) => join(rendererDir, src));
  const seen = new Set<string>();
  let bytes = 0;
  while (pending.length > 0) {
    const file = pending.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(file);
    bytes += gzipSync(code).length;
    pending.push(...matches(code.toString('utf8'), STATIC_IMPORT, 2).map((path) => join(dirname(file), path)));
  }
  return bytes / 1024;
}
