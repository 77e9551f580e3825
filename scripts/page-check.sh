#!/usr/bin/env bash
# page-check.sh: load the alert-service page (/) of a running `./mediamon demo` in headless Chromium and check
# that it shows what the demo produced:
#   (a) the page's script ran (body data-ready="true") and the live feed (SSE) connected;
#   (b) the alert feed lists the demo's TikTok spike alert;
#   (c) the watchlist panel lists the watched entities (TikTok, China, United States, ByteDance).
# Then saves a screenshot. Installs Debian's chromium when it is missing (as root), and always stops the demo.
# The same check runs in `mvn verify` as launcher's PageIT; this script is the by-hand version on a full demo.
#
# Environment (all optional):
#   OUT               where the screenshot goes (default target/page.png)
#   DEMO_TIMEOUT      seconds to wait for the demo's "serving:" line (default 600; includes a first build)
#   ALERT_TIMEOUT     seconds to wait, after that, for the TikTok alert at /alerts/recent (default 300)
#   WINDOW            browser window size (default 1400,1300)
#   KEEP_TMP=1        keep the temporary directory with the logs, the DOM and the browser profile
#   MEDIAMON_INGEST_PORT / MEDIAMON_ANALYSIS_PORT / MEDIAMON_ALERT_PORT   service ports (8081/8082/8083)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

alert_port="${MEDIAMON_ALERT_PORT:-8083}"
demo_timeout="${DEMO_TIMEOUT:-600}"
alert_timeout="${ALERT_TIMEOUT:-300}"
out="${OUT:-target/page.png}"
window="${WINDOW:-1400,1300}"

say() { printf 'page-check: %s\n' "$*"; }
fail() { printf 'page-check: FAIL: %s\n' "$*" >&2; exit 1; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

tmp="$(mktemp -d -t mediamon-pagecheck.XXXXXX)"
demo_pid=""

cleanup() {
  local rc=$?
  if [ -n "$demo_pid" ] && kill "$demo_pid" 2>/dev/null; then
    for _ in $(seq 1 50); do kill -0 "$demo_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$demo_pid" 2>/dev/null || true
    wait "$demo_pid" 2>/dev/null || true
  fi
  if [ "$rc" -ne 0 ] && [ -s "$tmp/demo.log" ]; then
    printf '\n--- last lines of demo.log ---\n' >&2
    tail -n 25 "$tmp/demo.log" >&2
  fi
  if [ "${KEEP_TMP:-0}" = 1 ]; then say "kept $tmp"; else rm -rf "$tmp"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. Chromium ----------------------------------------------------------------------------------------------
chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium" ]; then
  [ "$(id -u)" = 0 ] || fail "chromium is not on PATH; install it (apt-get install chromium) or run as root"
  say "installing Debian's chromium package"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core \
    >"$tmp/apt.log" 2>&1 || { tail -n 20 "$tmp/apt.log" >&2; fail "apt-get install chromium failed"; }
  chromium="$(command -v chromium)"
fi
say "using $("$chromium" --version 2>/dev/null | head -n 1)"

browse() { # browse PROFILE ARGS...: headless Chromium on a fresh, empty profile
  local profile="$tmp/$1"; shift
  mkdir -p "$profile"
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage \
    --user-data-dir="$profile" --virtual-time-budget=10000 "$@" 2>>"$tmp/chromium.log"
}

# 2. The demo ----------------------------------------------------------------------------------------------
for p in "${MEDIAMON_INGEST_PORT:-8081}" "${MEDIAMON_ANALYSIS_PORT:-8082}" "$alert_port"; do
  port_busy "$p" && fail "port $p is already in use (stop whatever listens there, or set MEDIAMON_*_PORT)"
done
say "building if needed"
./mediamon --help >/dev/null
start_hour="$(date -u +%Y-%m-%dT%H:00:00+00:00)"
say "starting ./mediamon demo (log: $tmp/demo.log)"
./mediamon demo >"$tmp/demo.log" 2>&1 &
demo_pid=$!
deadline=$((SECONDS + demo_timeout))
until grep -q '^serving:' "$tmp/demo.log"; do
  kill -0 "$demo_pid" 2>/dev/null || fail "the demo exited before it started serving"
  [ "$SECONDS" -lt "$deadline" ] || fail "the demo did not print its 'serving:' line within ${demo_timeout}s"
  sleep 1
done
say "demo is serving after ${SECONDS}s"
url="http://127.0.0.1:$alert_port/"
# On a busy machine the demo may start serving before its alert is out: wait for it at the API first, so a
# failure below is the page's, not the pipeline's.
deadline=$((SECONDS + alert_timeout))
burst_alert_out() { # a TikTok spike whose window starts in or after the hour the demo started (its burst)
  curl -fsS "${url}alerts/recent" 2>/dev/null | python3 -c '
import json, sys
from datetime import datetime
start = datetime.fromisoformat(sys.argv[1])
alerts = [e.get("data", {}) for e in json.load(sys.stdin).get("alerts", [])]
sys.exit(0 if any(a.get("entityId") == "Q48938223" and a.get("type") == "spike" and a.get("windowStart")
    and datetime.fromisoformat(a["windowStart"].replace("Z", "+00:00")) >= start for a in alerts) else 1)
' "$start_hour"
}
until burst_alert_out; do
  [ "$SECONDS" -lt "$deadline" ] || fail "no TikTok alert at ${url}alerts/recent within ${alert_timeout}s"
  sleep 2
done
say "the TikTok spike of the demo's burst is at /alerts/recent"

# 3. The DOM -----------------------------------------------------------------------------------------------
browse dom --dump-dom "$url" >"$tmp/dom.html" || fail "chromium --dump-dom failed (see $tmp/chromium.log)"
check() { # check DESCRIPTION EXTENDED-REGEX
  grep -Eq "$2" "$tmp/dom.html" || fail "$1: no match for /$2/ in the page's DOM (KEEP_TMP=1 keeps it)"
  say "OK: $1"
}
check "the page's script ran" 'data-ready="true"'
check "the live feed connected" 'Live feed: connected'
check "the TikTok spike alert is in the feed" \
  '<li class="alert sev-[a-z]+" data-entity="Q48938223"[^>]*>.*<strong class="entity">TikTok</strong><span class="type">spike</span>'
for entity in TikTok China 'United States' ByteDance; do
  check "$entity is on the watchlist panel" "<li class=\"watch\" data-entity=\"[^\"]+\"><span class=\"name\">$entity</span>"
done

# 4. The screenshot ----------------------------------------------------------------------------------------
mkdir -p "$(dirname "$out")"
rm -f "$out"
browse shot --window-size="$window" --hide-scrollbars --screenshot="$(realpath -m "$out")" "$url" >/dev/null \
  || fail "chromium --screenshot failed"
[ -s "$out" ] || fail "no screenshot written to $out"
say "screenshot: $out ($(wc -c <"$out") bytes)"
say "PASS"
