#!/usr/bin/env bash
# Salon vs Isso, side by side on this machine, in one run.
#
#   bash bench/isso/run.sh [RUNS]            (default 3 runs; the committed run took
#       57 min while other engineers' test suites loaded the 2 vCPUs; on a quiet machine
#       the Isso part alone took 21 min in the shared baseline, so expect ~35-40 min)
#
# For every run, each server in $SERVERS starts from an empty database, is seeded with the
# data set of the shared Isso baseline (../shared/bench/isso), then measured with wrk
# (reads) and an httpx client (writes). The servers alternate within a run.
#   salon          `salon serve` (one uvicorn process)            127.0.0.1:8081
#   salon-w2       `salon serve --workers 2` (Redis db 2)          127.0.0.1:8081
#   nginx          nginx serving salon's answers (same run) as files  127.0.0.1:8082
#   isso-builtin   `isso run` (werkzeug, threaded, one process)    127.0.0.1:8080
#   isso-gunicorn  gunicorn -w 2 --preload isso.run               127.0.0.1:8080
# Isso is installed with the shared install.sh into /tmp/peer-isso (if missing); the shared
# start/stop/seed/post/memsample scripts are called from /work/shared, never copied.
# Loopback only. Raw logs go to $BENCH_WORK/<stamp>/; summarize.py then writes the small
# per-run JSON files to bench/isso/results/ and the tables to bench/isso/results.md.
#
# Env: SERVERS, DURATION (20), WARMUP (5), THREADS (2), CONNS (50), C1_DURATION (10),
#      POST_N (2000), POST_C (20), ISSO_EMBEDQ_RUNS (1: measure isso's embed.js query in the
#      first N runs), SALON_REV (HEAD: a commit to measure, or "worktree"),
#      BENCH_WORK (/tmp/salon-bench), NO_SUMMARY (1: skip writing results.md),
#      READS (0: only the write part, no wrk endpoints and no widget bytes; with NO_SUMMARY=1)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED_ISSO:-$(cd "$REPO/../shared/bench/isso" 2>/dev/null && pwd || echo "$REPO/../shared/bench/isso")}
export PEER_ISSO_BASE=${PEER_ISSO_BASE:-/tmp/peer-isso}
PEER=$PEER_ISSO_BASE
RUNS=${1:-3}
SERVERS=${SERVERS:-"salon isso-builtin salon-w2 isso-gunicorn nginx"}
REDIS_W2=${REDIS_W2:-redis://127.0.0.1:6379/2}
DURATION=${DURATION:-20}; WARMUP=${WARMUP:-5}; THREADS=${THREADS:-2}; CONNS=${CONNS:-50}
C1_DURATION=${C1_DURATION:-10}; POST_N=${POST_N:-2000}; POST_C=${POST_C:-20}; READS=${READS:-1}
ISSO_EMBEDQ_RUNS=${ISSO_EMBEDQ_RUNS:-1}
# Isso listens on 8080 (the shared scripts fix it); the others can move aside for a
# concurrent run on the same machine.
SALON_PORT=${SALON_PORT:-8081}; ISSO_PORT=8080; NGINX_PORT=${NGINX_PORT:-8082}
STAMP=$(date -u +%Y%m%d-%H%M%S)
OUT=${BENCH_WORK:-/tmp/salon-bench}/$STAMP
SALON_BIN=${SALON_BIN:-$REPO/.venv/bin}   # a worktree without its own .venv: SALON_BIN=/other/checkout/.venv/bin
# Which Salon to measure: a commit (default HEAD), exported with `git archive` into $OUT so
# that other engineers' uncommitted edits in src/ cannot change it mid-run, or "worktree"
# for the working tree as it is. Salon's venv has it installed editable (a .pth path entry),
# so PYTHONPATH on the Salon commands selects the source.
SALON_REV=${SALON_REV:-HEAD}
CLIENT_PY=$PEER/venv/bin/python   # the same httpx client for both servers
mkdir -p "$OUT"

# ---------------------------------------------------------------- install (idempotent)
if ! command -v wrk >/dev/null 2>&1 || [ ! -x "$PEER/venv/bin/isso" ]; then
  bash "$SHARED/install.sh"
fi
if [[ " $SERVERS " == *" nginx "* ]] && ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light > /dev/null \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light > /dev/null; }
  /usr/sbin/nginx -s stop 2>/dev/null || true   # the package starts one on port 80; not ours
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -f "$PEER/isso.cfg" ] || bash "$SHARED/write_config.sh"
[ -x "$SALON_BIN/salon" ] || { echo "no Salon in $SALON_BIN (make the venv first)" >&2; exit 1; }

if [ "$SALON_REV" = worktree ]; then
  SALON_SRC=$REPO/src
  SALON_DESC="working tree $(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- src 2>/dev/null || echo ' + uncommitted changes in src/')"
else
  mkdir -p "$OUT/salon-src"
  git -C "$REPO" archive "$SALON_REV" src | tar -x -C "$OUT/salon-src"
  SALON_SRC=$OUT/salon-src/src
  SALON_DESC="commit $(git -C "$REPO" rev-parse --short "$SALON_REV") ($(git -C "$REPO" log -1 --format=%s "$SALON_REV" | cut -c1-60))"
fi
SALON_ENV=(env "PYTHONPATH=$SALON_SRC")   # env execs: a backgrounded command keeps its PID

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in $SALON_PORT $ISSO_PORT $NGINX_PORT; do
  if port_busy "$p"; then echo "something already listens on 127.0.0.1:$p; stop it first" >&2; exit 1; fi
done

SRV_PID=""; SRV_KIND=""; MS_PID=""
stop_server() {
  if [ "$SRV_KIND" = isso ]; then
    bash "$SHARED/stop_isso.sh" || true
  elif [ "$SRV_KIND" = nginx ]; then
    "$NGINX" -c "$OUT/nginx/nginx.conf" -s stop 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SRV_PID" 2>/dev/null || break; sleep 0.1; done
  elif [ -n "$SRV_PID" ] && kill -0 "$SRV_PID" 2>/dev/null; then
    local kids; kids=$(pgrep -P "$SRV_PID" || true)
    kill -TERM "$SRV_PID"
    for _ in $(seq 1 50); do kill -0 "$SRV_PID" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$SRV_PID" 2>/dev/null && kill -KILL "$SRV_PID"
    for k in $kids; do kill -0 "$k" 2>/dev/null && kill -KILL "$k"; done
  fi
  SRV_PID=""; SRV_KIND=""
}
cleanup() {
  [ -n "$MS_PID" ] && kill "$MS_PID" 2>/dev/null || true
  stop_server
}
trap cleanup EXIT
trap 'exit 130' INT TERM

write_salon_config() { # DIR -> DIR/salon.toml (fresh SQLite file in DIR)
  "${SALON_ENV[@]}" "$SALON_BIN/python" "$HERE/salon_config.py" "$1" > /dev/null
}

wait_http() { # URL PID LOG
  for _ in $(seq 1 900); do  # up to 3 min: a loaded machine starts slowly
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "server died, see $3" >&2; tail -30 "$3" >&2; exit 1; }
    sleep 0.2
  done
  echo "server did not come up, see $3" >&2; exit 1
}

start_server() { # NAME DIR -> SRV_PID, URL, ORIGIN
  local name=$1 dir=$2
  case "$name" in
    salon|salon-w2)
      SRV_KIND=salon; URL=http://127.0.0.1:$SALON_PORT; ORIGIN=$URL
      local db=$OUT/db-$name; rm -rf "$db"; mkdir -p "$db"
      write_salon_config "$db"
      if [ "$name" = salon ]; then
        "${SALON_ENV[@]}" "$SALON_BIN/salon" serve --config "$db/salon.toml" --host 127.0.0.1 \
          --port "$SALON_PORT" > "$dir/server.log" 2>&1 &
        SRV_PID=$!
        wait_http "$URL/health" "$SRV_PID" "$dir/server.log"
      else
        "${SALON_ENV[@]}" "$SALON_BIN/python" -c "import redis; redis.Redis.from_url('$REDIS_W2').flushdb()"
        "${SALON_ENV[@]}" "SALON_REDIS_URL=$REDIS_W2" "$SALON_BIN/salon" serve --config "$db/salon.toml" \
          --host 127.0.0.1 --port "$SALON_PORT" --workers 2 > "$dir/server.log" 2>&1 &
        SRV_PID=$!
        wait_http "$URL/health" "$SRV_PID" "$dir/server.log"
        for _ in $(seq 1 100); do
          [ "$(grep -c 'Application startup complete' "$dir/server.log")" -ge 2 ] && break
          sleep 0.2
        done
      fi
      ;;
    nginx)
      # The ceiling: nginx sending the very bytes Salon answered in this run, from files.
      SRV_KIND=nginx; URL=http://127.0.0.1:$NGINX_PORT; ORIGIN=$URL
      [ -s "$OUT/www/thread.json" ] || { echo "nginx needs a salon server earlier in the run" >&2; exit 2; }
      mkdir -p "$OUT/nginx"
      cat > "$OUT/nginx/nginx.conf" <<NGINX
worker_processes 2;
pid $OUT/nginx/nginx.pid;
error_log $dir/server.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  client_body_temp_path $OUT/nginx; proxy_temp_path $OUT/nginx; fastcgi_temp_path $OUT/nginx;
  uwsgi_temp_path $OUT/nginx; scgi_temp_path $OUT/nginx;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = /health { return 200 "ok"; }
    location = /api/threads { default_type application/json; gzip_static on; alias $OUT/www/thread.json; }
  }
}
NGINX
      "$NGINX" -c "$OUT/nginx/nginx.conf"
      sleep 0.5; SRV_PID=$(cat "$OUT/nginx/nginx.pid")
      wait_http "$URL/health" "$SRV_PID" "$dir/server.log"
      ;;
    isso-builtin|isso-gunicorn)
      SRV_KIND=isso; URL=http://127.0.0.1:$ISSO_PORT; ORIGIN=$URL
      bash "$SHARED/stop_isso.sh"
      rm -f "$PEER/comments.db" "$PEER/comments.db-journal" "$PEER/comments.db-wal" "$PEER/comments.db-shm"
      SRV_PID=$(bash "$SHARED/start_isso.sh" "${name#isso-}")
      ;;
    *) echo "unknown server $name" >&2; exit 2 ;;
  esac
}

# Server CPU (clock ticks) of the process tree; used to wait until it is idle again
# (wrk drops in-flight requests when it stops and the server still finishes them).
cpu_ticks() { local t=0 p; for p in $1 $(pgrep -P "$1"); do
  t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $t; }
wait_idle() { local prev cur quiet=0; prev=$(cpu_ticks "$1")
  for _ in $(seq 1 360); do sleep 0.5; cur=$(cpu_ticks "$1")
    if [ $((cur - prev)) -le 2 ]; then quiet=$((quiet + 1)); [ $quiet -ge 2 ] && return 0; else quiet=0; fi
    prev=$cur; done; echo "warning: server not idle after 180 s" >&2; }
mem_start() { bash "$SHARED/memsample.sh" "$1" "$2" & MS_PID=$!; }
mem_stop() { kill "$MS_PID" 2>/dev/null || true; wait "$MS_PID" 2>/dev/null || true; MS_PID=""; }
mem_now() { local f; f=$(mktemp); bash "$SHARED/memsample.sh" "$1" "$f" & local p=$!
  sleep 0.3; kill $p 2>/dev/null; wait $p 2>/dev/null || true; head -1 "$f" > "$2"; rm -f "$f"; }

COUNT_URIS="/article-1 /post-01 /post-02 /post-03 /post-04 /post-05 /post-06 /post-07 /post-08 /post-09"
SALON_COUNTS="/api/counts?site=default"; for u in $COUNT_URIS; do SALON_COUNTS="$SALON_COUNTS&uri=$u"; done
ISSO_COUNT_BODY='["/article-1","/post-01","/post-02","/post-03","/post-04","/post-05","/post-06","/post-07","/post-08","/post-09"]'
# name|path|body (empty body = GET); the names pair the two servers' rows in summarize.py
THREAD_PATH="/api/threads?site=default&uri=/article-1&sort=oldest&limit=200"
SALON_ENDPOINTS=(
  "thread_article1|$THREAD_PATH|"
  "thread_article1_gzip|$THREAD_PATH|gzip"
  "thread_page|/threads/default?uri=/article-1|"
  "thread_post01|/api/threads?site=default&uri=/post-01&limit=200|"
  "counts10|$SALON_COUNTS|"
)
NGINX_ENDPOINTS=("thread_article1|$THREAD_PATH|" "thread_article1_gzip|$THREAD_PATH|gzip")
isso_endpoints() { # RUN -> ISSO_ENDPOINTS
  ISSO_ENDPOINTS=("thread_article1|/?uri=/article-1|" "thread_article1_gzip|/?uri=/article-1|gzip")
  # embed.js's own query returns the same JSON as /?uri=/article-1 on this data set (no
  # top-level comment has more than 5 replies), so by default it is measured in run 1 only
  [ "$1" -le "$ISSO_EMBEDQ_RUNS" ] && ISSO_ENDPOINTS+=("thread_article1_embedq|/?uri=%2Farticle-1&sort=oldest&offset=0&nested_limit=5|")
  ISSO_ENDPOINTS+=("thread_post01|/?uri=/post-01|" "counts10|/count|$ISSO_COUNT_BODY")
}

{
  echo "date: $(date -Is)"
  echo "host: $(uname -srm), nproc=$(nproc), mem=$(awk '/MemTotal/{print $2" kB"}' /proc/meminfo)"
  echo "cpu: $(awk -F: '/model name/{print $2; exit}' /proc/cpuinfo | sed 's/^ *//')"
  echo "python (salon): $("$SALON_BIN/python" -V 2>&1), (isso + clients): $("$CLIENT_PY" -V 2>&1)"
  echo "salon: $SALON_DESC, source $SALON_SRC"
  "$SALON_BIN/pip" list --disable-pip-version-check 2>/dev/null | grep -Ei '^(uvicorn|fastapi|starlette|sqlalchemy|uvloop|httptools|nh3|markdown-it-py) ' | tr -s ' ' | paste -sd, -
  "$PEER/venv/bin/pip" list --disable-pip-version-check 2>/dev/null | grep -Ei '^(isso|gunicorn|werkzeug|mistune|bleach|httpx) ' | tr -s ' ' | paste -sd, -
  echo "wrk: $(wrk --version 2>&1 | head -1)"
  echo "loadavg before: $(cat /proc/loadavg)"
  echo "params: runs=$RUNS servers=[$SERVERS] wrk -t$THREADS -c$CONNS -d${DURATION}s --timeout 60s --latency (warm-up ${WARMUP}s), 1 conn -t1 -c1 -d${C1_DURATION}s, write n=$POST_N c=$POST_C"
} | tee "$OUT/env.txt"

t_start=$(date +%s)
for run in $(seq 1 "$RUNS"); do
  for name in $SERVERS; do
    D="$OUT/$name/run$run"; mkdir -p "$D"
    echo "=== run $run / $name ($(date +%T), load $(cut -d' ' -f1-3 /proc/loadavg)) ===" | tee -a "$OUT/progress.log"
    start_server "$name" "$D"
    PID=$SRV_PID
    sleep 1
    mem_now "$PID" "$D/mem_idle.txt"
    ids="$OUT/ids-$name.json"
    if [ "$SRV_KIND" = nginx ]; then
      EPS=("${NGINX_ENDPOINTS[@]}")
    else
      if [ "$SRV_KIND" = salon ]; then
        seed=("$HERE" seed_salon.py); EPS=("${SALON_ENDPOINTS[@]}")
      else
        isso_endpoints "$run"; seed=("$SHARED" seed.py); EPS=("${ISSO_ENDPOINTS[@]}")
      fi
      if ! (cd "${seed[0]}" && "$CLIENT_PY" "${seed[1]}" --base "$URL" --ids-out "$ids") > "$D/seed.txt" 2>&1; then
        echo "seeding $name failed:" >&2; tail -5 "$D/seed.txt" >&2; exit 1
      fi
      tee -a "$OUT/progress.log" < "$D/seed.txt"
    fi
    if [ "$name" = salon ] || [ "$name" = salon-w2 ]; then  # the bytes nginx serves in this run
      mkdir -p "$OUT/www"
      curl -sS -o "$OUT/www/thread.json" -H "Origin: $ORIGIN" "$URL$THREAD_PATH"
      gzip -6 -c "$OUT/www/thread.json" > "$OUT/www/thread.json.gz"
    fi
    mem_now "$PID" "$D/mem_seeded.txt"
    [ "$READS" = 0 ] && EPS=()
    for ep in "${EPS[@]}"; do
      IFS='|' read -r ename path body <<<"$ep"
      gz=0; if [ "$body" = gzip ]; then gz=1; body=""; fi
      export WRK_GZIP=$gz
      # response size once (what the client gets, no compression asked for)
      if [ -n "$body" ]; then
        curl -sS -o "$D/${ename}_body" -H "Origin: $ORIGIN" -H 'Content-Type: application/json' -d "$body" "$URL$path"
      else
        curl -sS -o "$D/${ename}_body" -H "Origin: $ORIGIN" "$URL$path"
      fi
      echo "$(wc -c < "$D/${ename}_body") $(gzip -9 -c "$D/${ename}_body" | wc -c)" > "$D/${ename}_size.txt"
      rm -f "$D/${ename}_body"
      WRK_ORIGIN=$ORIGIN WRK_BODY="$body" wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" --timeout 60s \
        -s "$HERE/wrk_report.lua" "$URL$path" > "$D/${ename}_warmup.txt" 2>&1
      wait_idle "$PID"
      mem_start "$PID" "$D/${ename}_mem.txt"
      c0=$(cpu_ticks "$PID")
      WRK_ORIGIN=$ORIGIN WRK_BODY="$body" wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --timeout 60s \
        --latency -s "$HERE/wrk_report.lua" "$URL$path" > "$D/${ename}.txt" 2>&1
      mem_stop
      wait_idle "$PID"
      echo $(( $(cpu_ticks "$PID") - c0 )) > "$D/${ename}_cputicks.txt"
      echo "$ename c$CONNS $(grep '^WRKJSON' "$D/${ename}.txt" || echo 'no WRKJSON')" | tee -a "$OUT/progress.log"
      c0=$(cpu_ticks "$PID")
      WRK_ORIGIN=$ORIGIN WRK_BODY="$body" wrk -t1 -c1 -d"${C1_DURATION}s" --timeout 60s --latency \
        -s "$HERE/wrk_report.lua" "$URL$path" > "$D/${ename}_c1.txt" 2>&1
      echo $(( $(cpu_ticks "$PID") - c0 )) > "$D/${ename}_c1_cputicks.txt"
      echo "$ename c1 $(grep '^WRKJSON' "$D/${ename}_c1.txt" || echo 'no WRKJSON')" | tee -a "$OUT/progress.log"
    done
    unset WRK_GZIP
    if [ "$SRV_KIND" != nginx ]; then
      wait_idle "$PID"
      mem_start "$PID" "$D/write_mem.txt"
      c0=$(cpu_ticks "$PID")
      if [ "$SRV_KIND" = salon ]; then
        (cd "$HERE" && "$CLIENT_PY" post_salon.py --base "$URL" --ids "$ids" -n "$POST_N" -c "$POST_C") \
          > "$D/write.txt" 2>&1 || true
      else
        (cd "$SHARED" && "$CLIENT_PY" post_bench.py --base "$URL" --ids "$ids" -n "$POST_N" -c "$POST_C") \
          > "$D/write.txt" 2>&1 || true
      fi
      mem_stop
      echo $(( $(cpu_ticks "$PID") - c0 )) > "$D/write_cputicks.txt"
      grep -E '^POST ' "$D/write.txt" | tee -a "$OUT/progress.log" || tail -5 "$D/write.txt"
    fi
    if [ "$SRV_KIND" = isso ]; then cp "$PEER/isso-${name#isso-}.log" "$D/server.log"; fi
    grep -cE 'Traceback|ERROR' "$D/server.log" > "$D/server_errors.txt" || true
    stop_server
  done
done

if [ "$READS" = 0 ]; then echo "raw results in $OUT"; exit 0; fi
# ---------------------------------------------------------------- embed client bytes
assets() { # LABEL URL PATH...
  local label=$1 url=$2; shift 2
  for f in "$@"; do
    local tmp; tmp=$(mktemp)
    curl -fsS -o "$tmp" "$url$f" || : > "$tmp"
    local enc; enc=$(curl -fsS -o /dev/null -D - -H 'Accept-Encoding: gzip' "$url$f" \
      | awk -F': ' 'tolower($1)=="content-encoding"{gsub("\r","",$2); print $2}')
    local wire; wire=$(curl -fsS -H 'Accept-Encoding: gzip' "$url$f" | wc -c)
    echo "$label $f raw=$(wc -c < "$tmp") gzip9=$(gzip -9 -c "$tmp" | wc -c) wire_gzip_asked=$wire content_encoding=${enc:-none}"
    rm -f "$tmp"
  done
}
mkdir -p "$OUT/assets"
start_server salon "$OUT/assets"
assets salon "$URL" /embed.js /embed.css | tee "$OUT/assets.txt"
stop_server
start_server isso-builtin "$OUT/assets"
assets isso "$URL" /js/embed.min.js /css/isso.css | tee -a "$OUT/assets.txt"
stop_server
echo "loadavg after: $(cat /proc/loadavg)" >> "$OUT/env.txt"
echo "elapsed: $(( $(date +%s) - t_start )) s" | tee -a "$OUT/env.txt"

if [ "${NO_SUMMARY:-0}" != 1 ]; then
  "$SALON_BIN/python" "$HERE/summarize.py" "$OUT" --results "$HERE/results" --md "$HERE/results.md" \
    --command "make bench (bash bench/isso/run.sh $RUNS)"
fi
echo "raw results in $OUT"
