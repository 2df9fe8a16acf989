// Loads a TypeScript module from Node scripts (the extract CLI, benches) by bundling it with
// esbuild into node_modules/.cache. The bundle is rebuilt whenever a source file is newer.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// One cache per checkout: worktrees may share node_modules.
const cacheDir = join(root, 'node_modules/.cache/jeongdok', createHash('sha1').update(root).digest('hex').slice(0, 8));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (/\.(ts|tsx|mjs|js)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Imports `entry` (relative to the project root), bundling its TypeScript on first use. */
export async function loadTs(entry) {
  const source = join(root, entry);
  const out = join(cacheDir, basename(entry).replace(/\.tsx?$/, '.mjs'));
  const sources = Math.max(...['utils', 'scripts', 'tests/browser', dirname(entry)].map((dir) => newestMtime(join(root, dir))));
  if (!existsSync(out) || statSync(out).mtimeMs < sources) {
    mkdirSync(cacheDir, { recursive: true });
    await build({
      entryPoints: [source],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
    });
  }
  return import(pathToFileURL(out).href);
}
