#!/usr/bin/env bash
# Page weight and load time on a phone (not part of ./test.sh: it measures the machine).
#   tests/OcopMarket.Benchmarks/pageweight.sh                               # the display points pages
#   PATHS="/,/diem-ban" RUNS=7 PORT=5193 tests/OcopMarket.Benchmarks/pageweight.sh
# Publishes the site (Release), starts it (Production, SQLite temp file, seeded demo) and loads each path in Debian's
# chromium as a phone on slow 4G with a 4× slower CPU (see PageWeight.cs). Writes artifacts/benchmarks/pageweight-YYYYMMDD.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PORT="${PORT:-5182}"
RUNS="${RUNS:-5}"
BASE="http://127.0.0.1:$PORT"
OUT_DIR="$ROOT/artifacts/benchmarks"
OUT="$OUT_DIR/pageweight-$(date +%Y%m%d).txt"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then echo "port $PORT is busy; set PORT=..." >&2; exit 1; fi

source "$ROOT/tests/OcopMarket.Benchmarks/site-lib.sh"
start_site site
POINT="$(curl -s "$BASE/api/diem-ban.geojson" | grep -o '"slug":"[^"]*"' | head -n 1 | cut -d'"' -f4 || true)"
PATHS="${PATHS:-/diem-ban,/diem-ban?lat=19.80&lng=105.77${POINT:+,/diem-ban/$POINT},/tuyen-du-lich}"

mkdir -p "$OUT_DIR"
{
    echo "OcopMarket page weight on a phone, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (+ uncommitted changes)')"
    echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
    echo "site: $SITE_KIND, Production, SQLite, no tile server (plain map background); chromium $(chromium --version 2>/dev/null | awk '{print $2}')"
    echo "phone: 390x844 @3x, touch, slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up), CPU 4x slower"
    echo
} | tee "$OUT"
dotnet "$GENERATOR" pageweight --url "$BASE" --paths "$PATHS" --runs "$RUNS" | tee -a "$OUT"
echo "==> written $OUT"
