--liquibase formatted sql

--changeset tongban:003-service-item
CREATE TABLE service_item (
  code VARCHAR(80) NOT NULL PRIMARY KEY,
  basic_code VARCHAR(12),
  name_zh VARCHAR(200) NOT NULL,
  name_en VARCHAR(300) NOT NULL,
  department VARCHAR(60) NOT NULL,
  category VARCHAR(60) NOT NULL,
  field VARCHAR(40) NOT NULL,
  item_type VARCHAR(2) NOT NULL,
  exercise_level VARCHAR(1) NOT NULL,
  service_objects VARCHAR(40) NOT NULL,
  row_version INT NOT NULL DEFAULT 0,
  KEY ix_item_department (department, code),
  KEY ix_item_category (category, code),
  KEY ix_item_type (item_type, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset tongban:003-item-version
-- A version is the whole standard of an item (办事指南): kept as one JSON document, with the
-- columns that lists, filters and the report card need copied out of it when it is written.
CREATE TABLE item_version (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_code VARCHAR(80) NOT NULL,
  version_no INT NOT NULL,
  status VARCHAR(10) NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE,
  handling_type VARCHAR(10) NOT NULL,
  statutory_days INT NOT NULL,
  statutory_unit VARCHAR(15) NOT NULL,
  promised_days INT NOT NULL,
  promised_unit VARCHAR(15) NOT NULL,
  max_visits INT NOT NULL,
  online_level VARCHAR(3) NOT NULL,
  item_scope VARCHAR(10) NOT NULL,
  channels VARCHAR(100) NOT NULL,
  instant_approval BOOLEAN NOT NULL,
  fee_charged BOOLEAN NOT NULL,
  standard LONGTEXT NOT NULL,
  created_at DATETIME NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  published_at DATETIME,
  published_by VARCHAR(100),
  row_version INT NOT NULL DEFAULT 0,
  UNIQUE KEY uk_item_version (item_code, version_no),
  KEY ix_version_in_force (item_code, status, valid_from),
  CONSTRAINT fk_version_item FOREIGN KEY (item_code) REFERENCES service_item (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
