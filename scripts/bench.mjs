#!/usr/bin/env node
// npm run bench (contract: DESIGN.md §6). The last line reads
// "bench: f1 <ours> vs <readability> | speed ratio <ours/readability median ms>".
import { loadTs } from './lib/load-ts.mjs';

const { runBench } = await loadTs('scripts/bench.ts');
await runBench(process.argv.slice(2));
