#!/usr/bin/env bash
# Times the first page of every scoped list over a synthetic table of 1,000,000 applications (5%
# open; finished cases are green; each held where it is handled), built in a scratch schema next to
# the local one. Needs the local MariaDB (its SEQUENCE engine makes the rows) and a schema `tongban`
# migrated and seeded by deploy/local/start.sh.
# Prints each query's best of three runs, in milliseconds. Usage: deploy/local/bench-list-queries.sh [rows]
set -euo pipefail
ROWS="${1:-1000000}"
OPEN_FROM=$((ROWS - ROWS / 20))
SQL=(mysql -uroot -h127.0.0.1 --batch --skip-column-names)

echo "Building tongban_bench.application with $ROWS rows..."
"${SQL[@]}" > /dev/null <<SQL
DROP DATABASE IF EXISTS tongban_bench;
CREATE DATABASE tongban_bench;
USE tongban_bench;
CREATE TABLE application LIKE tongban.application;
CREATE TABLE pts (n INT PRIMARY KEY, code VARCHAR(60), district VARCHAR(20));
INSERT INTO pts SELECT ROW_NUMBER() OVER (ORDER BY code) - 1, code, district_code FROM tongban.service_point;
CREATE TABLE deps (n INT PRIMARY KEY, code VARCHAR(60));
INSERT INTO deps SELECT ROW_NUMBER() OVER (ORDER BY d) - 1, d FROM (SELECT DISTINCT department d FROM tongban.service_item) x;
SET @np = (SELECT COUNT(*) FROM pts), @nd = (SELECT COUNT(*) FROM deps);
INSERT INTO application (id, number, item_code, item_version_id, item_version_no, department, state, is_open, channel,
  applicant_name, applicant_id_number, applicant_district, contact_phone, form, materials, owed_materials,
  receiving_point, handling_point, handling_window, handling_district, holder_district, routing, submitted_by,
  submitted_role,
  acting_client, submitted_at, received_on, accepted_on, promised_due, warning, materials_received_on, queue_role,
  queue_due)
SELECT s.seq,
  CONCAT(p.district, '-', DATE_FORMAT(DATE_SUB('2026-11-29', INTERVAL ($ROWS - s.seq) DIV 2000 DAY), '%Y%m%d'), '-',
    LPAD(s.seq, 7, '0')),
  CONCAT('item-', s.seq % 27), 1, 1, d.code,
  IF(s.seq > $OPEN_FROM, ELT(1 + s.seq % 4, 'RECEIVED', 'ACCEPTED', 'IN_REVIEW', 'APPROVED'), 'COMPLETED'),
  s.seq > $OPEN_FROM, ELT(1 + s.seq % 4, 'WEB', 'MOBILE', 'WINDOW', 'KIOSK'),
  'bench', LPAD(s.seq % 200000, 18, '3'), p.district, '13800000000', '{}', '[]', '[]',
  IF(s.seq % 4 = 3, 'ekiosk-haicang-xinyang', p.code), p.code, CONCAT(p.code, '-01'), p.district, p.district, '{}',
  'bench', 'citizen', IF(s.seq % 4 = 3, 'kiosk-demo-01', 'tongban-app'),
  DATE_SUB('2026-11-29', INTERVAL ($ROWS - s.seq) DIV 2000 DAY),
  DATE_SUB('2026-11-29', INTERVAL ($ROWS - s.seq) DIV 2000 DAY),
  DATE_SUB('2026-11-29', INTERVAL ($ROWS - s.seq) DIV 2000 DAY),
  DATE_ADD(DATE_SUB('2026-11-29', INTERVAL ($ROWS - s.seq) DIV 2000 DAY), INTERVAL 5 DAY),
  IF(s.seq > $OPEN_FROM, ELT(1 + s.seq % 5, 'GREEN', 'GREEN', 'GREEN', 'YELLOW', 'RED'), 'GREEN'),
  DATE_SUB('2026-11-29', INTERVAL ($ROWS - s.seq) DIV 2000 DAY),
  IF(s.seq > $OPEN_FROM, ELT(1 + s.seq % 4, 'clerk', 'reviewer', 'reviewer', 'clerk'), NULL),
  IF(s.seq > $OPEN_FROM, DATE_ADD(DATE_SUB('2026-11-29', INTERVAL ($ROWS - s.seq) DIV 2000 DAY), INTERVAL 5 DAY), NULL)
FROM seq_1_to_$ROWS s JOIN pts p ON p.n = s.seq % @np JOIN deps d ON d.n = s.seq % @nd;
ANALYZE TABLE application;
SQL

QUERIES=(
  "work queue, clerk|SELECT id FROM application WHERE handling_point='haicang-centre' AND queue_role='clerk' ORDER BY queue_due, number LIMIT 21"
  "work queue counts, clerk|SELECT state, COUNT(*) FROM application WHERE handling_point='haicang-centre' AND queue_role='clerk' GROUP BY state"
  "work queue, reviewer|SELECT id FROM application WHERE department='gjj' AND holder_district='350205' AND queue_role='reviewer' ORDER BY queue_due, number LIMIT 21"
  "work queue counts, reviewer|SELECT state, COUNT(*) FROM application WHERE department='gjj' AND holder_district='350205' AND queue_role='reviewer' GROUP BY state"
  "warnings, city|SELECT id FROM application WHERE warning IN ('YELLOW','RED') ORDER BY warning, number LIMIT 51"
  "warnings, district|SELECT id FROM application WHERE warning IN ('YELLOW','RED') AND handling_district='350205' ORDER BY warning, number LIMIT 51"
  "warnings, reviewer|SELECT id FROM application WHERE warning IN ('YELLOW','RED') AND department='gjj' AND holder_district='350205' ORDER BY warning, number LIMIT 51"
  "warnings, point|SELECT id FROM application WHERE warning IN ('YELLOW','RED') AND handling_point='haicang-centre' ORDER BY warning, number LIMIT 51"
  "applications, district|SELECT id FROM application WHERE handling_district='350205' ORDER BY id DESC LIMIT 21"
  "applications, reviewer|SELECT id FROM application WHERE department='gjj' AND holder_district='350205' ORDER BY id DESC LIMIT 21"
  "applications, point handled|SELECT id FROM application WHERE handling_point='haicang-centre' ORDER BY id DESC LIMIT 21"
  "applications, point forwarded|SELECT id FROM application WHERE receiving_point='haicang-centre' AND handling_point <> 'haicang-centre' ORDER BY id DESC LIMIT 21"
  "applications, kiosk client|SELECT id FROM application WHERE acting_client='kiosk-elsewhere' ORDER BY id DESC LIMIT 21"
  "applications, applicant|SELECT id FROM application WHERE applicant_id_number='333333333333012345' ORDER BY id DESC LIMIT 21"
  "routing backlog of an item|SELECT handling_point, COUNT(*) FROM application WHERE item_code='item-5' AND is_open=1 GROUP BY handling_point"
)
printf '%-34s %10s\n' "first page of" "best ms"
for entry in "${QUERIES[@]}"; do
  name="${entry%%|*}"; query="${entry#*|}"
  best=$("${SQL[@]}" tongban_bench -e "SET profiling=1; $query; $query; $query; SHOW PROFILES;" \
    | awk -F'\t' 'NF==3 && $1 ~ /^[0-9]+$/ {ms=$2*1000; if (best=="" || ms<best) best=ms} END {printf "%.2f", best}')
  printf '%-34s %10s\n' "$name" "$best"
done
