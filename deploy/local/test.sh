#!/usr/bin/env bash
# Runs the whole test suite against the real MariaDB, Redis and a real Keycloak (started by the tests).
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
select_java_home
ensure_database
ensure_redis
load_demo_keys
exec mvn -B verify "$@"
