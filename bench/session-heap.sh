#!/usr/bin/env bash
# Start-up time and heap per idle anonymous session on the front page.
#   bash bench/session-heap.sh [sessions]      (default 50)
# Starts the portal with ./mvnw spring-boot:run on a throw-away data folder (embedded MariaDB), waits for
# /readyz to report UP, then opens N separate headless Chromium visitors on the front page (each
# its own profile, so each holds one Vaadin session), forces a full GC and compares live heap with the
# heap after GC before the visitors came. Prints the figures for docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
sessions=${1:-50}
port=18181
management_port=18182
data=$(mktemp -d)
log=target/bench-session-heap.log
mkdir -p target

start=$(date +%s.%N)
PORTAL_DATA_DIR=$data PORT=$port MANAGEMENT_PORT=$management_port ./mvnw -B -q spring-boot:run \
    -Dspring-boot.run.jvmArguments="-Xmx1g" > "$log" 2>&1 &
until curl -sf "http://127.0.0.1:$port/readyz" | grep -q '"UP"'; do sleep 0.5; done
ready=$(date +%s.%N)
pid=$(pgrep -f "dk.coi.portal.Application" | head -1)
echo "start-up to healthy (mvnw spring-boot:run, fresh embedded MariaDB): $(echo "$ready - $start" | bc) s"
grep -o 'Started Application in [0-9.]* seconds' "$log" || true

active_sessions() {
    curl -s "http://127.0.0.1:$management_port/actuator/prometheus" | awk '/^tomcat_sessions_active_current_sessions/ { print int($2) }'
}

live_heap() {
    jcmd "$pid" GC.run >/dev/null
    sleep 1
    jcmd "$pid" GC.run >/dev/null
    sleep 1
    jcmd "$pid" GC.heap_info | awk '/garbage-first heap/ { for (i=1;i<=NF;i++) if ($i=="used") { v=$(i+1); gsub(/[^0-9]/,"",v); print v } }'
}

chromium_visit() {
    local profile
    profile=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --virtual-time-budget=8000 --dump-dom \
        "http://localhost:$port/" > /dev/null 2>&1 || true
    rm -rf "$profile"
}

chromium_visit   # warm-up: first page load builds caches that are not per session
before=$(live_heap)
sessions_before=$(active_sessions)
for _ in $(seq 1 "$sessions"); do chromium_visit; done
after=$(live_heap)
opened=$(( $(active_sessions) - sessions_before ))
echo "live heap after GC: ${before} KB before, ${after} KB with ${opened} more open HTTP sessions"
echo "heap per idle anonymous session: $(( (after - before) / opened )) KB"

kill "$pid"
wait 2>/dev/null || true
rm -rf "$data"
