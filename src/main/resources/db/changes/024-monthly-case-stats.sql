--liquibase formatted sql

--changeset tongban:024-monthly-case-stats
-- The report card of a long period (issue 12: a city-year card over 1,000,000 cases in ≤ 200 ms)
-- summed a year of daily counter rows (points × item versions × shards × 365). Each counter is now
-- kept twice, by day and by month, moved by the same statement (one upsert of two rows), so the two
-- always agree: a card sums the month rows of the whole months it covers and the day rows of the
-- days at its edges. A month row's day is the month's first day.
ALTER TABLE case_stats
  ADD COLUMN span ENUM('DAY', 'MONTH') NOT NULL DEFAULT 'DAY' FIRST,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (span, day, handling_district, handling_point, item_version_id, shard),
  DROP INDEX ix_stats_district_day,
  ADD INDEX ix_stats_district_day (span, handling_district, day);
INSERT INTO case_stats (span, day, handling_district, handling_point, item_version_id, shard, received, accepted,
  approved, refused, not_accepted, withdrawn, completed, decided_on_time, decision_working_days)
SELECT 'MONTH', day - INTERVAL (DAYOFMONTH(day) - 1) DAY, handling_district, handling_point, item_version_id, shard,
  SUM(received), SUM(accepted), SUM(approved), SUM(refused), SUM(not_accepted), SUM(withdrawn), SUM(completed),
  SUM(decided_on_time), SUM(decision_working_days)
FROM case_stats WHERE span = 'DAY'
GROUP BY day - INTERVAL (DAYOFMONTH(day) - 1) DAY, handling_district, handling_point, item_version_id, shard;
