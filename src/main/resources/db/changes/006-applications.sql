--liquibase formatted sql

--changeset tongban:006-bundle
-- One-thing bundles (一件事): several items applied for together.
CREATE TABLE bundle (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reference VARCHAR(40) NOT NULL,
  applicant_id_number VARCHAR(18) NOT NULL,
  created_at DATETIME NOT NULL,
  UNIQUE KEY uk_bundle_reference (reference),
  KEY ix_bundle_applicant (applicant_id_number, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset tongban:006-application
-- An application (办件). The item version in force on the day it was received is pinned and used
-- for everything after; receiving and handling points are both kept (收受分离).
CREATE TABLE application (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  number VARCHAR(30) NOT NULL,
  item_code VARCHAR(80) NOT NULL,
  item_version_id BIGINT NOT NULL,
  item_version_no INT NOT NULL,
  department VARCHAR(60) NOT NULL,
  state VARCHAR(30) NOT NULL,
  is_open BOOLEAN NOT NULL,
  channel VARCHAR(10) NOT NULL,
  applicant_name VARCHAR(100) NOT NULL,
  applicant_id_number VARCHAR(18) NOT NULL,
  applicant_district VARCHAR(20),
  contact_phone VARCHAR(20) NOT NULL,
  form LONGTEXT NOT NULL,
  materials LONGTEXT NOT NULL,
  owed_materials LONGTEXT NOT NULL,
  receiving_point VARCHAR(60),
  receiving_window VARCHAR(80),
  handling_point VARCHAR(60) NOT NULL,
  handling_window VARCHAR(80) NOT NULL,
  handling_district VARCHAR(20) NOT NULL,
  routing LONGTEXT NOT NULL,
  submitted_by VARCHAR(100) NOT NULL,
  submitted_role VARCHAR(20) NOT NULL,
  acting_client VARCHAR(100),
  bundle_reference VARCHAR(40),
  submitted_at DATETIME NOT NULL,
  received_on DATE NOT NULL,
  accepted_on DATE,
  decided_at DATETIME,
  completed_at DATETIME,
  current_step VARCHAR(40),
  step_started_on DATE,
  step_due DATE,
  promised_due DATE,
  statutory_due DATE,
  paused_state VARCHAR(30),
  paused_since DATE,
  paused_working_days INT NOT NULL DEFAULT 0,
  extension_days INT NOT NULL DEFAULT 0,
  supplement_requests INT NOT NULL DEFAULT 0,
  warning VARCHAR(6) NOT NULL DEFAULT 'GREEN',
  decision LONGTEXT,
  row_version INT NOT NULL DEFAULT 0,
  UNIQUE KEY uk_application_number (number),
  KEY ix_application_applicant (applicant_id_number, id),
  KEY ix_application_handling (handling_point, state, promised_due, number),
  KEY ix_application_receiving (receiving_point, id),
  KEY ix_application_department (department, state, current_step, promised_due, number),
  KEY ix_application_district (handling_district, id),
  KEY ix_application_backlog (item_code, is_open, handling_point),
  KEY ix_application_bundle (bundle_reference),
  KEY ix_application_open_received (state, received_on),
  CONSTRAINT fk_application_version FOREIGN KEY (item_version_id) REFERENCES item_version (id),
  CONSTRAINT fk_application_bundle FOREIGN KEY (bundle_reference) REFERENCES bundle (reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset tongban:006-application-event
-- The case history: every transition, who made it, through which client, in which role.
CREATE TABLE application_event (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT NOT NULL,
  action VARCHAR(40) NOT NULL,
  from_state VARCHAR(30),
  to_state VARCHAR(30) NOT NULL,
  actor VARCHAR(100) NOT NULL,
  acting_client VARCHAR(100),
  actor_role VARCHAR(20) NOT NULL,
  occurred_at DATETIME NOT NULL,
  comment VARCHAR(2000),
  details LONGTEXT,
  KEY ix_event_application (application_id, id),
  CONSTRAINT fk_event_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset tongban:006-idempotency-key
-- A create that may be retried (kiosk, app) carries an Idempotency-Key: the first response is
-- kept, per caller, and replayed for the same key and body.
CREATE TABLE idempotency_key (
  caller VARCHAR(100) NOT NULL,
  key_value VARCHAR(100) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  response_status INT NOT NULL,
  response_location VARCHAR(200),
  response_body LONGTEXT NOT NULL,
  created_at DATETIME NOT NULL,
  PRIMARY KEY (caller, key_value),
  KEY ix_idempotency_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
