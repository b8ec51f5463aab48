#!/usr/bin/env bash
# The discovery benchmark: discoverPeople(first: 20) at 16 concurrent clients for viewers
# drawn with a fixed seed from every person, a quarter of the requests filtered, against
# the real server on PostgreSQL. Prints one JSON line with latency, errors and peak RSS.
#
#   bench/discover.sh [people]      # default 100000
#
# It starts a private PostgreSQL cluster (scripts/pg-cluster), generates the people once
# (kindred seed --people N --seed 7; kept in /tmp/kindred-bench-pg between runs), and
# needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-100000}
dir=/tmp/kindred-bench-pg
port=54399
url=$(scripts/pg-cluster start "$dir" "$port")
db="postgres://postgres@127.0.0.1:$port/bench_$people?sslmode=disable"
export KINDRED_JWT_SECRET=bench-secret-bench-secret-bench-secret-0000 DATABASE_URL="$db"
go build -o bin/kindred ./server
go build -o bin/mint ./bench/mint
if ! psql "$url" -tAc "SELECT 1 FROM pg_database WHERE datname = 'bench_$people'" | grep -q 1; then
  psql "$url" -qc "CREATE DATABASE bench_$people"
  bin/kindred seed --people "$people" --seed 7 >&2
fi
bin/mint -n 5000 -seed 3 > /tmp/kindred-bench-tokens.txt
# A soft memory limit keeps the garbage collector ahead of the index's churn.
KINDRED_RATE_LIMIT=0 KINDRED_IP_RATE_LIMIT=0 GOMEMLIMIT=${GOMEMLIMIT:-100MiB} KINDRED_ADDR=127.0.0.1:18099 bin/kindred serve >/tmp/kindred-bench.out 2>/tmp/kindred-bench.log &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q 'running at' /tmp/kindred-bench.out 2>/dev/null && break; sleep 0.2; done
export TOKENS=/tmp/kindred-bench-tokens.txt
wrk -t2 -c16 -d5s -s bench/discover.lua http://127.0.0.1:18099 >/dev/null   # warm-up
result=$(wrk -t2 -c16 -d30s -s bench/discover.lua http://127.0.0.1:18099 | sed -n 's/^RESULT //p')
rss=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
printf '{"date": "%s", "commit": "%s", "machine": "%s cores, %s", "people": %d, "clients": 16, "discoverPeople": %s, "peak_rss_kb": %d}\n' \
  "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(git rev-parse --short HEAD)" "$(nproc)" "$(uname -m)" "$people" "$result" "$rss"
