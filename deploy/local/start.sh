#!/usr/bin/env bash
# Starts Tongban locally: MariaDB and Redis (if installed but down), Keycloak with the demo realm, and the
# service with the seeds. Ctrl-C stops what this script started.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh

APP_PORT="${TONGBAN_HTTP_PORT:-8080}"
# Health, metrics and the API description are on the management port, not the API port.
export TONGBAN_MANAGEMENT_PORT="${TONGBAN_MANAGEMENT_PORT:-9000}"
KC_PORT="${TONGBAN_KEYCLOAK_PORT:-8180}"
KC_MANAGEMENT_PORT="${TONGBAN_KEYCLOAK_MANAGEMENT_PORT:-9180}"
KC_URL="http://127.0.0.1:$KC_PORT"
KC_HOME=target/keycloak-local
PIDS=()

stop_all() {
  trap - INT TERM EXIT
  echo; echo "Stopping what start.sh started..."
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "${STARTED_MARIADB:-0}" = 1 ]; then
    start-stop-daemon --stop --oknodo --exec /usr/sbin/mariadbd || true
  fi
  if [ "${STARTED_REDIS:-0}" = 1 ]; then
    redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" shutdown nosave > /dev/null 2>&1 || true
  fi
}
trap stop_all INT TERM EXIT

for port in "$APP_PORT" "$TONGBAN_MANAGEMENT_PORT" "$KC_PORT" "$KC_MANAGEMENT_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "ERROR: port $port is already in use (set TONGBAN_HTTP_PORT / TONGBAN_MANAGEMENT_PORT /" \
      "TONGBAN_KEYCLOAK_PORT / TONGBAN_KEYCLOAK_MANAGEMENT_PORT to free ones)." >&2
    exit 1
  fi
done

select_java_home
ensure_database
ensure_redis || echo "WARNING: without Redis the service runs with no rate limits (it fails open)."
ensure_notice_font

echo "Building the service (first time: a few minutes, Maven downloads Quarkus and Keycloak)..."
mvn -B -q -DskipTests -Dspotless.check.skip=true package

if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  cp -r target/keycloak-dist/keycloak-26.7.3 "$KC_HOME"
fi
mkdir -p "$KC_HOME/data/import"
cp deploy/keycloak/tongban-realm.json "$KC_HOME/data/import/"
echo "Starting Keycloak on $KC_URL (first start ~1 min: it builds itself)..."
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  "$KC_HOME/bin/kc.sh" start-dev --import-realm --db=dev-mem --http-port="$KC_PORT" \
  --http-management-port="$KC_MANAGEMENT_PORT" --hostname="$KC_URL" > target/keycloak-local.log 2>&1 &
PIDS+=($!)
until curl -sf "$KC_URL/realms/tongban/.well-known/openid-configuration" > /dev/null; do
  kill -0 "${PIDS[0]}" 2>/dev/null || { echo "Keycloak exited; see target/keycloak-local.log" >&2; exit 1; }
  sleep 1
done

echo "Starting the service on http://127.0.0.1:$APP_PORT ..."
# DEMO-ONLY keys (deploy/local/demo.env): the packaged service refuses to start without keys (README, Security).
load_demo_keys
TONGBAN_OIDC_URL="$KC_URL/realms/tongban" TONGBAN_HTTP_PORT="$APP_PORT" \
  java @deploy/jvm.options -Dquarkus.log.console.json.enabled=false -jar target/quarkus-app/quarkus-run.jar &
PIDS+=($!)
until curl -sf "http://127.0.0.1:$TONGBAN_MANAGEMENT_PORT/q/health/ready" > /dev/null; do
  kill -0 "${PIDS[1]}" 2>/dev/null || { echo "The service exited; see the log above" >&2; exit 1; }
  sleep 1
done

cat <<MSG

Tongban is up.
  API                 http://127.0.0.1:$APP_PORT/api/v1
  Swagger UI          http://127.0.0.1:$TONGBAN_MANAGEMENT_PORT/q/swagger-ui
  OpenAPI             http://127.0.0.1:$TONGBAN_MANAGEMENT_PORT/q/openapi
  Health, metrics     http://127.0.0.1:$TONGBAN_MANAGEMENT_PORT/q/health  http://127.0.0.1:$TONGBAN_MANAGEMENT_PORT/q/metrics
  Keycloak            $KC_URL/admin  (admin / admin; realm tongban, demo users' password: demo)

Try it:
  TOKEN=\$(curl -s -d grant_type=password -d client_id=tongban-app -d username=citizen-chen -d password=demo \\
    $KC_URL/realms/tongban/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
  curl -s -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:$APP_PORT/api/v1/me

Press Ctrl-C to stop.
MSG
wait
