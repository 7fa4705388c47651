#!/usr/bin/env bash
# Times the first page of every scoped list, as bare SQL, over the benchmark's synthetic
# applications (deploy/local/bench-data.sh, 1,000,000 by default) in schema tongban_bench.
# Prints each query's best of three runs, in milliseconds.
#
#   deploy/local/bench-list-queries.sh [rows]   builds tongban_bench first: the tables of the local
#       schema `tongban` (migrated and seeded by deploy/local/start.sh), its catalogue and network,
#       then the generated rows;
#   deploy/local/bench-list-queries.sh --no-fill   times the schema as it is (deploy/local/bench.sh
#       calls it so on the schema it has filled).
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
[ -n "${TONGBAN_PERSONAL_DATA_LOOKUP_KEY:-}" ] || load_demo_keys
SCHEMA=tongban_bench
SQL=(mysql -uroot -h"${TONGBAN_DB_HOST:-127.0.0.1}" -P"${TONGBAN_DB_PORT:-3306}" --batch --skip-column-names)

if [ "${1:-}" != "--no-fill" ]; then
  echo "Copying the tables of tongban into $SCHEMA..."
  {
    echo "DROP DATABASE IF EXISTS $SCHEMA; CREATE DATABASE $SCHEMA;"
    for table in district service_point service_window window_item window_category service_item item_version delegation; do
      echo "CREATE TABLE $SCHEMA.$table LIKE tongban.$table; INSERT INTO $SCHEMA.$table SELECT * FROM tongban.$table;"
    done
    echo "CREATE TABLE $SCHEMA.application LIKE tongban.application; CREATE TABLE $SCHEMA.case_stats LIKE tongban.case_stats;"
  } | "${SQL[@]}"
  deploy/local/bench-data.sh "$SCHEMA" "${1:-1000000}"
fi

APPLICANT="(SELECT id_number FROM bench_applicant WHERE n = 0)"
QUERIES=(
  "work queue, clerk|SELECT id FROM application WHERE handling_point='haicang-centre' AND queue_role='clerk' ORDER BY queue_due, number LIMIT 21"
  "work queue counts, clerk|SELECT state, COUNT(*) FROM application WHERE handling_point='haicang-centre' AND queue_role='clerk' GROUP BY state"
  "work queue, reviewer|SELECT id FROM application WHERE department='gjj' AND holder_district='350200' AND queue_role='reviewer' ORDER BY queue_due, number LIMIT 21"
  "work queue counts, reviewer|SELECT state, COUNT(*) FROM application WHERE department='gjj' AND holder_district='350200' AND queue_role='reviewer' GROUP BY state"
  "warnings, city|SELECT id FROM application WHERE warning IN ('YELLOW','RED') ORDER BY warning, number LIMIT 51"
  "warnings, district|SELECT id FROM application WHERE warning IN ('YELLOW','RED') AND handling_district='350205' ORDER BY warning, number LIMIT 51"
  "warnings, reviewer|SELECT id FROM application WHERE warning IN ('YELLOW','RED') AND department='gjj' AND holder_district='350200' ORDER BY warning, number LIMIT 51"
  "warnings, point|SELECT id FROM application WHERE warning IN ('YELLOW','RED') AND handling_point='haicang-centre' ORDER BY warning, number LIMIT 51"
  "applications, district|SELECT id FROM application WHERE handling_district='350205' ORDER BY id DESC LIMIT 21"
  "applications, reviewer|SELECT id FROM application WHERE department='gjj' AND holder_district='350200' ORDER BY id DESC LIMIT 21"
  "applications, point handled|SELECT id FROM application WHERE handling_point='haicang-centre' ORDER BY id DESC LIMIT 21"
  "applications, point forwarded|SELECT id FROM application WHERE receiving_point='haicang-centre' AND handling_point <> 'haicang-centre' ORDER BY id DESC LIMIT 21"
  "applications, kiosk client|SELECT id FROM application WHERE acting_client='kiosk-demo-01' ORDER BY id DESC LIMIT 21"
  "applications, applicant|SELECT id FROM application WHERE applicant_id_hash=$(lookup_hash_sql "$APPLICANT") ORDER BY id DESC LIMIT 21"
  "routing backlog of an item|SELECT handling_point, COUNT(*) FROM application WHERE item_code='gjj-withdraw-purchase' AND is_open=1 GROUP BY handling_point"
)
printf '%-34s %10s\n' "first page of" "best ms"
for entry in "${QUERIES[@]}"; do
  name="${entry%%|*}"; query="${entry#*|}"
  best=$("${SQL[@]}" "$SCHEMA" -e "SET profiling=1; $query; $query; $query; SHOW PROFILES;" \
    | awk -F'\t' 'NF==3 && $1 ~ /^[0-9]+$/ {ms=$2*1000; if (best=="" || ms<best) best=ms} END {printf "%.2f", best}')
  printf '%-34s %10s\n' "$name" "$best"
done
