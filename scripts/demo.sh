#!/usr/bin/env bash
# npm run demo: system packages (installed when root), dependencies, build, then the demo itself.
set -eu
cd "$(dirname "$0")/.."
bash scripts/setup-system.sh
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run -s build >/dev/null 2>&1 || npm run -s build
node --input-type=module -e "import { loadTs } from './scripts/lib/load-ts.mjs'; const { runDemo } = await loadTs('scripts/demo.ts'); await runDemo();"
