#!/usr/bin/env bash
# Peak RSS of each `salon serve --workers 2` process under the benchmark's reads.
#
#   bash bench/reads/rss.sh            (from the repository root; ~1.5 min)
#
# Seeds like bench/isso/run.sh, then loads each endpoint with wrk -t2 -c50 for $DURATION s
# and prints the largest RSS any worker reached (sampled every 0.2 s), then what the
# workers' RSS is made of (PSS, private, file-backed). Extra environment
# for the server goes in SERVER_ENV (e.g. SERVER_ENV="MALLOC_ARENA_MAX=2").
# With MEMDUMP=<dir>, each worker writes what its memory is made of after each step
# (<dir>/<pid>.<step>.txt, memdump/sitecustomize.py; bench/reads/memory.md reads them).
# Env: PORT (8321), REDIS (redis://127.0.0.1:6379/12), DURATION (10), SRC (this tree's src/)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
ISSO=$REPO/bench/isso
PY=${SALON_PY:-/work/main/.venv/bin/python}
SALON=$(dirname "$PY")/salon
PORT=${PORT:-8321}; REDIS=${REDIS:-redis://127.0.0.1:6379/12}; DURATION=${DURATION:-10}
SRC=${SRC:-$REPO/src}
OUT=$(mktemp -d /tmp/salon-rss.XXXXXX)
URL=http://127.0.0.1:$PORT
PYTHONPATH=$SRC "$PY" "$ISSO/salon_config.py" "$OUT" > /dev/null
PYTHONPATH=$SRC "$PY" -c "import redis; redis.Redis.from_url('$REDIS').flushdb()"
SERVER_PATH=$SRC
if [ -n "${MEMDUMP:-}" ]; then mkdir -p "$MEMDUMP"; SERVER_PATH=$SRC:$HERE/memdump; fi
# shellcheck disable=SC2086
env ${SERVER_ENV:-} PYTHONPATH=$SERVER_PATH SALON_MEMDUMP_DIR=${MEMDUMP:-} SALON_REDIS_URL=$REDIS \
  "$SALON" serve --config "$OUT/salon.toml" --host 127.0.0.1 --port "$PORT" --workers 2 \
  > "$OUT/server.log" 2>&1 &
PID=$!
trap 'kill -TERM "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fsS -o /dev/null "$URL/health" 2>/dev/null && break; sleep 0.2; done
for _ in $(seq 1 100); do
  [ "$(grep -c 'Application startup complete' "$OUT/server.log")" -ge 2 ] && break; sleep 0.2; done
WORKERS=$(pgrep -P "$PID" -f 'multiprocessing.spawn')
rss() { for w in $WORKERS; do awk '/^VmRSS:/{print $2}' "/proc/$w/status"; done | sort -n | tail -1; }
# shellcheck disable=SC2086
dump() { if [ -n "${MEMDUMP:-}" ]; then kill -USR1 $WORKERS; sleep 1; fi; }
echo "idle: max worker RSS $(( $(rss) / 1024 )) MB"
dump
# The supervisor (it serves nothing) and any other process it started (the start-up check
# is gone by now; multiprocessing's resource tracker would be listed here).
echo "idle: supervisor RSS $(( $(awk '/^VmRSS:/{print $2}' "/proc/$PID/status") / 1024 )) MB"
for c in $(pgrep -P "$PID"); do case " $(echo $WORKERS) " in *" $c "*) ;; *)
  echo "idle: other child $c ($(tr '\0' ' ' < "/proc/$c/cmdline" | cut -c1-60)) RSS $(( $(awk '/^VmRSS:/{print $2}' "/proc/$c/status") / 1024 )) MB";; esac; done
(cd "$ISSO" && PYTHONPATH=$SRC "$PY" seed_salon.py --base "$URL" --ids-out "$OUT/ids.json") > /dev/null
echo "seeded: max worker RSS $(( $(rss) / 1024 )) MB"
dump
COUNTS="/api/counts?site=default"; for u in /article-1 /post-01 /post-02 /post-03 /post-04; do COUNTS="$COUNTS&uri=$u"; done
for path in "/api/threads?site=default&uri=/article-1&sort=oldest&limit=200" "$COUNTS" \
    "/threads/default?uri=/article-1"; do
  WRK_ORIGIN=$URL wrk -t2 -c50 -d"${DURATION}s" -s "$ISSO/wrk_report.lua" "$URL$path" > "$OUT/wrk.txt" &
  WRK=$!; peak=0
  while kill -0 "$WRK" 2>/dev/null; do r=$(rss); [ "$r" -gt "$peak" ] && peak=$r; sleep 0.2; done
  echo "$path: max worker RSS $((peak / 1024)) MB, $(grep -o '"rps": [0-9.]*' "$OUT/wrk.txt")"
  dump
done
# What a worker's RSS is made of at the end: file-backed pages (the libraries) are the
# page cache, shared by every worker; Pss splits shared pages between the processes that
# map them, Private is the worker's own.
for w in $WORKERS; do
  awk '/^Rss:/{r=$2} /^Pss:/{p=$2} /^Private_(Clean|Dirty):/{v+=$2}
       END{printf "end: worker RSS %d MB, PSS %d MB, private %d MB", r/1024, p/1024, v/1024}' \
    "/proc/$w/smaps_rollup"
  awk '/^RssFile:/{printf ", file-backed %d MB\n", $2/1024}' "/proc/$w/status"
done
