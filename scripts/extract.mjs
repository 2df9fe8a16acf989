#!/usr/bin/env node
// npm run -s extract -- FILE... [--url URL]   (contract: DESIGN.md §6)
import { loadTs } from './lib/load-ts.mjs';

const { runExtractCli } = await loadTs('scripts/extract-cli.ts');
process.exitCode = await runExtractCli(process.argv.slice(2));
