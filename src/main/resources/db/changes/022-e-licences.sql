--liquibase formatted sql

--changeset tongban:022-used-licences
-- The e-licences a case's materials are (type, number, issuer, as-of day), as the library answered at
-- submission: personal (an ID card's number is the ID number), so stored encrypted like the materials.
-- Cases received before have none recorded.
ALTER TABLE application ADD COLUMN licences LONGTEXT NULL AFTER owed_materials;
