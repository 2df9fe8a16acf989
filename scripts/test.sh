#!/usr/bin/env bash
# npm test: the type check, unit tests, both builds and store zips, and the browser tests in
# Debian's Chromium (the keyboard-shortcut test headed under Xvfb). Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
out=test-output
mkdir -p "$out"
rm -f "$out"/*.json
passed=0
failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" >"$out/$name.log" 2>&1; then
    passed=$((passed + 1)); echo "ok    $name"
  else
    failed=$((failed + 1)); echo "FAIL  $name (see $out/$name.log)"; tail -n 30 "$out/$name.log"
  fi
}
count() { # vitest JSON report → add its counts
  local report=$1
  if [ -f "$report" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTests-r.numPassedTests-r.numFailedTests))' "$PWD/$report")
    passed=$((passed + p)); failed=$((failed + f))
  else
    failed=$((failed + 1))
  fi
}

if ! bash scripts/setup-system.sh; then
  echo "0 passed, 1 failed"
  exit 1
fi

check typecheck npx tsc --noEmit
npx vitest run --reporter=default --reporter=json --outputFile.json="$out/unit.json" || true
count "$out/unit.json"
check build npm run -s build
check build-firefox npm run -s build:firefox
check zip npm run -s zip
check lint-firefox npx web-ext lint -s .output/firefox-mv2
if [ -f .output/chrome-mv3/manifest.json ]; then
  xvfb-run -a -s "-screen 0 1280x1024x24" \
    npx vitest run -c vitest.browser.config.ts --reporter=default --reporter=json --outputFile.json="$out/browser.json" || true
fi
count "$out/browser.json"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
