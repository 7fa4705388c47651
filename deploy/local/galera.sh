#!/usr/bin/env bash
# Issue 13 §4: the service on a database of more than one node. In one run, on this machine:
#   1. one instance on one plain MariaDB node: submission throughput (the baseline), then two
#      instances on that same node (what a second instance alone brings, without Galera);
#   2. a three-node Galera cluster (synchronous multi-primary, Debian's galera-4) on loopback ports,
#      two instances reaching it through the MySQL driver's load-balanced URL, so every node takes
#      writes: the same load, and the certification conflicts the service retries;
#   3. two instances writing through one node (the driver's failover URL, the others standing by):
#      the same load;
#   4. the same again, that node killed with SIGKILL a third of the way in: the instances fail over,
#      keep answering, and every acknowledged submission is on both surviving nodes, whole, numbers
#      gap-free.
# Prints the figures, the conflicts the service retried (certification failures, tongban_transaction_
# conflicts_total) and writes target/galera/*.json. Never touches the system MariaDB on 3306: every
# node has its own data directory under target/galera and a free port.
#
# Usage: deploy/local/galera.sh [--no-build]   (--no-build: reuse target/quarkus-app and test classes)
# Environment (defaults): GALERA_SECONDS (30, measured per phase), GALERA_CLIENTS (8), GALERA_KEYCLOAK_URL
# (none: a Keycloak of its own is started; else one already serving the demo realm, e.g. http://127.0.0.1:8180).
# Takes ~10 minutes on this 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh

OUT=target/galera
MEASURE="${GALERA_SECONDS:-30}"
CLIENTS="${GALERA_CLIENTS:-8}"
PROVIDER=/usr/lib/galera/libgalera_smm.so
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    *) echo "Unknown argument: $arg (see the header of $0)" >&2; exit 2 ;;
  esac
done
[ -r "$PROVIDER" ] || { echo "ERROR: $PROVIDER is missing (Debian: apt-get install galera-4)" >&2; exit 1; }
# Run as root, mariadbd must drop to a user; rsync's state transfer must write as that same user.
DB_USER_OS=$(id -un)
[ "$DB_USER_OS" = root ] && DB_USER_OS=mysql

PIDS=()
NODE_PIDS=()
cleanup() {
  trap - INT TERM EXIT
  stop_started "${PIDS[@]}"
  local pid
  for pid in "${NODE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${NODE_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup INT TERM EXIT

select_java_home
if [ "$BUILD" = 1 ]; then
  echo "== Building the service (mvn package)"
  mvn -B -q -DskipTests -Dspotless.check.skip=true -Dtypescript.skip package
fi
mkdir -p "$OUT"
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
check() {
  java -cp "target/test-classes:target/classes:$(cat "$OUT/classpath.txt")" org.tongban.operations.ClusterLoadCheck "$@"
}

# A fresh data directory for node $1 (initialised, or empty for a Galera joiner that receives a copy).
new_datadir() {
  rm -rf "${OUT:?}/$1"
  mkdir -p "$OUT/$1/data"
  if [ "${2:-}" != empty ]; then
    # An absolute path: mariadb-install-db resolves a relative one against its base directory (/usr).
    mariadb-install-db --no-defaults --datadir="$PWD/$OUT/$1/data" --auth-root-authentication-method=normal \
      --skip-test-db --user="$DB_USER_OS" > "$OUT/$1/install.log" 2>&1 \
      || { echo "ERROR: mariadb-install-db failed; see $OUT/$1/install.log" >&2; exit 1; }
  fi
  chown -R "$DB_USER_OS" "$OUT/$1"
}

# Starts mariadbd for node $1 on port $2 with further options; no grant tables (loopback only).
start_node() {
  local name="$1" port="$2"
  shift 2
  mariadbd --no-defaults --datadir="$PWD/$OUT/$name/data" --port="$port" --bind-address=127.0.0.1 \
    --socket="$PWD/$OUT/$name/mysqld.sock" --pid-file="$PWD/$OUT/$name/mysqld.pid" --user="$DB_USER_OS" \
    --skip-grant-tables --innodb-buffer-pool-size=64M --log-error="$PWD/$OUT/$name/error.log" "$@" \
    > "$OUT/$name/mariadbd.out" 2>&1 &
  NODE_PIDS+=($!)
  LAST_NODE_PID=$!
  await_answer 127.0.0.1 "$port" 180 || { echo "ERROR: node $name did not start; see $OUT/$name/error.log" >&2; exit 1; }
}

sql() { mysql -h127.0.0.1 -P"$1" -uroot --batch --skip-column-names -e "$2"; }

# A Galera node $1 (index 1-3); the first bootstraps the cluster, the others join and get a copy.
GCOMM_PORTS=() SST_PORTS=() IST_PORTS=() NODE_PORTS=()
for i in 1 2 3; do
  NODE_PORTS+=("$(free_port $((33400 + i * 10)))")
  GCOMM_PORTS+=("$(free_port $((34400 + i * 10)))")
  IST_PORTS+=("$(free_port $((35400 + i * 10)))")
  SST_PORTS+=("$(free_port $((36400 + i * 10)))")
done
GCOMM=$(printf '127.0.0.1:%s,' "${GCOMM_PORTS[@]}")
start_galera_node() {
  local i="$1" k=$(($1 - 1))
  shift
  start_node "node$i" "${NODE_PORTS[$k]}" --wsrep-on=ON --wsrep-provider="$PROVIDER" \
    --wsrep-cluster-name=tongban-local --wsrep-cluster-address="gcomm://${GCOMM%,}" \
    --wsrep-node-name="node$i" --wsrep-node-address="127.0.0.1:${GCOMM_PORTS[$k]}" \
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:${GCOMM_PORTS[$k]};ist.recv_addr=127.0.0.1:${IST_PORTS[$k]};gcache.size=64M" \
    --wsrep-sst-receive-address="127.0.0.1:${SST_PORTS[$k]}" --wsrep-sst-method=rsync \
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 "$@"
  local waited=0
  until [ "$(sql "${NODE_PORTS[$k]}" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = Synced ]; do
    sleep 1; waited=$((waited + 1))
    [ "$waited" -lt 300 ] || { echo "ERROR: node$i never synced; see $OUT/node$i/error.log" >&2; exit 1; }
  done
  GALERA_PIDS[$i]=$LAST_NODE_PID
}

DB_PARAMS="createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true"
# Production keys the prod profile requires come from demo.env when it exists; else the demo-only key.
if [ -f deploy/local/demo.env ]; then
  set -a; source deploy/local/demo.env; set +a
fi
export TONGBAN_AUDIT_KEY_ID="${TONGBAN_AUDIT_KEY_ID:-demo-1}"
export TONGBAN_AUDIT_KEY="${TONGBAN_AUDIT_KEY:-demo-only-audit-key-not-for-any-real-deployment}"

# Starts an instance named $1 on database URL $2; appends its API base URL to INSTANCES.
INSTANCES=()
MANAGEMENT=()
start_instance() {
  local name="$1" url="$2" port management
  port=$(free_port 38080) && management=$(free_port 39000)
  [ "$management" != "$port" ] || management=$(free_port $((port + 1)))
  TONGBAN_DB_URL="$url" TONGBAN_OIDC_URL="$KC_URL/realms/tongban" TONGBAN_HTTP_PORT="$port" \
    TONGBAN_MANAGEMENT_PORT="$management" TONGBAN_RATE_LIMITS_ENABLED=false \
    java -jar target/quarkus-app/quarkus-run.jar > "$OUT/$name.log" 2>&1 &
  PIDS+=($!)
  wait_until_answers $! "$OUT/$name.log" "http://127.0.0.1:$management/q/health/ready"
  INSTANCES+=("http://127.0.0.1:$port")
  MANAGEMENT+=("http://127.0.0.1:$management")
}

# The conflicts the running instances ran again or gave up on (tongban_transaction_conflicts_total),
# summed over the instances, by method and outcome.
conflicts() {
  local m
  for m in "${MANAGEMENT[@]}"; do curl -sf "$m/q/metrics" || true; done \
    | sed -n 's/^tongban_transaction_conflicts_total{\(.*\)} \([0-9.E]*\)$/\1 \2/p' \
    | awk '{ sum[$1] += $2 } END { for (k in sum) printf "%s %d; ", k, sum[k]; if (!length(sum)) printf "none" }'
}

if [ -n "${GALERA_KEYCLOAK_URL:-}" ]; then
  KC_URL="$GALERA_KEYCLOAK_URL"
  echo "== Keycloak at $KC_URL"
else
  KC_PORT=$(free_port 28190)
  echo "== Keycloak"
  start_keycloak target/keycloak-galera "$KC_PORT" "$(free_port $((KC_PORT + 1)))" "$OUT/keycloak.log"
fi
echo "   load before: $(uptime)"

echo "== 1. One instance on one MariaDB node"
SINGLE_PORT=$(free_port 33300)
new_datadir single
start_node single "$SINGLE_PORT"
start_instance one "jdbc:mysql://127.0.0.1:$SINGLE_PORT/tongban?$DB_PARAMS"
check load "$KC_URL" "$MEASURE" "$CLIENTS" "$OUT/one-node.json" 0 0 "${INSTANCES[@]}"
echo "   and a second instance on the same node"
start_instance two "jdbc:mysql://127.0.0.1:$SINGLE_PORT/tongban?$DB_PARAMS"
check load "$KC_URL" "$MEASURE" "$CLIENTS" "$OUT/one-node-two-instances.json" 0 0 "${INSTANCES[@]}"
echo "   conflicts retried: $(conflicts)"
stop_started "${PIDS[-1]}" "${PIDS[-2]}"
kill "$LAST_NODE_PID"; wait "$LAST_NODE_PID" 2>/dev/null || true

echo "== 2. Three Galera nodes, two instances through the load-balanced URL"
new_datadir node1
new_datadir node2 empty
new_datadir node3 empty
declare -a GALERA_PIDS
start_galera_node 1 --wsrep-new-cluster
start_galera_node 2
start_galera_node 3
echo "   cluster size $(sql "${NODE_PORTS[0]}" "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)"
HOSTS=$(printf '127.0.0.1:%s,' "${NODE_PORTS[@]}")
# Reads wait until this node has applied what the cluster committed before them (wsrep_sync_wait=1),
# so an instance reads its peer's writes; a dead node is left out for 5 s before it is tried again.
LB_URL="jdbc:mysql:loadbalance://${HOSTS%,}/tongban?$DB_PARAMS&loadBalanceBlocklistTimeout=5000&sessionVariables=wsrep_sync_wait=1"
INSTANCES=() MANAGEMENT=()
start_instance galera-a "$LB_URL"
start_instance galera-b "$LB_URL"
check load "$KC_URL" "$MEASURE" "$CLIENTS" "$OUT/galera-every-node-writes.json" 0 0 "${INSTANCES[@]}"
echo "   conflicts retried: $(conflicts)"
stop_started "${PIDS[-1]}" "${PIDS[-2]}"

echo "== 3. Two instances writing through node1, nodes 2 and 3 standing by (the failover URL)"
# The first host takes every connection while it answers; a connection whose host died fails its
# transaction and moves to the next host, still writable (failOverReadOnly=false).
FAILOVER_URL="jdbc:mysql://${HOSTS%,}/tongban?$DB_PARAMS&failOverReadOnly=false&sessionVariables=wsrep_sync_wait=1"
INSTANCES=() MANAGEMENT=()
start_instance galera-c "$FAILOVER_URL"
start_instance galera-d "$FAILOVER_URL"
check load "$KC_URL" "$MEASURE" "$CLIENTS" "$OUT/galera-one-writer.json" 0 0 "${INSTANCES[@]}"

echo "== 4. The same, node1 killed under load"
check load "$KC_URL" "$MEASURE" "$CLIENTS" "$OUT/galera-writer-killed.json" "${GALERA_PIDS[1]}" $((MEASURE / 3)) \
  "${INSTANCES[@]}"
echo "   cluster size now $(sql "${NODE_PORTS[1]}" "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)"
VERDICT=0
for k in 1 2; do
  check verify "jdbc:mysql://127.0.0.1:${NODE_PORTS[$k]}/tongban?$DB_PARAMS" "$OUT/galera-every-node-writes.json" \
    "$OUT/galera-one-writer.json" "$OUT/galera-writer-killed.json" || VERDICT=1
done

echo "== Conflicts the service ran again in phases 3 and 4"
echo "   $(conflicts)"
echo "   load after: $(uptime)"

echo
echo "== Figures (same run, $CLIENTS clients, $MEASURE s each; waits from a key's first attempt to its 201)"
field() { grep -o "\"$2\" : [0-9.]*" "$OUT/$1.json" | cut -d' ' -f3; }
printf '   %-26s %12s %9s %9s\n' phase submissions/s p50-ms p99-ms
for f in one-node one-node-two-instances galera-every-node-writes galera-one-writer galera-writer-killed; do
  printf '   %-26s %12.1f %9.0f %9.0f\n' "$f" "$(field "$f" throughput)" "$(field "$f" p50Ms)" "$(field "$f" p99Ms)"
done
[ "$VERDICT" = 0 ] && echo "PASS: acknowledged writes survived the loss of a node" || echo "FAIL (see above)"
exit "$VERDICT"
