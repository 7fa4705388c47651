--liquibase formatted sql

--changeset tongban:025-notices-printed-on-demand
-- A notice is issued (numbered, dated, its entries and verification code fixed) in its action's
-- transaction and printed when first asked for, then kept as printed: rendering a PDF with an embedded
-- CJK font inside the action held the case's row lock and, at submission, the district's number
-- counter for tens of milliseconds. So the PDF and its hash are empty until then, and the code it will
-- carry is kept, encrypted like personal data (as is every column converted by Encrypted).
ALTER TABLE notice
  ADD COLUMN code VARCHAR(255) NULL,
  MODIFY pdf MEDIUMBLOB NULL,
  MODIFY pdf_sha256 CHAR(64) NULL;
