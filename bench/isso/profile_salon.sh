#!/usr/bin/env bash
# Profile Salon under the benchmark's load with py-spy (installed into /tmp/prof-venv).
#   bash bench/isso/profile_salon.sh [salon|salon-w2]   (do not run it during run.sh)
# Starts Salon like run.sh does, seeds the shared data set, then samples the server for
# 15 s under each load (counts c=50, full thread c=50, writes c=20) and prints the hottest
# functions (inclusive and self). Raw collapsed stacks: $OUT/*.txt (flamegraph.pl input).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
MODE=${1:-salon}
PYSPY=${PYSPY:-/tmp/prof-venv/bin/py-spy}
CLIENT_PY=${CLIENT_PY:-/tmp/peer-isso/venv/bin/python}
SALON_BIN=$REPO/.venv/bin
SALON_REV=${SALON_REV:-HEAD}
OUT=${PROFILE_OUT:-/tmp/salon-profile}/$(date -u +%H%M%S)-$MODE
URL=http://127.0.0.1:8081
mkdir -p "$OUT/db"
if [ ! -x "$PYSPY" ]; then
  python3 -m venv /tmp/prof-venv && /tmp/prof-venv/bin/pip install -q py-spy
fi
if [ "$SALON_REV" = worktree ]; then SRC=$REPO/src; else
  mkdir -p "$OUT/src"; git -C "$REPO" archive "$SALON_REV" src | tar -x -C "$OUT/src"; SRC=$OUT/src/src; fi
ENVS=(env "PYTHONPATH=$SRC")
"${ENVS[@]}" "$SALON_BIN/python" "$HERE/salon_config.py" "$OUT/db" > /dev/null
if [ "$MODE" = salon ]; then
  "${ENVS[@]}" "$SALON_BIN/salon" serve --config "$OUT/db/salon.toml" --host 127.0.0.1 --port 8081 \
    > "$OUT/server.log" 2>&1 &
else
  "${ENVS[@]}" "SALON_REDIS_URL=${REDIS_W2:-redis://127.0.0.1:6379/2}" "$SALON_BIN/salon" serve \
    --config "$OUT/db/salon.toml" --host 127.0.0.1 --port 8081 --workers 2 > "$OUT/server.log" 2>&1 &
fi
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fsS -o /dev/null "$URL/health" 2>/dev/null && break; sleep 0.2; done
(cd "$HERE" && "$CLIENT_PY" seed_salon.py --base "$URL" --ids-out "$OUT/ids.json")
COUNTS="/api/counts?site=default"
for u in /article-1 /post-01 /post-02 /post-03 /post-04 /post-05 /post-06 /post-07 /post-08 /post-09; do
  COUNTS="$COUNTS&uri=$u"; done
ARTICLE="/api/threads?site=default&uri=/article-1&sort=oldest&limit=200"
sample() { # NAME EXTRA_PYSPY_ARGS -- LOAD COMMAND...
  local name=$1; shift; local extra=(); while [ "$1" != -- ]; do extra+=("$1"); shift; done; shift
  "$@" > "$OUT/$name.load.txt" 2>&1 &
  local load=$!
  sleep 2
  "$PYSPY" record --pid "$PID" --subprocesses --duration 15 --rate 200 --format raw \
    --output "$OUT/$name.txt" --nonblocking "${extra[@]}" > /dev/null 2>&1 || true
  wait "$load" || true
  echo "== $name"; grep -E '^(WRKJSON|POST)' "$OUT/$name.load.txt" | cut -c1-200 || true
  "$SALON_BIN/python" "$HERE/collapse.py" "$OUT/$name.txt" --top 25
}
sample counts -- wrk -t2 -c50 -d18s -s "$HERE/wrk_report.lua" "$URL$COUNTS"
sample article1 -- wrk -t2 -c50 -d18s -s "$HERE/wrk_report.lua" "$URL$ARTICLE"
sample write --idle -- bash -c "cd '$HERE' && '$CLIENT_PY' post_salon.py --base '$URL' --ids '$OUT/ids.json' -n 2000 -c 20"
echo "raw stacks in $OUT"
