#!/usr/bin/env bash
# Where the time of a cached thread read goes, inside a loaded `salon serve --workers 2`.
#
#   bash bench/reads/profile.sh            (from the repository root; ~1 min)
#
# py-spy cannot attach on this VM, so the workers profile themselves: prof/sitecustomize.py
# (on PYTHONPATH for the server only) runs pyinstrument between SIGUSR1 and SIGUSR2 and
# writes one report per process. The server is the working tree's, seeded like
# bench/isso/run.sh (/article-1: 200 comments), loaded with wrk -t2 -c50 on the 200-comment
# thread, plain then gzip. pyinstrument goes to $PROF_SITE (pip install --target), not into
# the project's venv.
# Env: SALON_PROFILE_GC_ONLY (1: no sampling, only the collector's pauses), PORT (8321), REDIS (redis://127.0.0.1:6379/12), DURATION (15), OUT (/tmp/salon-reads-prof),
#      SRC (this tree's src/; another checkout's src/ profiles that one)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
ISSO=$REPO/bench/isso
PY=${SALON_PY:-/work/main/.venv/bin/python}
SALON=$(dirname "$PY")/salon
PORT=${PORT:-8321}; REDIS=${REDIS:-redis://127.0.0.1:6379/12}; DURATION=${DURATION:-15}
PROF_SITE=${PROF_SITE:-/tmp/prof-site}
SRC=${SRC:-$REPO/src}
OUT=${OUT:-/tmp/salon-reads-prof}/$(date -u +%H%M%S)
URL=http://127.0.0.1:$PORT
THREAD="$URL/api/threads?site=default&uri=/article-1&sort=oldest&limit=200"
mkdir -p "$OUT/db"
[ -d "$PROF_SITE/pyinstrument" ] || "$PY" -m pip install -q --target "$PROF_SITE" pyinstrument
PYTHONPATH=$SRC "$PY" "$ISSO/salon_config.py" "$OUT/db" > /dev/null
PYTHONPATH=$SRC "$PY" -c "import redis; redis.Redis.from_url('$REDIS').flushdb()"
PYTHONPATH=$SRC:$HERE/prof:$PROF_SITE SALON_PROFILE_DIR=$OUT SALON_REDIS_URL=$REDIS \
  "$SALON" serve --config "$OUT/db/salon.toml" --host 127.0.0.1 --port "$PORT" --workers 2 \
  > "$OUT/server.log" 2>&1 &
PID=$!
trap 'kill -TERM "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fsS -o /dev/null "$URL/health" 2>/dev/null && break; sleep 0.2; done
for _ in $(seq 1 100); do
  [ "$(grep -c 'Application startup complete' "$OUT/server.log")" -ge 2 ] && break; sleep 0.2; done
(cd "$ISSO" && PYTHONPATH=$SRC "$PY" seed_salon.py --base "$URL" --ids-out "$OUT/ids.json") > "$OUT/seed.txt"
WORKERS=$(pgrep -P "$PID" -f 'multiprocessing.spawn' || pgrep -P "$PID")
for mode in plain gzip; do
  export WRK_GZIP=$([ $mode = gzip ] && echo 1 || echo 0) WRK_ORIGIN=$URL
  wrk -t2 -c50 -d3s -s "$ISSO/wrk_report.lua" "$THREAD" > /dev/null  # warm-up
  wrk -t2 -c50 -d"$((DURATION + 2))s" --latency -s "$ISSO/wrk_report.lua" "$THREAD" \
    > "$OUT/wrk-$mode.txt" &
  WRK=$!
  sleep 1
  for w in $WORKERS; do kill -USR1 "$w"; done
  sleep "$DURATION"
  for w in $WORKERS; do kill -USR2 "$w"; done
  wait "$WRK"
  mkdir -p "$OUT/$mode"
  for w in $WORKERS; do  # writing the report takes the worker a few seconds
    for _ in $(seq 1 300); do [ -s "$OUT/$w.txt" ] && break; sleep 0.2; done
    sleep 0.5; mv "$OUT/$w.txt" "$OUT/$mode/"
  done
  echo "== $mode (load $(cut -d' ' -f1-3 /proc/loadavg)): $(grep '^WRKJSON' "$OUT/wrk-$mode.txt" | cut -c1-200)"
  for w in $WORKERS; do sed -n '1,30p' "$OUT/$mode/$w.txt"; done
done
echo "reports in $OUT"
