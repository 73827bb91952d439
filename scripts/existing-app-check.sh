#!/usr/bin/env bash
# The plugin as a newsroom installs it: `npm pack`, then into a copy of fixtures/existing-app (a plain
# Strapi 5.54 JavaScript app on SQLite with a Claim type of its own): `npm ci`, `npm install <tarball>`,
# a JavaScript config/plugins.js, a consumer type-checked against the installed package with
# `skipLibCheck: false`, `strapi build`, `strapi start` on a free port, then publish and read over HTTP.
# SKIP_PLUGIN_BUILD=true packs the dist/ already built. KEEP_EXISTING_APP=true keeps the copy.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export STRAPI_TELEMETRY_DISABLED=true
started=$(date +%s)
say() { printf '[existing-app %ss] %s\n' "$(( $(date +%s) - started ))" "$1"; }

work="$(mktemp -d "${TMPDIR:-/tmp}/existing-app.XXXXXX")"
app="$work/app"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ "${KEEP_EXISTING_APP:-}" = "true" ]; then echo "kept: $app"; else rm -rf "$work"; fi
}
trap cleanup EXIT

if [ "${SKIP_PLUGIN_BUILD:-}" != "true" ]; then
  say "build the plugin"
  (cd "$root" && npm run build --silent)
fi
say "npm pack"
tarball="$work/$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"

say "copy the app, npm ci, install the tarball"
mkdir -p "$app"
(cd "$root/fixtures/existing-app" && tar --exclude=node_modules --exclude=.tmp --exclude=build --exclude=dist --exclude=.strapi -cf - .) | tar -xf - -C "$app"
# Install scripts run afterwards, one package at a time: better-sqlite3 is the same version as the
# repository's own, already compiled for this Node, so its build is copied instead of compiling
# SQLite a second time (minutes on a 2-core machine).
(cd "$app" && npm ci --no-audit --no-fund --loglevel=error --ignore-scripts \
  && npm install --no-audit --no-fund --loglevel=error --ignore-scripts --save-exact "$tarball")
sqlite_version() { node -p "require('$1/node_modules/better-sqlite3/package.json').version"; }
if [ -f "$root/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ] && [ "$(sqlite_version "$root")" = "$(sqlite_version "$app")" ]; then
  cp -R "$root/node_modules/better-sqlite3/build" "$app/node_modules/better-sqlite3/"
else
  (cd "$app" && npm rebuild --loglevel=error better-sqlite3)
fi
(cd "$app" && npm rebuild --loglevel=error esbuild @swc/core sharp core-js-pure)
cat > "$app/config/plugins.js" <<'JS'
module.exports = ({ env }) => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET', 'fixture-users-permissions-jwt-secret') } },
  'conflict-explainer': {
    enabled: true,
    config: {
      siteArticleUrl: env('SITE_ARTICLE_URL', 'https://example.org/explainers/{slug}'),
    },
  },
});
JS

say "type-check a consumer against the installed package (skipLibCheck: false)"
node "$root/scripts/existing-app-types.js" "$app/consumer" "$root/node_modules/.bin/tsc"

say "strapi build"
(cd "$app" && ./node_modules/.bin/strapi build > "$work/build.log" 2>&1) || { cat "$work/build.log"; exit 1; }

port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
say "strapi start on port $port"
(cd "$app" && PORT="$port" PUBLIC_URL="http://127.0.0.1:$port" NODE_ENV=production exec ./node_modules/.bin/strapi start > "$work/start.log" 2>&1) &
server_pid=$!
if ! node "$root/scripts/existing-app-http.js" "http://127.0.0.1:$port" "$server_pid"; then
  echo "--- strapi start log"; cat "$work/start.log"; exit 1
fi
say "passed"
