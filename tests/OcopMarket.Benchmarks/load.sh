#!/usr/bin/env bash
# HTTP load test of the storefront (not part of ./test.sh: it takes a few minutes and measures the machine).
#   tests/OcopMarket.Benchmarks/load.sh            # 10,000 extra products, wrk -t2 -c32 -d15s per URL
#   COUNT=50000 DURATION=30s PORT=5190 tests/OcopMarket.Benchmarks/load.sh
# Steps: publish the site (Release) and build the generator; start the site (Production, 127.0.0.1:$PORT)
# on a temp SQLite file so it migrates and seeds; stop it; add $COUNT generated products; start it again;
# warm up; run wrk on a bare endpoint, /, a category page and a product page. Prints requests/s, p50, p99
# and each page against the bare endpoint; writes artifacts/benchmarks/load-YYYYMMDD.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PORT="${PORT:-5180}"
COUNT="${COUNT:-10000}"
DURATION="${DURATION:-15s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
BASE="http://127.0.0.1:$PORT"
OUT_DIR="$ROOT/artifacts/benchmarks"
OUT="$OUT_DIR/load-$(date +%Y%m%d).txt"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v wrk >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y wrk
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "port $PORT is busy; set PORT=..." >&2
    exit 1
fi

source "$ROOT/tests/OcopMarket.Benchmarks/site-lib.sh"

echo "==> first start: migrate and seed ($DB)"
start_site first-start
stop_site

echo "==> generating $COUNT products"
GENERATED="$(dotnet "$GENERATOR" generate --db "$DB" --count "$COUNT" | tail -n 1)"
echo "    $GENERATED"

echo "==> second start"
start_site second-start

# The bare endpoint: the cheapest thing the site answers (no page, no database).
BARE=""
for candidate in /health /robots.txt /_content/OcopMarket.Theme.Default/lib/leaflet/images/marker-icon.png; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$candidate")" = 200 ]; then BARE="$candidate"; break; fi
done
[ -n "$BARE" ] || { echo "no bare endpoint answers 200" >&2; exit 1; }

URLS=("$BARE" "/" "/danh-muc/thuc-pham" "/san-pham/mat-ong-binh-son")
for url in "${URLS[@]}"; do
    code="$(curl -s -o /dev/null -w '%{http_code}' "$BASE$url")"
    if [ "$code" != 200 ]; then echo "!! $url answers $code" >&2; fi
done

echo "==> warming up"
for url in "${URLS[@]}"; do
    for _ in $(seq 1 20); do curl -s -o /dev/null "$BASE$url"; done
    wrk -t1 -c4 -d2s "$BASE$url" >/dev/null
done

# Random product pages over the whole catalogue (from the sitemap): most requests miss the output
# cache, so this measures the database path, not the cache.
curl -s "$BASE/sitemap.xml" | grep -o '/san-pham/[^<]*' >"$WORK/products.txt"
{
    echo 'local paths = {}'
    while read -r p; do echo "paths[#paths + 1] = \"$p\""; done <"$WORK/products.txt"
    echo 'math.randomseed(os.time())'
    echo 'request = function() return wrk.format("GET", paths[math.random(#paths)]) end'
} >"$WORK/random-product.lua"
{
    echo 'math.randomseed(os.time() + 1)'
    echo 'local sorts = { "relevance", "newest", "price-asc", "price-desc", "stars" }'
    echo 'request = function() return wrk.format("GET", "/danh-muc?sort=" .. sorts[math.random(#sorts)] .. "&page=" .. math.random(1, 400)) end'
} >"$WORK/random-listing.lua"
URLS+=("random:$WORK/random-product.lua" "random:$WORK/random-listing.lua")

# wrk --latency output -> "rps p50_ms p99_ms non2xx"
measure() {
    if [[ "$1" == random:* ]]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip, br' -s "${1#random:}" "$BASE" >"$WORK/wrk.txt"
    else
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip, br' "$BASE$1" >"$WORK/wrk.txt"
    fi
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec:/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { bad = $5 }
        END { printf "%s %.3f %.3f %d\n", rps, p50, p99, bad + 0 }' "$WORK/wrk.txt"
}

mkdir -p "$OUT_DIR"
{
    echo "OcopMarket load test, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (+ uncommitted changes)')"
    echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
    echo "site: $SITE_KIND, Production, SQLite, demo + $COUNT generated products; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
    echo "generator: $GENERATED"
    echo "bare endpoint: $BARE"
    echo
    printf '%-44s %12s %10s %10s %8s %12s %10s\n' "url" "requests/s" "p50 ms" "p99 ms" "non-2xx" "rps/bare" "p50/bare"
} | tee "$OUT"

BARE_RPS="" BARE_P50=""
for url in "${URLS[@]}"; do
    read -r rps p50 p99 bad <<<"$(measure "$url")"
    if [ -z "$BARE_RPS" ]; then BARE_RPS=$rps; BARE_P50=$p50; fi
    ratio_rps="$(awk -v a="$rps" -v b="$BARE_RPS" 'BEGIN { printf (b > 0 ? "%.3f" : "-"), a / b }')"
    ratio_p50="$(awk -v a="$p50" -v b="$BARE_P50" 'BEGIN { printf (b > 0 ? "%.1fx" : "-"), a / b }')"
    label="$url"; [[ "$url" == random:* ]] && label="${url##*/} (random URLs)"
    printf '%-44s %12s %10s %10s %8s %12s %10s\n' "$label" "$rps" "$p50" "$p99" "$bad" "$ratio_rps" "$ratio_p50" | tee -a "$OUT"
done
echo | tee -a "$OUT"
echo "rps/bare: page throughput as a fraction of the bare endpoint's; p50/bare: how many times slower its median is." | tee -a "$OUT"
echo "==> written $OUT"
