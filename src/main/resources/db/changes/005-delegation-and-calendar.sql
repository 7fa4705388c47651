--liquibase formatted sql

--changeset tongban:005-delegation
-- The delegation register (强区放权): who holds an item where, since when, on what basis. Rows are
-- closed (valid_to) rather than changed, so the history answers "who handled X in D on T".
CREATE TABLE delegation (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_code VARCHAR(80) NOT NULL,
  district_code VARCHAR(20) NOT NULL,
  holder_zh VARCHAR(200) NOT NULL,
  holder_en VARCHAR(300) NOT NULL,
  exercise_level VARCHAR(1) NOT NULL,
  power_source VARCHAR(1) NOT NULL,
  delegated_from_zh VARCHAR(200),
  delegated_from_en VARCHAR(300),
  legal_basis_zh VARCHAR(500) NOT NULL,
  legal_basis_en VARCHAR(700) NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE,
  received_at VARCHAR(60),
  handled_by VARCHAR(60),
  UNIQUE KEY uk_delegation (item_code, district_code, valid_from),
  KEY ix_delegation_district (district_code, item_code),
  CONSTRAINT fk_delegation_item FOREIGN KEY (item_code) REFERENCES service_item (code),
  CONSTRAINT fk_delegation_district FOREIGN KEY (district_code) REFERENCES district (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset tongban:005-calendar
-- Working-day calendar: a year is known only when its official arrangement has been imported.
CREATE TABLE calendar_year (
  year INT NOT NULL PRIMARY KEY,
  papers TEXT,
  imported_at DATETIME NOT NULL,
  imported_by VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Only the exceptions to Monday–Friday: holidays (off_day) and make-up working days (调休).
CREATE TABLE calendar_day (
  day DATE NOT NULL PRIMARY KEY,
  year INT NOT NULL,
  off_day BOOLEAN NOT NULL,
  name VARCHAR(60) NOT NULL,
  KEY ix_calendar_day_year (year),
  CONSTRAINT fk_calendar_day_year FOREIGN KEY (year) REFERENCES calendar_year (year) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
