--liquibase formatted sql

--changeset tongban:026-notices-issued
-- A case counts the notices it has been issued, so that the next one's number within the case is
-- taken with the case's own row (locked by every action) instead of by a query over its notices.
ALTER TABLE application ADD COLUMN notices_issued INT NOT NULL DEFAULT 0;
UPDATE application a
  JOIN (SELECT application_id, MAX(seq) AS issued FROM notice GROUP BY application_id) n ON n.application_id = a.id
  SET a.notices_issued = n.issued;
