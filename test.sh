#!/usr/bin/env bash
# The test command (CI runs it through .ci/run on a fresh machine):
#   1. installs what is missing (chromium, postgresql, fonts for screenshots, wrk for tests/OcopMarket.Benchmarks/load.sh);
#   2. starts a throw-away PostgreSQL 15 on 127.0.0.1:$OCOP_TEST_PG_PORT (default 55432) and stops it on exit;
#   3. builds the solution once (Release) and runs the three test suites;
#   4. prints "N passed, N failed" (summed over the suites) as the last line; exits non-zero if anything failed.
# Artifacts: artifacts/test-results/*.trx, artifacts/screenshots/*.png (gitignored).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
ART="$ROOT/artifacts"
RESULTS="$ART/test-results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# --- 1. system packages -------------------------------------------------------------------------
PGBIN=/usr/lib/postgresql/15/bin
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x "$PGBIN/initdb" ] || missing+=(postgresql)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
if [ ${#missing[@]} -gt 0 ]; then
    echo "==> installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update
    $SUDO apt-get install -y "${missing[@]}"
fi

# --- 2. throw-away PostgreSQL -------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PGPORT="${OCOP_TEST_PG_PORT:-55432}"
while port_in_use "$PGPORT"; do PGPORT=$((PGPORT + 1)); done
PGTMP="$(mktemp -d /tmp/ocop-test-pg.XXXXXX)"
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PGTMP"; fi

cleanup() {
    local rc=$?
    if [ -f "$PGTMP/data/postmaster.pid" ]; then
        as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PGTMP"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "==> PostgreSQL 15 on 127.0.0.1:$PGPORT ($PGTMP)"
as_pg "$PGBIN/initdb" -D "$PGTMP/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$PGTMP/initdb.log" 2>&1 \
    || { cat "$PGTMP/initdb.log"; exit 1; }
as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 60 \
    -o "-p $PGPORT -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$PGTMP/server.log"; exit 1; }
export OCOP_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"

# --- 3. build once, then test -------------------------------------------------------------------
rm -rf "$RESULTS" "$ART/screenshots"
mkdir -p "$RESULTS" "$ART/screenshots"

echo "==> dotnet build OcopMarket.sln -c Release"
if ! dotnet build OcopMarket.sln -c Release -nologo; then
    echo "!! build failed"
    echo "0 passed, 1 failed"
    exit 1
fi

suites=(OcopMarket.Core.Tests OcopMarket.Plugin.Search.Lucene.Tests OcopMarket.Web.Tests OcopMarket.E2E.Tests)
status=0
for suite in "${suites[@]}"; do
    echo "==> dotnet test tests/$suite"
    start=$SECONDS
    if ! dotnet test "tests/$suite" --no-build -c Release --nologo \
            --results-directory "$RESULTS" \
            --logger "trx;LogFileName=$suite.trx" \
            --logger "console;verbosity=normal"; then
        status=1
    fi
    echo "    $suite: $((SECONDS - start)) s"
done

# --- 4. summary (from the trx counters) ----------------------------------------------------------
passed=0
failed=0
for suite in "${suites[@]}"; do
    trx="$RESULTS/$suite.trx"
    if [ ! -f "$trx" ]; then
        echo "!! $suite produced no results ($trx missing): counted as 1 failure"
        failed=$((failed + 1))
        status=1
        continue
    fi
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    e="$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")"
    t="$(sed -n 's/.* timeout="\([0-9]*\)".*/\1/p' <<<"$counters")"
    a="$(sed -n 's/.* aborted="\([0-9]*\)".*/\1/p' <<<"$counters")"
    f=$(( ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0} ))
    echo "    $suite: ${p:-0} passed, $f failed"
    passed=$((passed + ${p:-0}))
    failed=$((failed + f))
done
if [ "$failed" -gt 0 ]; then status=1; fi
echo "$passed passed, $failed failed"
exit $status
