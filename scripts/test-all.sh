#!/usr/bin/env bash
# npm test: every test, on both databases. Unit and data-layer tests (Vitest) and browser tests
# (Playwright in Chromium) run once on SQLite and once on a throwaway PostgreSQL cluster that
# this script starts on loopback and stops. Prints "N passed, N failed" at the end.
set -uo pipefail
cd "$(dirname "$0")/.."

results=$(mktemp -d)
pg_dir=$(mktemp -d /tmp/midad-test-pg.XXXXXX)
pg_port=${TEST_PG_PORT:-55433}
cleanup() { bash scripts/pg-server.sh stop "$pg_dir" >/dev/null 2>&1; rm -rf "$pg_dir"; }
trap cleanup EXIT

pg_url=$(bash scripts/pg-server.sh start "$pg_dir" "$pg_port") || { echo "could not start PostgreSQL"; exit 1; }
status=0
timings=()
run() { # name, command…
  local name=$1 started=$SECONDS; shift
  echo "=== $name"
  "$@" || status=1
  timings+=("$name: $((SECONDS - started)) s")
}

run "unit + data layer (SQLite)" npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest-sqlite.json"
run "unit + data layer (PostgreSQL)" env TEST_DATABASE_URL="$pg_url" \
  npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest-postgres.json"
run "browser (SQLite)" env PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e-sqlite.json" \
  npx playwright test --reporter=list,json
# On PostgreSQL the desktop project only: the 360 px project checks layout, which does not depend
# on the database, and running it twice would add a quarter of an hour to every CI run.
run "browser (PostgreSQL)" env E2E_DATABASE_URL="$pg_url" PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e-postgres.json" \
  npx playwright test --project=desktop --reporter=list,json
# Fault suite (once; each test on the database it is about; after the browser runs, which leave
# a fresh build): full disk, PostgreSQL restart, SIGTERM, another process's lock. Needs root (tmpfs mount).
run "faults" env FAULT_PORT="${FAULT_PORT:-3290}" FAULT_PG_PORT="${FAULT_PG_PORT:-55437}" \
  npx vitest run --config vitest.faults.config.mts --reporter=default --reporter=json --outputFile="$results/vitest-faults.json"

# Once, on PostgreSQL: two instances with Redis (and nginx when installed) on one database.
run "several instances (PostgreSQL + Redis)" env E2E_DATABASE_URL="$pg_url" PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e-scale.json" \
  npx playwright test --config playwright.scale.config.ts --reporter=list,json

printf 'took: %s\n' "${timings[@]}"
node scripts/test-summary.mjs "$results" || status=1
exit $status
