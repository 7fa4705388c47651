--liquibase formatted sql

--changeset tongban:011-audit-keys
-- The audit chain becomes keyed (HMAC-SHA256 under a configured key, its id stored per entry, so
-- keys can rotate), and is verified in bounded steps from the last verified seal. Entries sealed
-- before this change keep their unkeyed hash and are accepted up to the position recorded here.
ALTER TABLE audit_entry ADD COLUMN key_id VARCHAR(40) AFTER prev_hash;
CREATE TABLE audit_verification (
  id INT NOT NULL PRIMARY KEY,
  verified_seq BIGINT NOT NULL,
  verified_hash CHAR(64) NOT NULL,
  verified_at DATETIME,
  sweep_seq BIGINT NOT NULL DEFAULT 0,
  legacy_through_seq BIGINT NOT NULL,
  break_seq BIGINT,
  break_entry_id BIGINT,
  break_reason VARCHAR(300),
  break_found_at DATETIME,
  break_found_by VARCHAR(100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO audit_verification (id, verified_seq, verified_hash, legacy_through_seq)
  SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', last_seq FROM audit_head WHERE id = 1;

--changeset tongban:011-exact-codes
-- Codes are compared exactly: under utf8mb4_unicode_ci, /items/GJJ-WITHDRAW-RENT found
-- gjj-withdraw-rent (and an application was stored under that spelling), and a NUL was ignored.
-- Binary collation on every column holding a code or a number; a column in a foreign key cannot
-- change collation while the key exists, so those keys are dropped and put back unchanged.
ALTER TABLE item_version DROP FOREIGN KEY fk_version_item;
ALTER TABLE window_item DROP FOREIGN KEY fk_window_item_item, DROP FOREIGN KEY fk_window_item_window;
ALTER TABLE window_category DROP FOREIGN KEY fk_window_category_window;
ALTER TABLE service_window DROP FOREIGN KEY fk_window_point;
ALTER TABLE service_point DROP FOREIGN KEY fk_point_district;
ALTER TABLE delegation DROP FOREIGN KEY fk_delegation_item, DROP FOREIGN KEY fk_delegation_district;
ALTER TABLE application DROP FOREIGN KEY fk_application_bundle;

ALTER TABLE service_item
  MODIFY code VARCHAR(80) COLLATE utf8mb4_bin NOT NULL,
  MODIFY department VARCHAR(60) COLLATE utf8mb4_bin NOT NULL,
  MODIFY category VARCHAR(60) COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE item_version MODIFY item_code VARCHAR(80) COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE district MODIFY code VARCHAR(20) COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE service_point
  MODIFY code VARCHAR(60) COLLATE utf8mb4_bin NOT NULL,
  MODIFY district_code VARCHAR(20) COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE service_window
  MODIFY code VARCHAR(80) COLLATE utf8mb4_bin NOT NULL,
  MODIFY service_point_code VARCHAR(60) COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE window_item
  MODIFY window_code VARCHAR(80) COLLATE utf8mb4_bin NOT NULL,
  MODIFY item_code VARCHAR(80) COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE window_category
  MODIFY window_code VARCHAR(80) COLLATE utf8mb4_bin NOT NULL,
  MODIFY category VARCHAR(60) COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE delegation
  MODIFY item_code VARCHAR(80) COLLATE utf8mb4_bin NOT NULL,
  MODIFY district_code VARCHAR(20) COLLATE utf8mb4_bin NOT NULL,
  MODIFY received_at VARCHAR(60) COLLATE utf8mb4_bin,
  MODIFY handled_by VARCHAR(60) COLLATE utf8mb4_bin;
ALTER TABLE bundle MODIFY reference VARCHAR(40) COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE application
  MODIFY number VARCHAR(30) COLLATE utf8mb4_bin NOT NULL,
  MODIFY item_code VARCHAR(80) COLLATE utf8mb4_bin NOT NULL,
  MODIFY department VARCHAR(60) COLLATE utf8mb4_bin NOT NULL,
  MODIFY applicant_district VARCHAR(20) COLLATE utf8mb4_bin,
  MODIFY receiving_point VARCHAR(60) COLLATE utf8mb4_bin,
  MODIFY receiving_window VARCHAR(80) COLLATE utf8mb4_bin,
  MODIFY handling_point VARCHAR(60) COLLATE utf8mb4_bin NOT NULL,
  MODIFY handling_window VARCHAR(80) COLLATE utf8mb4_bin NOT NULL,
  MODIFY handling_district VARCHAR(20) COLLATE utf8mb4_bin NOT NULL,
  MODIFY bundle_reference VARCHAR(40) COLLATE utf8mb4_bin;
ALTER TABLE case_stats
  MODIFY handling_district VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  MODIFY handling_point VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE rating
  MODIFY application_number VARCHAR(30) COLLATE utf8mb4_bin NOT NULL,
  MODIFY handling_point VARCHAR(60) COLLATE utf8mb4_bin NOT NULL,
  MODIFY handling_district VARCHAR(20) COLLATE utf8mb4_bin NOT NULL,
  MODIFY department VARCHAR(60) COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE rectification
  MODIFY application_number VARCHAR(30) COLLATE utf8mb4_bin NOT NULL,
  MODIFY handling_point VARCHAR(60) COLLATE utf8mb4_bin NOT NULL,
  MODIFY handling_district VARCHAR(20) COLLATE utf8mb4_bin NOT NULL,
  MODIFY department VARCHAR(60) COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE outbox_event
  MODIFY application_number VARCHAR(30) COLLATE utf8mb4_bin NOT NULL,
  MODIFY district VARCHAR(20) COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE item_version ADD CONSTRAINT fk_version_item FOREIGN KEY (item_code) REFERENCES service_item (code);
ALTER TABLE window_item
  ADD CONSTRAINT fk_window_item_window FOREIGN KEY (window_code) REFERENCES service_window (code) ON DELETE CASCADE,
  ADD CONSTRAINT fk_window_item_item FOREIGN KEY (item_code) REFERENCES service_item (code);
ALTER TABLE window_category
  ADD CONSTRAINT fk_window_category_window FOREIGN KEY (window_code) REFERENCES service_window (code) ON DELETE CASCADE;
ALTER TABLE service_window ADD CONSTRAINT fk_window_point FOREIGN KEY (service_point_code) REFERENCES service_point (code);
ALTER TABLE service_point ADD CONSTRAINT fk_point_district FOREIGN KEY (district_code) REFERENCES district (code);
ALTER TABLE delegation
  ADD CONSTRAINT fk_delegation_item FOREIGN KEY (item_code) REFERENCES service_item (code),
  ADD CONSTRAINT fk_delegation_district FOREIGN KEY (district_code) REFERENCES district (code);
ALTER TABLE application ADD CONSTRAINT fk_application_bundle FOREIGN KEY (bundle_reference) REFERENCES bundle (reference);

--changeset tongban:011-sms-phone
-- SMS go only to a phone the applicant's account holds: set at submission when the contact phone
-- equals the phone in the citizen's token; applications without one get no text messages.
-- At most a configured number of SMS per application: counted through the application's events.
ALTER TABLE application ADD COLUMN sms_phone_confirmed BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_outbox_application ON outbox_event (application_number, id);
