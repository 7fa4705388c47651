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
