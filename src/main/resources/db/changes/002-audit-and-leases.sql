--liquibase formatted sql

--changeset tongban:002-audit-entry
-- Append-only audit trail. Rows are written in the business transaction without a hash; the
-- sealer then chains them in seal order (seq), so no business transaction waits on a global lock.
CREATE TABLE audit_entry (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recorded_at DATETIME NOT NULL,
  actor VARCHAR(100) NOT NULL,
  acting_client VARCHAR(100),
  actor_role VARCHAR(40),
  action VARCHAR(60) NOT NULL,
  subject_type VARCHAR(40) NOT NULL,
  subject_id VARCHAR(100) NOT NULL,
  scope_district VARCHAR(12),
  before_state LONGTEXT,
  after_state LONGTEXT,
  seq BIGINT,
  prev_hash CHAR(64),
  hash CHAR(64),
  UNIQUE KEY uk_audit_seq (seq),
  KEY ix_audit_unsealed (hash, id),
  KEY ix_audit_subject (subject_type, subject_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tongban:002-audit-head
-- The end of the sealed chain; its row lock serialises sealers, never business transactions.
CREATE TABLE audit_head (
  id INT NOT NULL PRIMARY KEY,
  last_seq BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL
) ENGINE=InnoDB;
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

--changeset tongban:002-job-lease
-- Jobs that must run once per cluster take a lease here; expiry is judged by the database clock.
CREATE TABLE job_lease (
  name VARCHAR(60) NOT NULL PRIMARY KEY,
  holder VARCHAR(64),
  expires_at DATETIME(3) NOT NULL
) ENGINE=InnoDB;
