--liquibase formatted sql

--changeset tongban:018-declared-personal-fields
-- Personal form fields are declared in the form schema ("x-personal"). The seeded items declare them
-- from now on; versions stored before (published ones never change otherwise) get the same marks
-- wherever they have such a field, so their cases are masked for staff as new ones are.
UPDATE item_version SET standard = JSON_SET(standard, '$.form.properties.bankAccount."x-personal"', 'bank-account')
  WHERE JSON_CONTAINS_PATH(standard, 'one', '$.form.properties.bankAccount');
UPDATE item_version SET standard = JSON_SET(standard, '$.form.properties.newBankAccount."x-personal"', 'bank-account')
  WHERE JSON_CONTAINS_PATH(standard, 'one', '$.form.properties.newBankAccount');
UPDATE item_version SET standard = JSON_SET(standard, '$.form.properties.fromAccountNo."x-personal"', 'bank-account')
  WHERE JSON_CONTAINS_PATH(standard, 'one', '$.form.properties.fromAccountNo');
UPDATE item_version SET standard = JSON_SET(standard, '$.form.properties.newPhone."x-personal"', 'phone')
  WHERE JSON_CONTAINS_PATH(standard, 'one', '$.form.properties.newPhone');
UPDATE item_version SET standard = JSON_SET(standard, '$.form.properties.deceasedIdNumber."x-personal"', 'id-number')
  WHERE JSON_CONTAINS_PATH(standard, 'one', '$.form.properties.deceasedIdNumber');
UPDATE item_version SET standard = JSON_SET(standard, '$.form.properties.buyerIdNumber."x-personal"', 'id-number')
  WHERE JSON_CONTAINS_PATH(standard, 'one', '$.form.properties.buyerIdNumber');

--changeset tongban:018-personal-data-encrypted
-- Personal data is stored encrypted (AES-256-GCM, "enc:<key id>:<base64>", README Security): the
-- columns widen to hold the ciphertext of their longest value. ID numbers are found by a keyed hash
-- (HMAC-SHA256, hex) beside them, which replaces the indexes on the numbers themselves.
ALTER TABLE application
  MODIFY applicant_name VARCHAR(700) NOT NULL,
  MODIFY applicant_id_number VARCHAR(255) NULL,
  MODIFY agent_name VARCHAR(700) NULL,
  MODIFY agent_id_number VARCHAR(255) NULL,
  MODIFY contact_phone VARCHAR(255) NOT NULL,
  ADD COLUMN applicant_id_hash CHAR(64) NULL AFTER applicant_id_number,
  ADD COLUMN agent_id_hash CHAR(64) NULL AFTER agent_id_number;
DROP INDEX ix_application_applicant ON application;
DROP INDEX ix_application_agent ON application;
CREATE INDEX ix_application_applicant ON application (applicant_id_hash, id);
CREATE INDEX ix_application_agent ON application (agent_id_hash, id);
DROP INDEX ix_bundle_applicant ON bundle;
ALTER TABLE bundle MODIFY applicant_identifier VARCHAR(255) NOT NULL;
ALTER TABLE delivery MODIFY recipient VARCHAR(255) NULL;
ALTER TABLE webhook_subscription MODIFY secret VARCHAR(1200) NOT NULL;
