#!/usr/bin/env bash
# Issue 10's reading benchmark on the production jar: bash bench/reader-bench.sh [Maven options, e.g. -o]
# 1. Starts the machine's own MariaDB server if it is not running (as .ci/run does) and makes a fresh
#    database portal_bench with its own user on loopback.
# 2. Builds the production jar (./mvnw package -DskipTests), unless BENCH_JAR names one to measure.
# 3. Runs bench/java/.../ReaderBenchmark.java (./mvnw -Pbench test -Dbench.test=ReaderBenchmark), which starts
#    the jar twice (schema, then with the generated data), measures in headless Chromium and over HTTP, and
#    writes target/bench/reader.md (the portal's log: target/bench/reader-portal.log).
# Settings: BENCH_JAR, BENCH_RUNS (timed visits per figure, 30), BENCH_SESSIONS (signed-in sessions for the heap
# figure, 30), BENCH_KEEP_DB=1 keeps the database afterwards, BENCH_WAIT_QUIET=1 waits before each timed series
# until no other Maven or Surefire process runs (at most 15 minutes each). Takes about 7 minutes on 2 cores; run
# it on a quiet machine (the report counts other builds at each series' start and end).
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

command -v mariadbd >/dev/null || { echo "needs a MariaDB server (Debian: apt-get install mariadb-server)"; exit 1; }
if ! mariadb -uroot -e 'select 1' >/dev/null 2>&1; then
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    for _ in $(seq 1 30); do mariadb -uroot -e 'select 1' >/dev/null 2>&1 && break; sleep 1; done
fi
password="bench-$(date +%s)-$RANDOM"
mariadb -uroot <<SQL
DROP DATABASE IF EXISTS portal_bench;
CREATE DATABASE portal_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_danish_ci;
CREATE USER IF NOT EXISTS 'portal_bench'@'127.0.0.1' IDENTIFIED BY '$password';
ALTER USER 'portal_bench'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON portal_bench.* TO 'portal_bench'@'127.0.0.1';
SQL
if [ -z "${BENCH_KEEP_DB:-}" ]; then
    trap 'mariadb -uroot -e "DROP DATABASE IF EXISTS portal_bench" || true' EXIT
fi

if [ -z "${BENCH_JAR:-}" ]; then
    ./mvnw -B "$@" package -DskipTests
    BENCH_JAR=$(ls target/innovationsportal-*.jar | grep -v plain | head -1)
fi
echo "measuring $BENCH_JAR"

BENCH_JAR=$(realpath "$BENCH_JAR") \
BENCH_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/portal_bench?sslMode=disable" \
BENCH_DB_USER=portal_bench BENCH_DB_PASSWORD="$password" \
    ./mvnw -B "$@" -Pbench test -Dbench.test=ReaderBenchmark
echo "figures: target/bench/reader.md"
