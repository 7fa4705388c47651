--liquibase formatted sql

--changeset tongban:016-reference-versions
-- Reference data (catalogue, service network, delegation register, calendar) is served from memory
-- (issue 12). Every admin change bumps its kind's row in the same transaction; each instance reads
-- these four rows once a second and rebuilds a snapshot whose row moved, so a change made through
-- any instance is seen by all within about a second, and a rolled-back change bumps nothing.
CREATE TABLE reference_version (
  name VARCHAR(20) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO reference_version (name, version) VALUES ('catalog', 1), ('network', 1), ('delegation', 1), ('calendar', 1);
