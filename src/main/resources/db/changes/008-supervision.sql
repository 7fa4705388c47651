--liquibase formatted sql

--changeset tongban:008-case-stats
-- The report card's counters, updated in the transaction of each transition. Each counter row is
-- split into shards so concurrent transitions of one point and item do not queue on one row lock.
CREATE TABLE case_stats (
  day DATE NOT NULL,
  handling_district VARCHAR(20) NOT NULL,
  handling_point VARCHAR(60) NOT NULL,
  item_version_id BIGINT NOT NULL,
  shard TINYINT NOT NULL,
  received INT NOT NULL DEFAULT 0,
  accepted INT NOT NULL DEFAULT 0,
  approved INT NOT NULL DEFAULT 0,
  refused INT NOT NULL DEFAULT 0,
  not_accepted INT NOT NULL DEFAULT 0,
  withdrawn INT NOT NULL DEFAULT 0,
  completed INT NOT NULL DEFAULT 0,
  decided_on_time INT NOT NULL DEFAULT 0,
  decision_working_days BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (day, handling_district, handling_point, item_version_id, shard),
  KEY ix_stats_district_day (handling_district, day)
) ENGINE=InnoDB;

CREATE INDEX ix_open_point_item ON application (is_open, handling_point, item_code);
CREATE INDEX ix_open_district_due ON application (is_open, handling_district, promised_due);

--changeset tongban:008-rating
-- 好差评: one rating per case; a bad one (4, 5) opens a rectification at the unit that handled it.
CREATE TABLE rating (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT NOT NULL,
  application_number VARCHAR(30) NOT NULL,
  level TINYINT NOT NULL,
  channel VARCHAR(10) NOT NULL,
  dimensions LONGTEXT,
  comment VARCHAR(1000),
  rated_on DATE NOT NULL,
  rated_at DATETIME NOT NULL,
  handling_point VARCHAR(60) NOT NULL,
  handling_district VARCHAR(20) NOT NULL,
  department VARCHAR(60) NOT NULL,
  malicious BOOLEAN NOT NULL DEFAULT FALSE,
  UNIQUE KEY uk_rating_application (application_id),
  KEY ix_rating_district_day (handling_district, rated_on),
  CONSTRAINT fk_rating_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE rectification (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  rating_id BIGINT NOT NULL,
  application_number VARCHAR(30) NOT NULL,
  handling_point VARCHAR(60) NOT NULL,
  handling_district VARCHAR(20) NOT NULL,
  department VARCHAR(60) NOT NULL,
  status VARCHAR(20) NOT NULL,
  opened_on DATE NOT NULL,
  deadline DATE,
  callback_note VARCHAR(1000),
  rectification_note VARCHAR(1000),
  reply VARCHAR(1000),
  replied_on DATE,
  appeal_reason VARCHAR(1000),
  appeal_decision VARCHAR(1000),
  applicant_level TINYINT,
  row_version INT NOT NULL DEFAULT 0,
  UNIQUE KEY uk_rectification_rating (rating_id),
  KEY ix_rectification_point (handling_point, status, deadline),
  KEY ix_rectification_district (handling_district, status, deadline),
  KEY ix_rectification_department (department, status, deadline),
  CONSTRAINT fk_rectification_rating FOREIGN KEY (rating_id) REFERENCES rating (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset tongban:008-outbox
-- Transactional outbox: every application event is written here in its own transaction, then
-- fanned out to webhook and SMS deliveries by whichever instance gets to it first.
CREATE TABLE outbox_event (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id CHAR(36) NOT NULL,
  event_type VARCHAR(60) NOT NULL,
  application_number VARCHAR(30) NOT NULL,
  district VARCHAR(20) NOT NULL,
  payload LONGTEXT NOT NULL,
  created_at DATETIME NOT NULL,
  dispatched BOOLEAN NOT NULL DEFAULT FALSE,
  UNIQUE KEY uk_outbox_event_id (event_id),
  KEY ix_outbox_pending (dispatched, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_subscription (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  url VARCHAR(500) NOT NULL,
  event_types VARCHAR(1000) NOT NULL,
  districts VARCHAR(500) NOT NULL,
  secret VARCHAR(200) NOT NULL,
  active BOOLEAN NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  created_at DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One delivery per event and recipient (a subscription, or the applicant's phone), retried with
-- exponential backoff until delivered or dead-lettered.
CREATE TABLE delivery (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  outbox_event_id BIGINT NOT NULL,
  channel VARCHAR(10) NOT NULL,
  subscription_id BIGINT,
  recipient VARCHAR(20),
  message VARCHAR(1000),
  status VARCHAR(10) NOT NULL,
  attempts INT NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(3) NOT NULL,
  last_status INT,
  last_error VARCHAR(500),
  delivered_at DATETIME,
  KEY ix_delivery_due (status, next_attempt_at),
  KEY ix_delivery_subscription (subscription_id, id),
  CONSTRAINT fk_delivery_event FOREIGN KEY (outbox_event_id) REFERENCES outbox_event (id),
  CONSTRAINT fk_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
