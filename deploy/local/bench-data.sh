#!/usr/bin/env bash
# The one generator of benchmark data: fills a migrated and seeded schema with synthetic
# applications by bulk SQL (MariaDB's SEQUENCE engine makes the rows), never through the API.
#
#   deploy/local/bench-data.sh SCHEMA [ROWS]      (ROWS defaults to 1,000,000)
#
# The rows use the schema's own catalogue and network, so the service can read every one of them:
# each row is one (open window, item it accepts) pair of the seeds, in force item versions only,
# with that version's published example as its form and materials. They are spread evenly over
# those pairs (hence over points, districts and items) and over the days from 1 January of last
# year to yesterday; the newest 5% are still open (received, accepted, in review, waiting for a
# supplement) or approved awaiting delivery, the rest completed, withdrawn or not accepted (and green:
# a finished case has no clock).
# Applicants are ROWS/5 synthetic residents with valid ID numbers of the city's districts, kept in
# table bench_applicant (the benchmark logs in as the first of them). The report card's counters
# (case_stats, by day and by month) are rebuilt from the rows. Previous synthetic rows are replaced.
set -euo pipefail
SCHEMA="${1:?usage: bench-data.sh SCHEMA [ROWS]}"
ROWS="${2:-1000000}"
APPLICANTS=$((ROWS / 5 > 0 ? ROWS / 5 : 1))
OPEN_FROM=$((ROWS - ROWS / 20))
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
[ -n "${TONGBAN_PERSONAL_DATA_LOOKUP_KEY:-}" ] || load_demo_keys
# Personal columns are written in clear (the service reads them and encrypts them when it saves a
# row); the ID number's lookup hash is what the service finds a citizen's applications by.
ID_HASH=$(lookup_hash_sql a.id_number)
SQL=(mysql -uroot -h"${TONGBAN_DB_HOST:-127.0.0.1}" -P"${TONGBAN_DB_PORT:-3306}" --batch --skip-column-names)

# GB 11643 check digit: the 17 digits weighted, summed modulo 11, mapped onto 1 0 X 9 8 7 6 5 4 3 2.
WEIGHTS=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2)
CHECKSUM=""
for i in "${!WEIGHTS[@]}"; do
  CHECKSUM+="${CHECKSUM:+ + }SUBSTRING(b, $((i + 1)), 1) * ${WEIGHTS[$i]}"
done

echo "Filling $SCHEMA with $ROWS synthetic applications (bulk SQL; a few minutes for 1,000,000)..."
"${SQL[@]}" "$SCHEMA" > /dev/null <<SQL
SET SESSION foreign_key_checks = 0, unique_checks = 0;
SET @first_day = MAKEDATE(YEAR(CURDATE()) - 1, 1), @last_day = CURDATE() - INTERVAL 1 DAY;
SET @days = DATEDIFF(@last_day, @first_day) + 1;

DROP TABLE IF EXISTS bench_route, bench_applicant;
-- Every open window with each item it accepts (by code or by category), in force version only.
-- The delegation the point handles the item under, and the area whose body holds it, as the router
-- records them (a city-level exercise is held by the city).
CREATE TABLE bench_route (n INT PRIMARY KEY, point VARCHAR(60), win VARCHAR(80), district VARCHAR(20),
  item_code VARCHAR(80), version_id BIGINT, version_no INT, department VARCHAR(60), form LONGTEXT, materials LONGTEXT,
  delegation_id BIGINT, holder_district VARCHAR(20))
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO bench_route
SELECT ROW_NUMBER() OVER (ORDER BY w.code, i.code) - 1, p.code, w.code, p.district_code, i.code, v.id, v.version_no,
  i.department, COALESCE(JSON_EXTRACT(v.standard, '$.example.form'), '{}'),
  COALESCE(JSON_EXTRACT(v.standard, '$.example.materials'), '[]'), d.id,
  CASE WHEN d.id IS NULL THEN p.district_code WHEN d.exercise_level IN ('1', '2', '3') THEN '350200'
    ELSE d.district_code END
FROM service_window w
JOIN service_point p ON p.code = w.service_point_code
JOIN service_item i ON i.code IN (SELECT item_code FROM window_item WHERE window_code = w.code)
  OR i.category IN (SELECT category FROM window_category WHERE window_code = w.code)
JOIN item_version v ON v.item_code = i.code AND v.status = 'PUBLISHED' AND v.valid_to IS NULL
LEFT JOIN delegation d ON d.id = (SELECT MIN(id) FROM delegation WHERE item_code = i.code AND handled_by = p.code
  AND valid_to IS NULL)
WHERE w.is_open;
SET @routes = (SELECT COUNT(*) FROM bench_route);

-- Residents of the city's districts with valid ID numbers: district, birth date, sequence, check digit.
CREATE TABLE bench_applicant (n INT PRIMARY KEY, id_number CHAR(18) NOT NULL, district VARCHAR(20) NOT NULL)
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TEMPORARY TABLE bench_district (n INT PRIMARY KEY, code VARCHAR(20));
INSERT INTO bench_district SELECT ROW_NUMBER() OVER (ORDER BY code) - 1, code FROM district WHERE kind = 'DIVISION';
SET @districts = (SELECT COUNT(*) FROM bench_district);
INSERT INTO bench_applicant
SELECT n, CONCAT(b, SUBSTRING('10X98765432', 1 + MOD($CHECKSUM, 11), 1)), district
FROM (SELECT s.seq - 1 AS n, d.code AS district,
        CONCAT(d.code, DATE_FORMAT('1960-01-01' + INTERVAL (s.seq DIV 1000) DAY, '%Y%m%d'), LPAD(s.seq MOD 1000, 3, '0')) AS b
      FROM seq_1_to_$APPLICANTS s JOIN bench_district d ON d.n = s.seq MOD @districts) x;

DELETE FROM case_stats;
DELETE FROM application WHERE submitted_by = 'bench-preload';
INSERT INTO application (number, item_code, item_version_id, item_version_no, department, state, is_open, channel,
  applicant_name, applicant_id_number, applicant_id_hash, applicant_district, contact_phone, form, materials, owed_materials,
  receiving_point, handling_point, handling_window, handling_district, delegation_id, holder_district, routing,
  submitted_by, submitted_role,
  acting_client, submitted_at, received_on, materials_received_on, accepted_on, decided_at, completed_at,
  promised_due, statutory_due, warning, current_step_role, queue_role, queue_due)
SELECT CONCAT(x.district, '-', DATE_FORMAT(x.day, '%Y%m%d'), '-', LPAD(x.seq, 7, '0')),
  x.item_code, x.version_id, x.version_no, x.department, x.state,
  x.state IN ('RECEIVED', 'ACCEPTED', 'IN_REVIEW', 'SUPPLEMENT_REQUESTED'),
  ELT(1 + x.seq MOD 4, 'WEB', 'MOBILE', 'WINDOW', 'KIOSK'),
  CONCAT('申请人', x.applicant), a.id_number, $ID_HASH, a.district, CONCAT('139', LPAD(x.applicant, 8, '0')), x.form, x.materials,
  '[]', IF(x.seq MOD 4 = 3, 'ekiosk-haicang-xinyang', x.point), x.point, x.win, x.district, x.delegation_id,
  x.holder_district,
  JSON_OBJECT('handlingPoint', x.point, 'handlingWindow', x.win, 'handlingDistrict', x.district,
    'forwarded', x.seq MOD 4 = 3, 'rule', 'NEAREST', 'explanation', 'synthetic benchmark row'),
  'bench-preload', 'citizen', IF(x.seq MOD 4 = 3, 'kiosk-demo-01', 'tongban-app'),
  x.day + INTERVAL 9 HOUR, x.day, x.day,
  IF(x.state IN ('RECEIVED', 'SUPPLEMENT_REQUESTED', 'NOT_ACCEPTED', 'WITHDRAWN'), NULL, x.day),
  IF(x.state IN ('APPROVED', 'COMPLETED'), x.day + INTERVAL 1 DAY + INTERVAL 10 HOUR, NULL),
  IF(x.state = 'COMPLETED', x.day + INTERVAL 2 DAY + INTERVAL 10 HOUR, NULL),
  x.day + INTERVAL 5 DAY, x.day + INTERVAL 20 DAY,
  IF(x.state IN ('COMPLETED', 'NOT_ACCEPTED', 'WITHDRAWN'), 'GREEN',
    ELT(1 + x.seq MOD 5, 'GREEN', 'GREEN', 'GREEN', 'YELLOW', 'RED')),
  IF(x.state IN ('ACCEPTED', 'IN_REVIEW'), 'reviewer', NULL),
  CASE x.state WHEN 'RECEIVED' THEN 'clerk' WHEN 'APPROVED' THEN 'clerk'
    WHEN 'ACCEPTED' THEN 'reviewer' WHEN 'IN_REVIEW' THEN 'reviewer' END,
  IF(x.state IN ('RECEIVED', 'APPROVED', 'ACCEPTED', 'IN_REVIEW'), x.day + INTERVAL 5 DAY, NULL)
FROM (SELECT s.seq, r.point, r.win, r.district, r.item_code, r.version_id, r.version_no, r.department, r.form,
        r.materials, r.delegation_id, r.holder_district, s.seq MOD $APPLICANTS AS applicant,
        @first_day + INTERVAL ((s.seq - 1) * @days DIV $ROWS) DAY AS day,
        IF(s.seq > $OPEN_FROM,
          ELT(1 + s.seq MOD 5, 'RECEIVED', 'ACCEPTED', 'IN_REVIEW', 'SUPPLEMENT_REQUESTED', 'APPROVED'),
          ELT(1 + s.seq MOD 20, 'WITHDRAWN', 'NOT_ACCEPTED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED',
            'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED',
            'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED')) AS state
      FROM seq_1_to_$ROWS s JOIN bench_route r ON r.n = s.seq MOD @routes) x
JOIN bench_applicant a ON a.n = x.applicant;

-- The report card's counters, as the transitions would have moved them (all on the day received), by
-- day and by month (migration 024: a month's row is dated its first day).
INSERT INTO case_stats (span, day, handling_district, handling_point, item_version_id, shard, received, accepted,
  approved, refused, not_accepted, withdrawn, completed, decided_on_time, decision_working_days)
SELECT span.name, IF(span.name = 'DAY', received_on, received_on - INTERVAL (DAYOFMONTH(received_on) - 1) DAY) AS d,
  handling_district, handling_point, item_version_id, 0, COUNT(*), COUNT(accepted_on),
  SUM(state IN ('APPROVED', 'COMPLETED')), 0, SUM(state = 'NOT_ACCEPTED'), SUM(state = 'WITHDRAWN'),
  SUM(state = 'COMPLETED'), COUNT(decided_at), COUNT(decided_at)
FROM application JOIN (SELECT 'DAY' AS name UNION ALL SELECT 'MONTH') span
GROUP BY span.name, d, handling_district, handling_point, item_version_id;
ANALYZE TABLE application, case_stats;
SQL
"${SQL[@]}" "$SCHEMA" -e "SELECT CONCAT(COUNT(*), ' applications, ', COUNT(DISTINCT handling_point), ' points, ',
  COUNT(DISTINCT item_code), ' items, ', MIN(received_on), ' to ', MAX(received_on)) FROM application"
