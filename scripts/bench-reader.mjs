#!/usr/bin/env node
// npm run bench:reader (needs a build: npm run build). Last line:
// "bench:reader: detector <KB> KB | detector/extract <ratio> | open/parse <ratio>".
import { loadTs } from './lib/load-ts.mjs';

const { runReaderBench } = await loadTs('scripts/bench-reader.ts');
await runReaderBench();
