--liquibase formatted sql

--changeset tongban:013-applicant-parties
-- Applicants are persons (resident ID) or organisations (unified social credit code, GB 32100),
-- and an agent may act for either; both identities are kept. The registered residence is what the
-- applicant declared (with the e-licence it can be checked against), and the competent district is
-- what the item's standard makes it (residence, site or receiving point): never the ID number.
ALTER TABLE application
  ADD COLUMN applicant_kind VARCHAR(12) NOT NULL DEFAULT 'PERSON' AFTER channel,
  MODIFY applicant_id_number VARCHAR(18) NULL,
  ADD COLUMN applicant_credit_code VARCHAR(18) AFTER applicant_id_number,
  ADD COLUMN agent_name VARCHAR(100) AFTER applicant_credit_code,
  ADD COLUMN agent_id_number VARCHAR(18) AFTER agent_name,
  ADD COLUMN residence_licence VARCHAR(100) AFTER applicant_district,
  ADD COLUMN competent_district VARCHAR(20) AFTER residence_licence;
-- A citizen's own applications include those they filed as someone's agent.
CREATE INDEX ix_application_agent ON application (agent_id_number, id);
ALTER TABLE bundle CHANGE applicant_id_number applicant_identifier VARCHAR(18) NOT NULL;

--changeset tongban:013-case-holder
-- The delegation-register entry a case was routed under, and the area whose body holds the item
-- for it (a district, a zone, or 350200 for the city), kept for the case's life: reviewers of the
-- item's department in that area decide it. Cases stored before: the entry in force on the day
-- they were received that has them handled where they are; where none does, the handling district.
ALTER TABLE application
  ADD COLUMN delegation_id BIGINT AFTER handling_district,
  ADD COLUMN holder_district VARCHAR(20) AFTER delegation_id;
UPDATE application a
  JOIN delegation d ON d.item_code = a.item_code AND d.handled_by = a.handling_point
    AND d.valid_from <= a.received_on AND (d.valid_to IS NULL OR d.valid_to >= a.received_on)
  SET a.delegation_id = d.id,
      a.holder_district = CASE WHEN d.exercise_level IN ('1', '2', '3') THEN '350200' ELSE d.district_code END;
UPDATE application SET holder_district = handling_district WHERE holder_district IS NULL;
ALTER TABLE application
  MODIFY holder_district VARCHAR(20) NOT NULL,
  ADD CONSTRAINT fk_application_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id);
-- Reviewer lists and warnings are scoped by department and holder: the indexes lead with both.
DROP INDEX ix_application_department ON application;
CREATE INDEX ix_application_department ON application (department, holder_district, id);
DROP INDEX ix_warning_department ON application;
CREATE INDEX ix_warning_department ON application (department, holder_district, is_open, warning, number);
