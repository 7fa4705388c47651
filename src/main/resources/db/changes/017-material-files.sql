--liquibase formatted sql

--changeset tongban:017-material-files
-- Files behind the materials (FILE:<id>). A row exists only once its object is stored (the object is
-- written first, then the row in one transaction; an object without a row is removed at once on
-- failure). Until a submission or supplement of its uploader attaches it to a case it expires; once
-- attached it belongs to the case (or the bundle's cases) and is kept with it. The id is random (128 bits), never a count.
CREATE TABLE material_file (
  id VARCHAR(40) NOT NULL PRIMARY KEY,
  uploaded_by VARCHAR(100) NOT NULL,
  media_type VARCHAR(40) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  storage_key VARCHAR(200) NOT NULL,
  uploaded_at DATETIME NOT NULL,
  expires_at DATETIME,
  attached_at DATETIME
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- The expiry job reads unattached files by their expiry.
CREATE INDEX ix_material_file_expiry ON material_file (expires_at);
-- The cases a file is handed in with: one, or every application of a one-thing bundle that shares it.
CREATE TABLE material_file_case (
  application_id BIGINT NOT NULL,
  file_id VARCHAR(40) NOT NULL,
  material_code VARCHAR(80) NOT NULL,
  PRIMARY KEY (application_id, file_id),
  CONSTRAINT fk_material_file_case_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_material_file_case_file FOREIGN KEY (file_id) REFERENCES material_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
