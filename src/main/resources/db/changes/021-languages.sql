--liquibase formatted sql

--changeset tongban:021-languages
-- The applicant's language (zh-CN or en), from the submission's Accept-Language: the SMS the case
-- sends and the notices it issues later follow it. A notice issued to an applicant who reads English
-- is printed in English too, with the same number and verification code (the code is kept only as a
-- hash, so the English PDF is rendered with the Chinese one or never); the Chinese PDF stays the
-- authoritative one.
ALTER TABLE application ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'zh-CN';
ALTER TABLE notice ADD COLUMN pdf_en MEDIUMBLOB, ADD COLUMN pdf_en_sha256 CHAR(64);
