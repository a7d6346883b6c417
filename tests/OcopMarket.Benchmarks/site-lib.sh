# Shared by load.sh and checkout.sh (sourced): publishes the site (Release) and builds the benchmark tool into a temp
# folder, and starts/stops the site on 127.0.0.1:$PORT with a SQLite file ($DB). Needs ROOT, PORT, BASE set.
WORK="$(mktemp -d /tmp/ocop-load.XXXXXX)"
SITE_PID=""
stop_site() {
    if [ -n "$SITE_PID" ] && kill -0 "$SITE_PID" 2>/dev/null; then
        kill -TERM "$SITE_PID"
        wait "$SITE_PID" 2>/dev/null || true
    fi
    SITE_PID=""
}
cleanup() { stop_site; rm -rf "$WORK"; }
trap cleanup EXIT

echo "==> publishing the site and building the generator (Release)"
mkdir -p "$WORK/site"
if dotnet publish src/OcopMarket.Web -c Release -o "$WORK/publish" -nologo -v quiet >"$WORK/publish.log" 2>&1; then
    SITE_KIND="Release publish"
    SITE_DLL="$WORK/publish/OcopMarket.Web.dll"
    cp "$WORK/publish"/appsettings*.json "$WORK/site/"
else
    # Fall back to the build output (static web assets then come from the repository through its manifest).
    echo "    publish failed ($(grep -o 'error [A-Z0-9]*:.*' "$WORK/publish.log" | head -n 1 | cut -c1-160)); using the Release build output"
    SITE_KIND="Release build output (publish failed: $(grep -o 'error [A-Z0-9]*' "$WORK/publish.log" | head -n 1))"
    dotnet build src/OcopMarket.Web -c Release -nologo -v quiet >/dev/null
    SITE_DLL="$ROOT/src/OcopMarket.Web/bin/Release/net10.0/linux-x64/OcopMarket.Web.dll"
    cp "$ROOT"/src/OcopMarket.Web/appsettings*.json "$WORK/site/"
fi
dotnet build tests/OcopMarket.Benchmarks -c Release -nologo -v quiet >/dev/null
GENERATOR="$ROOT/tests/OcopMarket.Benchmarks/bin/Release/net10.0/linux-x64/OcopMarket.Benchmarks.dll"
DB="$WORK/ocopmarket.db"

start_site() { # $1: log name
    # Content root = $WORK/site (the site's appsettings.json; App_Data/media under it).
    (cd "$WORK/site" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" \
        Database__Provider=Sqlite Database__ConnectionString="Data Source=$DB" \
        dotnet "$SITE_DLL" >"$WORK/$1.log" 2>&1) &
    SITE_PID=$!
    local started=$SECONDS
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true)" = 200 ]; do
        if ! kill -0 "$SITE_PID" 2>/dev/null; then
            echo "the site exited; last lines of its log:" >&2
            tail -n 40 "$WORK/$1.log" >&2
            exit 1
        fi
        if [ $((SECONDS - started)) -gt 300 ]; then echo "the site did not answer within 300 s" >&2; exit 1; fi
        sleep 1
    done
    echo "    up in $((SECONDS - started)) s"
}

