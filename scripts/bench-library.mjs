#!/usr/bin/env node
// npm run bench:library: the saved-articles library at 10,000 articles in real Chromium. The last
// line reads "bench:library: render ratio <10k/100> | search median <ms> ms | export+import <s> s".
import { loadTs } from './lib/load-ts.mjs';

const { runLibraryBench } = await loadTs('scripts/bench-library.ts');
await runLibraryBench();
