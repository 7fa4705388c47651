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

DB_HOST="${TONGBAN_DB_HOST:-127.0.0.1}"
DB_PORT="${TONGBAN_DB_PORT:-3306}"

database_answers() {
  (exec 3<>"/dev/tcp/$DB_HOST/$DB_PORT") 2>/dev/null
}

# Starts the local mariadbd when it is installed but down. Sets STARTED_MARIADB=1 if it did.
ensure_database() {
  STARTED_MARIADB=0
  if database_answers; then
    return 0
  fi
  if [ "$DB_HOST" = "127.0.0.1" ] && [ -x /usr/sbin/mariadbd ]; then
    echo "MariaDB is not answering on $DB_HOST:$DB_PORT; starting the local mariadbd"
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    STARTED_MARIADB=1
    for _ in $(seq 1 60); do
      database_answers && return 0
      sleep 1
    done
  fi
  echo "ERROR: no MySQL/MariaDB answers on $DB_HOST:$DB_PORT." >&2
  echo "Install MariaDB 10.11+ or MySQL 8.0+ (Debian: apt-get install mariadb-server), start it, and" >&2
  echo "allow user root with an empty password from 127.0.0.1, or set TONGBAN_DB_URL, TONGBAN_DB_USER," >&2
  echo "TONGBAN_DB_PASSWORD (and TONGBAN_DB_HOST/TONGBAN_DB_PORT for this check)." >&2
  exit 1
}
