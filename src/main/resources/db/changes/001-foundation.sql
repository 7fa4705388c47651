--liquibase formatted sql

--changeset tongban:001-counter
-- Gap-free, instance-safe sequences (application numbers and the like), see NumberAllocator.
CREATE TABLE counter (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  next_value BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
