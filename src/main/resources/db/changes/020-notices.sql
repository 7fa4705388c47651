--liquibase formatted sql

--changeset tongban:020-notices
-- Written notices (收件回执, 受理通知书, 补正材料通知书, 不予受理决定书, 延期通知, 准予/不予许可决定书), issued
-- in the transaction of the transition that requires them and never changed afterwards: a
-- correction is a new notice naming the one it replaces. Numbered per case (gap-free, taken under
-- the case's row lock, so no city-wide counter serialises transitions): <application number>-<nn>.
-- The verification code is kept only as its SHA-256 hash; the PDF is kept as issued, with its hash.
CREATE TABLE notice (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  number VARCHAR(40) NOT NULL,
  application_id BIGINT NOT NULL,
  seq INT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  issued_on DATE NOT NULL,
  issued_at DATETIME NOT NULL,
  issuer VARCHAR(200) NOT NULL,
  issuer_window VARCHAR(80),
  legal_basis VARCHAR(1000) NOT NULL,
  content TEXT NOT NULL,
  replaces_id BIGINT,
  code_hash CHAR(64) NOT NULL,
  pdf MEDIUMBLOB NOT NULL,
  pdf_sha256 CHAR(64) NOT NULL,
  CONSTRAINT uq_notice_number UNIQUE (number),
  CONSTRAINT uq_notice_seq UNIQUE (application_id, seq),
  CONSTRAINT uq_notice_code UNIQUE (code_hash),
  CONSTRAINT fk_notice_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_notice_replaces FOREIGN KEY (replaces_id) REFERENCES notice (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
