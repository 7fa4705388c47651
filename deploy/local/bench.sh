#!/usr/bin/env bash
# The benchmark (issue 12): builds and starts the packaged service (prod profile) and a Keycloak of
# its own on free ports, against schema tongban_bench filled with 1,000,000 synthetic applications,
# then measures, in this one run:
#   1. the database's limit: plain JDBC doing exactly the writes of one submission per transaction;
#   2. the service over HTTP (closed loop, real tokens, 16 and 64 clients, warm-up excluded);
#   3. the first page of every scoped list as bare SQL (deploy/local/bench-list-queries.sh);
#   4. JMH micro-benchmarks of routing over 1,000 points and of one deadline.
# Prints one table and writes it as JSON under target/bench/ (with the date and the commit).
#
# Usage: deploy/local/bench.sh [--keep-data] [--no-jmh] [--only=SCENARIO,...]
#   --keep-data  reuse tongban_bench when it already holds the rows (skips the rebuild, ~3 min); the
#                catalogue stays as loaded then (seeds are imported once): after a change to the seeds'
#                published examples, run without it
#   --no-jmh     skip the micro-benchmarks
#   --only=...   run only these HTTP scenarios (names as in the table)
# Environment (defaults): BENCH_ROWS (1000000), BENCH_CLIENTS (16,64), BENCH_JIT_WARMUP_S (10: every
#   scenario once, unmeasured, after the service starts), BENCH_WARMUP_S (3: before each measured run),
#   BENCH_MEASURE_S (10), BENCH_JDBC_CONNECTIONS (16), BENCH_JDBC_WARMUP_S (5), BENCH_JDBC_MEASURE_S (15),
#   BENCH_SERVICE_JAVA_OPTS (@deploy/jvm.options: the service's JVM options, as start.sh and the image
#   run it; it replaces them, so add to them as "@deploy/jvm.options -XX:StartFlightRecording=...";
#   " " runs the JVM's own defaults), BENCH_MAVEN_FLAGS (none; e.g. -o where every artifact is
#   already in ~/.m2).
# Takes ~15 minutes on this 2-core machine: ~4 to fill the data, ~8 for the HTTP runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh

SCHEMA=tongban_bench
OUT=target/bench
ROWS="${BENCH_ROWS:-1000000}"
KEEP_DATA=0
RUN_JMH=1
ONLY=""
for arg in "$@"; do
  case "$arg" in
    --keep-data) KEEP_DATA=1 ;;
    --no-jmh) RUN_JMH=0 ;;
    --only=*) ONLY="${arg#--only=}" ;;
    *) echo "Unknown argument: $arg (see the header of $0)" >&2; exit 2 ;;
  esac
done

PIDS=()
cleanup() {
  trap - INT TERM EXIT
  stop_started "${PIDS[@]}"
  if [ "${STARTED_MARIADB:-0}" = 1 ]; then
    start-stop-daemon --stop --oknodo --exec /usr/sbin/mariadbd || true
  fi
}
trap cleanup INT TERM EXIT

select_java_home
ensure_database
ensure_notice_font
mkdir -p "$OUT"
rm -f "$OUT"/*.part.json
# The machine's load when the run starts (and, in the report, when it ends): other work on the same
# cores depresses every figure but the ratio to the JDBC limit measured in the same run.
cut -d' ' -f1-3 /proc/loadavg > "$OUT/loadavg-start.txt"
# The commit of the code built now (edits made while the run goes on are not in it).
COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo -dirty)"

echo "== Building the service and the benchmark driver (mvn -Pbench package)"
# The type check of the TypeScript client and the fake S3 server (both from npm) are for the tests.
# shellcheck disable=SC2086
mvn -B -q ${BENCH_MAVEN_FLAGS:-} -Pbench -DskipTests -Dspotless.check.skip=true -Dtypescript.skip -Ds3rver.skip package
CLASSPATH_BENCH="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"
bench_java() { java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$CLASSPATH_BENCH" "$@"; }

APP_PORT=$(free_port 28080)
MANAGEMENT_PORT=$(free_port 29000)
KC_PORT=$(free_port 28180)
KC_MANAGEMENT_PORT=$(free_port $((KC_PORT + 1)))
KC_URL="http://127.0.0.1:$KC_PORT"
APP_URL="http://127.0.0.1:$APP_PORT"
DB_PARAMS="useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true"
DB_URL="jdbc:mysql://${DB_HOST}:${DB_PORT}/$SCHEMA?$DB_PARAMS"

echo "== Starting Keycloak on $KC_URL"
start_keycloak target/keycloak-bench "$KC_PORT" "$KC_MANAGEMENT_PORT" "$OUT/keycloak.log"

# The keys the prod profile requires: the demo-only ones of deploy/local/demo.env, as start.sh.
load_demo_keys
# Seeds loaded, rate limits off; the two jobs that sweep every open case every 10 minutes are off so
# that a sweep cannot land inside one scenario (their cost is not per request); the outbox and the
# audit sealer run as in production.
SERVICE_PID=""
start_service() {
  local log="$1" started
  started=$(date +%s%N)
  TONGBAN_DB_URL="jdbc:mysql://${DB_HOST}:${DB_PORT}/$SCHEMA?createDatabaseIfNotExist=true&$DB_PARAMS" \
    TONGBAN_OIDC_URL="$KC_URL/realms/tongban" TONGBAN_HTTP_PORT="$APP_PORT" TONGBAN_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
    java ${BENCH_SERVICE_JAVA_OPTS:-@deploy/jvm.options} -Dtongban.rate-limits.enabled=false -Dtongban.seeds.load-on-start=true \
    -Dtongban.jobs.deemed-acceptance-every=off -Dtongban.jobs.warnings-every=off \
    -Dtongban.e-licences.demo-extra="$LICENCES" \
    -jar target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
  SERVICE_PID=$!
  PIDS+=("$SERVICE_PID")
  # Health is on the management port where the service has one, else on the API port.
  wait_until_answers "$SERVICE_PID" "$log" "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" "$APP_URL/q/health/ready"
  STARTUP_MS=$((($(date +%s%N) - started) / 1000000))
}

SQL=(mysql -uroot -h"$DB_HOST" -P"$DB_PORT" --batch --skip-column-names)
# The synthetic residents' ID cards, added to the demo e-licence library: a submission hands in the
# resident's own (bench Fixture); none before the residents exist.
LICENCES="$OUT/e-licences.yaml"
echo "[]" > "$LICENCES"
# Reusable only when the service made it (Liquibase's changelog is there) and the rows are in.
preloaded=$("${SQL[@]}" -e "SELECT COUNT(*) FROM $SCHEMA.DATABASECHANGELOG LIMIT 0;
  SELECT COUNT(*) FROM $SCHEMA.application WHERE submitted_by = 'bench-preload'" 2>/dev/null || echo 0)
if [ "$KEEP_DATA" = 1 ] && [ "$preloaded" -ge "$ROWS" ]; then
  echo "== Reusing $SCHEMA ($preloaded synthetic applications)"
else
  echo "== Creating $SCHEMA: the service migrates it and loads the seeds"
  "${SQL[@]}" -e "DROP DATABASE IF EXISTS $SCHEMA"
  start_service "$OUT/service-first-start.log"
  stop_started "$SERVICE_PID"
  deploy/local/bench-data.sh "$SCHEMA" "$ROWS"
fi

echo "== The database's limit: the writes of one submission per transaction over plain JDBC"
bench_java org.tongban.bench.JdbcLimit "$DB_URL" "$OUT/jdbc.part.json"

"${SQL[@]}" -e "SELECT CONCAT('- {type: ID_CARD, number: \'', id_number, '\', holder: \'', id_number,
  '\', holderName: bench resident ', n, ', issuer: bench, issuedOn: 2020-01-01, district: null}')
  FROM $SCHEMA.bench_applicant ORDER BY n LIMIT 1000" > "$LICENCES"

echo "== Starting the service on $APP_URL (an already-migrated database)"
start_service "$OUT/service.log"
echo "   ready in $STARTUP_MS ms"

echo "== The service over HTTP"
bench_java org.tongban.bench.HttpLoad "$APP_URL" "$KC_URL" "$DB_URL" "$SERVICE_PID" "$STARTUP_MS" \
  "$OUT/http.part.json" "$ONLY"

echo "== First pages of the scoped lists as bare SQL"
deploy/local/bench-list-queries.sh --no-fill | tee "$OUT/list-queries.txt"

stop_started "$SERVICE_PID" "$KC_PID"
if [ "$RUN_JMH" = 1 ]; then
  echo "== Micro-benchmarks (JMH), with the service and Keycloak stopped"
  bench_java org.openjdk.jmh.Main 'org\.tongban\.bench\..*Benchmark' -f 1 -wi 3 -w 1s -i 5 -r 1s \
    -rf json -rff "$OUT/jmh.part.json"
fi

bench_java org.tongban.bench.BenchReport "$OUT" "$COMMIT"
