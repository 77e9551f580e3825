#!/usr/bin/env bash
# prometheus-check.sh: scrape a running `./mediamon demo` with a real Prometheus and check the result
# through the Prometheus HTTP API:
#   (a) up == 1 for ingest, analysis and alert;
#   (b) sum(mediamon_articles_ingested_total) == the number of articles the demo says it sent;
#   (c) every query of the Grafana dashboard (deploy/grafana/dashboards/mediamon.json) is valid PromQL
#       (series counts are printed; a query that finds no series is reported, not failed).
# No Docker needed. Installs Debian's prometheus package when `prometheus` is not on PATH (without starting
# its system service), runs the binary with deploy/prometheus/prometheus-local.yml and a temporary storage
# directory, and always stops the demo and Prometheus on exit.
#
# Environment (all optional):
#   PROMETHEUS_PORT   port for Prometheus (default: first free of 9090-9099)
#   DEMO_TIMEOUT      seconds to wait for the demo's "serving:" line (default 600; includes a first build)
#   CHECK_TIMEOUT     seconds to wait for each Prometheus query to hold (default 90)
#   KEEP_TMP=1        keep the temporary directory with the logs and the generated config
#   MEDIAMON_INGEST_PORT / MEDIAMON_ANALYSIS_PORT / MEDIAMON_ALERT_PORT   service ports (8081/8082/8083)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

ingest_port="${MEDIAMON_INGEST_PORT:-8081}"
analysis_port="${MEDIAMON_ANALYSIS_PORT:-8082}"
alert_port="${MEDIAMON_ALERT_PORT:-8083}"
demo_timeout="${DEMO_TIMEOUT:-600}"
check_timeout="${CHECK_TIMEOUT:-90}"

say() { printf 'prometheus-check: %s\n' "$*"; }
fail() { printf 'prometheus-check: FAIL: %s\n' "$*" >&2; exit 1; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

tmp="$(mktemp -d -t mediamon-promcheck.XXXXXX)"
demo_pid=""
prom_pid=""

stop() {
  local pid="$1"
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  stop "$prom_pid"
  stop "$demo_pid"
  if [ "$rc" -ne 0 ]; then
    for log in demo.log prometheus.log; do
      if [ -s "$tmp/$log" ]; then
        printf '\n--- last lines of %s ---\n' "$log" >&2
        tail -n 25 "$tmp/$log" >&2
      fi
    done
  fi
  if [ "${KEEP_TMP:-0}" = 1 ]; then
    say "kept $tmp"
  else
    rm -rf "$tmp"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. Prometheus binary -------------------------------------------------------------------------------------
if ! command -v prometheus >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || fail "prometheus is not on PATH; install it (apt-get install prometheus) or run as root"
  say "installing Debian's prometheus package"
  # The package's postinst would start its own service; policy-rc.d forbids that for the install.
  added_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    added_policy=1
  fi
  apt-get update -qq
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus \
      >"$tmp/apt.log" 2>&1; then
    if [ "$added_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
    tail -n 20 "$tmp/apt.log" >&2
    fail "apt-get install prometheus failed"
  fi
  if [ "$added_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
fi
say "using $(prometheus --version 2>&1 | head -n 1)"

# 2. Ports -------------------------------------------------------------------------------------------------
for p in "$ingest_port" "$analysis_port" "$alert_port"; do
  port_busy "$p" && fail "port $p is already in use (stop whatever listens there, or set MEDIAMON_*_PORT)"
done
prom_port="${PROMETHEUS_PORT:-}"
if [ -z "$prom_port" ]; then
  for p in $(seq 9090 9099); do
    if ! port_busy "$p"; then prom_port="$p"; break; fi
  done
  [ -n "$prom_port" ] || fail "no free port in 9090-9099 for Prometheus (set PROMETHEUS_PORT)"
elif port_busy "$prom_port"; then
  fail "PROMETHEUS_PORT=$prom_port is already in use"
fi

# 3. The demo ----------------------------------------------------------------------------------------------
say "building if needed"
./mediamon --help >/dev/null
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

# "sent 119 synthetic articles ...", "sent 5 seed articles ...", "sent a burst of 25 articles ..."
sent_lines="$(grep -E '^sent (a burst of )?[0-9]+ ' "$tmp/demo.log" || true)"
[ -n "$sent_lines" ] || fail "no 'sent N ...' lines in the demo output"
expected=0
while read -r n; do
  expected=$((expected + n))
done < <(printf '%s\n' "$sent_lines" | sed -E 's/^sent (a burst of )?([0-9]+) .*/\2/')
printf '%s\n' "$sent_lines" | sed 's/^/  demo: /'
say "articles sent by the demo: $expected"

# 4. Prometheus --------------------------------------------------------------------------------------------
sed -e "s/@INGEST_PORT@/$ingest_port/" -e "s/@ANALYSIS_PORT@/$analysis_port/" -e "s/@ALERT_PORT@/$alert_port/" \
  deploy/prometheus/prometheus-local.yml >"$tmp/prometheus.yml"
say "starting Prometheus on 127.0.0.1:$prom_port (log: $tmp/prometheus.log)"
prometheus --config.file="$tmp/prometheus.yml" --storage.tsdb.path="$tmp/data" \
  --web.listen-address="127.0.0.1:$prom_port" >"$tmp/prometheus.log" 2>&1 &
prom_pid=$!
api="http://127.0.0.1:$prom_port"

deadline=$((SECONDS + 60))
until curl -fsS "$api/-/ready" >/dev/null 2>&1; do
  kill -0 "$prom_pid" 2>/dev/null || fail "Prometheus exited at start-up"
  [ "$SECONDS" -lt "$deadline" ] || fail "Prometheus was not ready within 60s"
  sleep 0.5
done

# query EXPR -> one line per series: "<service or -> <value>"
query() {
  curl -fsS --get "$api/api/v1/query" --data-urlencode "query=$1" | python3 -c '
import json, sys
body = json.load(sys.stdin)
if body.get("status") != "success":
    sys.exit("query failed: " + json.dumps(body))
for series in body["data"]["result"]:
    print(series["metric"].get("service", "-"), series["value"][1])
'
}

# poll EXPR PREDICATE DESCRIPTION: query until PREDICATE (a shell function given the output) holds
poll() {
  local expr="$1" predicate="$2" what="$3" out=""
  local until=$((SECONDS + check_timeout))
  while :; do
    out="$(query "$expr" 2>&1 || true)"
    if "$predicate" "$out"; then
      printf '%s\n' "$out" | sed "s/^/  $expr => /"
      return 0
    fi
    if [ "$SECONDS" -ge "$until" ]; then
      printf '%s\n' "${out:-(no series)}" | sed "s/^/  $expr => /" >&2
      fail "$what did not hold within ${check_timeout}s"
    fi
    sleep 1
  done
}

all_up() {
  local s
  for s in ingest analysis alert; do
    grep -qx "$s 1" <<<"$1" || return 1
  done
}
poll 'up{job="mediamon"}' all_up "up == 1 for ingest, analysis and alert"
say "OK: up is 1 for ingest, analysis and alert"

ingested_matches() { [ "$(awk '{print $2}' <<<"$1")" = "$expected" ]; }
poll 'sum(mediamon_articles_ingested_total)' ingested_matches \
  "sum(mediamon_articles_ingested_total) == $expected"
say "OK: sum(mediamon_articles_ingested_total) = $expected = articles sent by the demo"

dashboard=deploy/grafana/dashboards/mediamon.json
say "running the queries of $dashboard"
python3 - "$api" "$dashboard" <<'PY' || fail "a dashboard query was rejected by Prometheus"
import json, sys, urllib.parse, urllib.request
api, path = sys.argv[1], sys.argv[2]
variables = {"$__rate_interval": "1m", "$window": "5m", "$entity": ".*"}
bad = 0
for panel in json.load(open(path))["panels"]:
    for target in panel.get("targets", []):
        expr = target["expr"]
        for name, value in variables.items():
            expr = expr.replace(name, value)
        url = api + "/api/v1/query?" + urllib.parse.urlencode({"query": expr})
        try:
            body = json.load(urllib.request.urlopen(url, timeout=10))
            note = "%d series" % len(body["data"]["result"])
        except Exception as e:  # HTTP 400 for bad PromQL
            bad += 1
            note = "ERROR " + getattr(e, "read", lambda: str(e).encode())().decode()
        print("  [%s] %s => %s" % (panel["title"], " ".join(expr.split()), note))
sys.exit(1 if bad else 0)
PY
say "OK: all dashboard queries are valid"
say "PASS"
