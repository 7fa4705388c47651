--liquibase formatted sql

--changeset tongban:012-outbox-request-id
-- The API request that caused an event (its X-Request-Id), so an operator can follow a webhook
-- delivery back to the request and its log lines. Null for events of scheduled jobs.
ALTER TABLE outbox_event ADD COLUMN request_id VARCHAR(64) NULL;
