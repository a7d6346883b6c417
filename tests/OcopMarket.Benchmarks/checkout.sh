#!/usr/bin/env bash
# Checkout throughput over HTTP (not part of ./test.sh: it measures the machine).
#   tests/OcopMarket.Benchmarks/checkout.sh                       # 1, 8, 16 and 32 concurrent buyers, 20 s each
#   BUYERS="16" SECONDS_EACH=30 PORT=5191 tests/OcopMarket.Benchmarks/checkout.sh
# Steps: publish the site (Release); start it (Production, SQLite temp file) so it migrates and seeds; stop it; give
# the two benchmark products (two producers) a large stock; start again; run `OcopMarket.Benchmarks checkout` per
# concurrency level: guests who add both products, check out with cash on delivery and open their order page.
# Writes artifacts/benchmarks/checkout-YYYYMMDD.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PORT="${PORT:-5181}"
BUYERS="${BUYERS:-1 8 16 32}"
SECONDS_EACH="${SECONDS_EACH:-20}"
BASE="http://127.0.0.1:$PORT"
OUT_DIR="$ROOT/artifacts/benchmarks"
OUT="$OUT_DIR/checkout-$(date +%Y%m%d).txt"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then echo "port $PORT is busy; set PORT=..." >&2; exit 1; fi

source "$ROOT/tests/OcopMarket.Benchmarks/site-lib.sh"

echo "==> first start: migrate and seed ($DB)"
start_site first-start
stop_site
dotnet "$GENERATOR" restock --db "$DB"
echo "==> second start"
start_site second-start

mkdir -p "$OUT_DIR"
{
    echo "OcopMarket checkout benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (+ uncommitted changes)')"
    echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
    echo "site: $SITE_KIND, Production, SQLite; load generator on the same machine; ${SECONDS_EACH} s per level after a 5 s warm-up"
    echo "one checkout = GET 2 product pages + 2 add-to-cart posts + GET checkout + POST place order + GET order page"
    echo
} | tee "$OUT"
dotnet "$GENERATOR" checkout --url "$BASE" --buyers 4 --seconds 5 >/dev/null || true # warm-up
for n in $BUYERS; do
    dotnet "$GENERATOR" checkout --url "$BASE" --buyers "$n" --seconds "$SECONDS_EACH" | tail -n 1 | tee -a "$OUT"
done
echo "==> written $OUT"
