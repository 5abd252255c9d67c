#!/usr/bin/env bash
# `npm test`: install, make sure Chromium is there, then lint, typecheck and every test tier.
# Every step runs even if an earlier one failed, and the last line sums up the tests.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
# Tests use their own databases and Redis logical databases; only the server addresses come from here.
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"

say "Installing dependencies (pnpm ${PNPM_VERSION})"
pnpm install --frozen-lockfile

say "Checking PostgreSQL and Redis"
check_services

if [[ ! -x /usr/bin/chromium ]]; then
  say "Installing Debian's Chromium for the browser tests"
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

failed_steps=()
step() {
  local name=$1; shift
  say "$name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

step "Build" pnpm exec turbo run build --env-mode=loose --output-logs=errors-only
step "Lint" pnpm exec turbo run lint --env-mode=loose --output-logs=errors-only
step "Typecheck" pnpm exec turbo run typecheck --env-mode=loose --output-logs=errors-only

results="$(mktemp)"
say "Tests: domain, db, search, api, worker, portal units, browser journey"
NODE_OPTIONS=--experimental-vm-modules pnpm exec jest --ci --json --outputFile="$results" || failed_steps+=("Tests")

summary=$(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
' "$results" 2>/dev/null || echo "0 passed, 1 failed")

if [[ ${#failed_steps[@]} -gt 0 ]]; then
  echo "Failed steps: ${failed_steps[*]}"
fi
echo "tests: $summary"
[[ ${#failed_steps[@]} -eq 0 ]]
