# Shared by start.sh and test.sh (which .ci/run calls): pick a JDK and make sure MariaDB/MySQL answers.
# Source it; functions exit the calling script with a clear message when they cannot proceed.

# Keycloak 26 and the build need Java 21+; this machine kind ships Temurin 25 beside Java 17.
select_java_home() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      # Maven's own Guava touches sun.misc.Unsafe; keep the JDK 25 warning out of the build log.
      export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
      echo "Using Java $version from $JAVA_HOME"
      return 0
    fi
  done
  echo "ERROR: no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm/*)." >&2
  echo "Install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
  exit 1
}

# glibc gives each thread that allocates its own malloc arena (64 MB reserved each, much of it touched):
# on a JVM with dozens of threads that is RSS for nothing. Two arenas, as in the image (deploy/jvm.options).
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

DB_HOST="${TONGBAN_DB_HOST:-127.0.0.1}"
DB_PORT="${TONGBAN_DB_PORT:-3306}"

# Whether something accepts connections on host $1, port $2.
answers() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# Waits up to $3 seconds for host $1, port $2 to answer.
await_answer() {
  for _ in $(seq 1 "$3"); do
    answers "$1" "$2" && return 0
    sleep 1
  done
  return 1
}

# Starts the local mariadbd when it is installed but down. Sets STARTED_MARIADB=1 if it did.
ensure_database() {
  STARTED_MARIADB=0
  if answers "$DB_HOST" "$DB_PORT"; then
    return 0
  fi
  if [ "$DB_HOST" = "127.0.0.1" ] && [ -x /usr/sbin/mariadbd ]; then
    echo "MariaDB is not answering on $DB_HOST:$DB_PORT; starting the local mariadbd"
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    STARTED_MARIADB=1
    await_answer "$DB_HOST" "$DB_PORT" 60 && return 0
  fi
  echo "ERROR: no MySQL/MariaDB answers on $DB_HOST:$DB_PORT." >&2
  echo "Install MariaDB 10.11+ or MySQL 8.0+ (Debian: apt-get install mariadb-server), start it, and" >&2
  echo "allow user root with an empty password from 127.0.0.1, or set TONGBAN_DB_URL, TONGBAN_DB_USER," >&2
  echo "TONGBAN_DB_PASSWORD (and TONGBAN_DB_HOST/TONGBAN_DB_PORT for this check)." >&2
  exit 1
}

REDIS_HOST="${TONGBAN_REDIS_HOST:-127.0.0.1}"
REDIS_PORT="${TONGBAN_REDIS_PORT:-6379}"

# Rate limits are counted in Redis. Starts the local redis-server (keeping nothing on disk) when it
# is installed but down, and sets STARTED_REDIS=1 if it did; returns non-zero when none answers.
ensure_redis() {
  STARTED_REDIS=0
  if answers "$REDIS_HOST" "$REDIS_PORT"; then
    return 0
  fi
  if [ "$REDIS_HOST" = "127.0.0.1" ] && command -v redis-server > /dev/null; then
    echo "Redis is not answering on $REDIS_HOST:$REDIS_PORT; starting the local redis-server"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no > /dev/null
    STARTED_REDIS=1
    await_answer "$REDIS_HOST" "$REDIS_PORT" 10 && return 0
  fi
  echo "No Redis answers on $REDIS_HOST:$REDIS_PORT (Debian: apt-get install redis-server; or set" >&2
  echo "TONGBAN_REDIS_URL, and TONGBAN_REDIS_HOST/TONGBAN_REDIS_PORT for this check)." >&2
  return 1
}

NOTICE_FONT="${TONGBAN_NOTICES_FONT:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}"

# Written notices are PDFs in Chinese, with a CJK font embedded: by default Debian's
# fonts-wqy-microhei, installed here when missing and this runs as root with apt-get (as CI does).
ensure_notice_font() {
  [ -r "$NOTICE_FONT" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "Installing fonts-wqy-microhei for the notices' PDFs"
    apt-get install -y -qq fonts-wqy-microhei > /dev/null 2>&1 \
      || { apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq fonts-wqy-microhei > /dev/null 2>&1; }
    [ -r "$NOTICE_FONT" ] && return 0
  fi
  echo "ERROR: no CJK font for the notices at $NOTICE_FONT (Debian: apt-get install fonts-wqy-microhei," >&2
  echo "or set TONGBAN_NOTICES_FONT and tongban.notices.font to a TrueType font with Chinese glyphs)." >&2
  exit 1
}

# The demo keys (deploy/local/demo.env, DEMO ONLY): exported for the service and the tests.
load_demo_keys() {
  set -a
  # shellcheck source=demo.env
  source deploy/local/demo.env
  set +a
}

# The SQL expression of the lookup hash of $1 (an SQL expression): HMAC-SHA256 under
# TONGBAN_PERSONAL_DATA_LOOKUP_KEY (RFC 2104, the key's inner and outer pads computed here), as
# privacy.LookupHash computes it, for rows written by bulk SQL.
lookup_hash_sql() {
  local key_hex ipad="" opad="" i b
  key_hex=$(printf '%s' "${TONGBAN_PERSONAL_DATA_LOOKUP_KEY:?load_demo_keys first}" | od -An -tx1 | tr -d ' \n')
  if [ "${#key_hex}" -gt 128 ]; then
    key_hex=$(printf '%s' "$TONGBAN_PERSONAL_DATA_LOOKUP_KEY" | sha256sum | cut -c1-64)
  fi
  while [ "${#key_hex}" -lt 128 ]; do key_hex+="00"; done
  for ((i = 0; i < 128; i += 2)); do
    b=$((16#${key_hex:i:2}))
    ipad+=$(printf '%02x' $((b ^ 0x36)))
    opad+=$(printf '%02x' $((b ^ 0x5c)))
  done
  echo "SHA2(CONCAT(UNHEX('$opad'), UNHEX(SHA2(CONCAT(UNHEX('$ipad'), $1), 256))), 256)"
}

# Helpers of the scripts that start processes of their own (bench.sh, galera.sh). Started PIDs go into
# PIDS; stop_started stops the ones given.
# The first free port at or above $1.
free_port() {
  local port="$1"
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# Waits until one of the URLs answers; fails, naming the log, if process $1 exits first.
wait_until_answers() {
  local pid="$1" log="$2" url
  shift 2
  while true; do
    for url in "$@"; do
      curl -sf "$url" > /dev/null && return 0
    done
    kill -0 "$pid" 2>/dev/null || { echo "ERROR: process $pid exited; see $log" >&2; exit 1; }
    sleep 0.2
  done
}

stop_started() {
  local pid
  for pid in "$@"; do
    pkill -TERM -P "$pid" 2>/dev/null || true # kc.sh may run Keycloak as its child
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}

# Starts a Keycloak with the demo realm from the Maven-unpacked distribution in its own copy $1, on
# ports $2 (HTTP) and $3 (management), logging to $4; sets KC_URL and KC_PID and waits for the realm.
start_keycloak() {
  local home="$1" port="$2" management_port="$3" log="$4"
  KC_URL="http://127.0.0.1:$port"
  if [ ! -x "$home/bin/kc.sh" ]; then
    cp -r target/keycloak-dist/keycloak-26.7.3 "$home"
  fi
  mkdir -p "$home/data/import"
  cp deploy/keycloak/tongban-realm.json "$home/data/import/"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$home/bin/kc.sh" start-dev --import-realm --db=dev-mem --http-port="$port" \
    --http-management-port="$management_port" --hostname="$KC_URL" > "$log" 2>&1 &
  KC_PID=$!
  PIDS+=("$KC_PID")
  wait_until_answers "$KC_PID" "$log" "$KC_URL/realms/tongban/.well-known/openid-configuration"
}
