#!/usr/bin/env bash
# make bench: the Go benchmarks of the hot domain code, then a load run with wrk against
# the real server on PostgreSQL with generated people, for four operations: the nested
# read (bench/nested.lua), the web app's full collaboration document (bench/collaboration.lua,
# the union of its sections' fragments), discoverPeople (bench/discover.lua) and the web
# app's dashboard, its one query as a generated person (bench/dashboard.lua). For the
# nested read, pgbench also runs the very
# statements the server issued for one request. Per operation it also records the
# server's CPU time per request (which, unlike latency, hardly moves with the other load
# on a shared machine), and once the live heap of the discovery indexes. Writes
# bench/results/latest.json and the table of docs/performance.md.
#
#   bench/run.sh             BENCH_PEOPLE=100000 BENCH_CLIENTS=16 BENCH_DURATION=20s
#   BENCH_REPLICA=1 bench/run.sh   also: a streaming replica of the cluster on the same
#                            host, and the collaboration read's throughput without it and
#                            with it (DATABASE_REPLICA_URLS), one after the other
#   BENCH_PG_DIR, BENCH_PG_PORT, BENCH_REPLICA_PORT   where the clusters live (default
#                            /tmp/kindred-bench-pg, 54399, and the next port)
#
# GOMEMLIMIT grows with the people (100 MiB at 100,000, 350 MiB at a million), since the
# discovery indexes do; set it to override.
#
# It starts a private PostgreSQL cluster (scripts/pg-cluster) and generates the people
# once (kindred seed --people N --seed 7; kept in /tmp/kindred-bench-pg between runs).
# It needs wrk, pgbench, psql, curl and jq (apt-get install wrk postgresql-client jq).
set -euo pipefail
cd "$(dirname "$0")/.."
people=${BENCH_PEOPLE:-100000}
clients=${BENCH_CLIENTS:-16}
duration=${BENCH_DURATION:-20s}
gomemlimit=${GOMEMLIMIT:-$((people <= 100000 ? 100 : 100 + (people - 100000) * 250 / 900000))MiB}
dir=${BENCH_PG_DIR:-/tmp/kindred-bench-pg}
port=${BENCH_PG_PORT:-54399}
replica_port=${BENCH_REPLICA_PORT:-$((port + 1))}
addr=127.0.0.1:18099
capture_addr=127.0.0.1:18098
for tool in wrk pgbench psql pg_isready curl jq; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install -y wrk postgresql-client curl jq)" >&2; exit 1; }
done
load=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== Go benchmarks of the domain" >&2
go test -run '^$' -bench 'Alignment|OutcomeStatus|Monthly' -benchmem ./domain/... >&2

started=
if pg_isready -q -h 127.0.0.1 -p "$port"; then
  url="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
else
  url=$(scripts/pg-cluster start "$dir" "$port")
  started=1
fi
db="postgres://postgres@127.0.0.1:$port/bench_$people?sslmode=disable"
export KINDRED_JWT_SECRET=bench-secret-bench-secret-bench-secret-0000 DATABASE_URL="$db"
go build -o bin/kindred ./server
go build -o bin/mint ./bench/mint
go build -o bin/bench-report ./bench/report
if ! psql "$url" -tAc "SELECT 1 FROM pg_database WHERE datname = 'bench_$people'" | grep -q 1; then
  psql "$url" -qc "CREATE DATABASE bench_$people"
  bin/kindred seed --people "$people" --seed 7 >&2
fi
echo "== the discovery indexes' live heap" >&2
index_live=$(KINDRED_BENCH_DATABASE_URL=$db go test -run '^$' -bench 'BuildIndexes' -benchtime 1x ./domain/... |
  tee /dev/stderr | sed -n 's/.* \([0-9.]*\) live-MB.*/\1/p')
work=$(mktemp -d /tmp/kindred-bench.XXXXXX)
bin/mint -n 5000 -seed 3 -people "$work/people.txt" -collaborations "$work/collaborations.txt" >"$work/tokens.txt"
export TOKENS=$work/tokens.txt PEOPLE=$work/people.txt COLLABORATIONS=$work/collaborations.txt

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  scripts/pg-cluster stop "$dir-replica"
  if [ -n "$started" ]; then scripts/pg-cluster stop "$dir"; fi
}
trap cleanup EXIT
# start ADDR DATABASE_URL: serve in the background and wait until it listens.
start() {
  KINDRED_RATE_LIMIT=0 KINDRED_IP_RATE_LIMIT=0 GOMEMLIMIT=$gomemlimit KINDRED_ADDR=$1 DATABASE_URL=$2 \
    bin/kindred serve >"$work/serve-$1.out" 2>"$work/serve-$1.log" &
  pids+=($!)
  for _ in $(seq 300); do grep -q 'running at' "$work/serve-$1.out" 2>/dev/null && return; sleep 0.2; done
  echo "bench: the server on $1 did not start; see $work/serve-$1.log" >&2
  exit 1
}
# cpu PID: the process's CPU time (user and system) in clock ticks.
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks=$(getconf CLK_TCK)
# metric ADDR NAME: one sample of the server's own metrics.
metric() { curl -fsS "http://$1/metrics" | awk -v n="$2" '$1 == n { printf "%d", $2 }'; }

start "$addr" "$db"
pid=${pids[0]}
index_build_ms=$(sed -n 's/.*discovery index built.*"duration_ms":\([0-9]*\).*/\1/p' "$work/serve-$addr.log" | head -1)
ops=()
for op in nested collaboration discover dashboard; do
  echo "== $op: wrk, $clients connections, $duration" >&2
  wrk -t2 -c"$clients" -d5s -s "bench/$op.lua" "http://$addr" >/dev/null # warm-up
  before=$(metric "$addr" kindred_sql_statements_total)
  cpu_before=$(cpu "$pid")
  result=$(wrk -t2 -c"$clients" -d"$duration" -s "bench/$op.lua" "http://$addr" | sed -n 's/^RESULT //p')
  cpu_after=$(cpu "$pid")
  after=$(metric "$addr" kindred_sql_statements_total)
  query=bench/queries/$op.graphql
  [ -f "$query" ] || query=bench/queries/$op.operation.graphql
  bound=$(bin/bench-report bound "$query")
  ops+=("$(jq -c --arg name "$op" --argjson sql $((after - before)) --argjson bound "$bound" \
    --argjson cpu_ms $(((cpu_after - cpu_before) * 1000 / ticks)) \
    '{name: $name} + . + {sql_per_request: (if .requests > 0 then ($sql / .requests * 100 | round / 100) else 0 end), sql_bound: $bound,
      cpu_ms_per_request: (if .requests > 0 then ($cpu_ms / .requests * 100 | round / 100) else 0 end)}' <<<"$result")")
  echo "${ops[-1]}" >&2
done
rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
kill "$pid"

# The nested read's statements, as PostgreSQL received them: a second instance whose
# connections log every statement (log_statement is sent as a startup parameter) serves
# one request, then pgbench runs those statements, prepared, with as many clients.
echo "== nested: the statements of one request, and pgbench" >&2
start "$capture_addr" "$db&log_statement=all"
nested() { # nested N: the nested read as the Nth generated person, of its own id
  curl -fsS "http://$capture_addr/query" -H 'Content-Type: application/json' -H "Authorization: Bearer $(sed -n "$1p" "$TOKENS")" \
    -d "{\"query\": $(jq -Rs . bench/queries/nested.graphql), \"variables\": {\"ids\": [$(sed -n "$1p" "$PEOPLE")]}}"
}
nested 2 >/dev/null # a warm instance, as under load: approved values are cached once read
rows_before=$(metric "$capture_addr" kindred_sql_rows_total)
sleep 0.5 # the log is written by another process; the scrape's statements stay before
offset=$(stat -c %s "$dir/server.log")
nested 1 >"$work/nested-response.json"
sleep 0.5
captured=$(bin/bench-report capture -log "$dir/server.log" -offset "$offset" -dsn "$db" -out "$work/nested.sql")
rows_after=$(metric "$capture_addr" kindred_sql_rows_total)
kill "${pids[1]}"
tps=$(pgbench -n -M prepared -c "$clients" -j 2 -T "${duration%s}" -f "$work/nested.sql" "$db" 2>"$work/pgbench.err" |
  sed -n 's/^tps = \([0-9.]*\) .*/\1/p' | tail -1)
[ -n "$tps" ] || { echo "bench: pgbench failed; see $work/pgbench.err" >&2; exit 1; }
pgbench=$(jq -c --argjson tps "$tps" --argjson server_rows $((rows_after - rows_before)) \
  '{tps: $tps, statements: .statements, rows: .rows, server_rows: $server_rows}' <<<"$captured")
echo "$pgbench" >&2

# The requests the web app's dashboard sends to /query when it loads: this script drives
# no browser, so the figure is the one frontend/e2e/dashboard.test.mjs asserts in Chromium
# (it fails on any other). Before issue 25 the dashboard sent seven.
dashboard_requests=1

# Reads with and without one replica, on the same host at the same time: the web app's
# collaboration document, which may read a replica (graph.ReplicaExtension).
replica_json=null
if [ "${BENCH_REPLICA:-}" = 1 ]; then
  echo "== collaboration: without and with one streaming replica" >&2
  rurl=$(scripts/pg-cluster replica "$dir-replica" "$replica_port" "$port")
  rdb="${rurl%/postgres*}/bench_$people?sslmode=disable"
  lsn=$(psql "$url" -tAc "SELECT pg_current_wal_lsn()")
  until [ "$(psql "$rurl" -tAc "SELECT pg_last_wal_replay_lsn() >= '$lsn'")" = t ]; do sleep 0.2; done
  runs=()
  # Alternated, twice each, so that neither side always meets the other's warm caches.
  for with in 0 1 0 1; do
    raddr=127.0.0.1:$((18100 + with))
    if [ "$with" = 1 ]; then DATABASE_REPLICA_URLS=$rdb start "$raddr" "$db"; else start "$raddr" "$db"; fi
    wrk -t2 -c"$clients" -d5s -s bench/collaboration.lua "http://$raddr" >/dev/null # warm-up
    result=$(wrk -t2 -c"$clients" -d"$duration" -s bench/collaboration.lua "http://$raddr" | sed -n 's/^RESULT //p')
    reads=$(curl -fsS "http://$raddr/metrics" | awk '$1 ~ /^kindred_db_reads_total/ { split($1, a, "\""); printf "%s\"%s\": %d", sep, a[2], $2; sep = ", " }')
    runs+=("$(jq -c --argjson replica "$with" --argjson reads "{$reads}" '{replicas: $replica} + . + {reads_that_may_lag: $reads}' <<<"$result")")
    echo "${runs[-1]}" >&2
    kill "${pids[-1]}"
    wait "${pids[-1]}" 2>/dev/null || true
  done
  replica_json=$(printf '%s\n' "${runs[@]}" | jq -sc '{operation: "collaboration", host: "primary and replica on this one machine", runs: .,
    rps_ratio: (([.[] | select(.replicas == 0) | .rps] | add) as $without | ([.[] | select(.replicas == 1) | .rps] | add) as $with
      | if $without > 0 then ($with / $without * 1000 | round / 1000) else null end)}')
  scripts/pg-cluster stop "$dir-replica"
fi

mkdir -p bench/results
# The default size is the one docs/performance.md's table shows; another size has a file
# of its own.
out=bench/results/latest.json
[ "$people" = 100000 ] || out=bench/results/people-$people.json
printf '%s\n' "${ops[@]}" | jq -s \
  --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --arg commit "$(git rev-parse --short HEAD)" \
  --arg machine "$(nproc) cores, $(uname -m), $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)" \
  --arg load "load average $load before the run" --argjson people "$people" --argjson clients "$clients" \
  --arg duration "$duration" --argjson rss "$rss" --argjson pgbench "$pgbench" --arg gomemlimit "$gomemlimit" --argjson index_build_ms "${index_build_ms:-0}" \
  --argjson index_live "${index_live:-0}" --argjson dashboard_requests "$dashboard_requests" --argjson replica "$replica_json" '
  map(if .name == "nested" then . + {pgbench: ($pgbench + {ratio: (.rps / $pgbench.tps * 1000 | round / 1000)})} else . end)
  | map(if .name == "collaboration" then . + {p99_budget_ms: 50} elif .name == "discover" then . + {p99_budget_ms: 20} else . end)
  | map(if .name == "dashboard" then . + {web_requests: $dashboard_requests, web_requests_before: 7} else . end)
  | {date: $date, commit: $commit, machine: $machine, load: $load, people: $people, clients: $clients,
     duration: $duration, gomemlimit: $gomemlimit, peak_rss_kb: $rss, index_live_mb: $index_live, index_build_ms: $index_build_ms, operations: .}
  | if $replica != null then . + {replica: $replica} else . end' >"$out"
[ "$out" != bench/results/latest.json ] || bin/bench-report table -result "$out" -doc docs/performance.md
cat "$out"
