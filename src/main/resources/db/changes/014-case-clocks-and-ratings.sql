--liquibase formatted sql

--changeset tongban:014-warning-clocks
-- Electronic supervision watches every clock of a case (Art. 32's acceptance window, an unanswered
-- supplement notice, the promised, statutory and step due dates, Art. 44's delivery period), so a
-- case's colour now says which clock gives it and when that clock runs out. Decided cases still
-- waiting for delivery are watched too, so the lists no longer read "open" cases only: a finished
-- case has no clock and is green, and the indexes lead with the scope and the colour. A reviewer's
-- scope is their department in the area whose body holds the case (013), so theirs leads with both.
ALTER TABLE application
  ADD COLUMN warning_clock VARCHAR(12),
  ADD COLUMN warning_due DATE;
UPDATE application SET warning = 'GREEN' WHERE state IN ('COMPLETED', 'NOT_ACCEPTED', 'WITHDRAWN');
DROP INDEX ix_warning_city ON application;
DROP INDEX ix_warning_district ON application;
DROP INDEX ix_warning_point ON application;
DROP INDEX ix_warning_department ON application;
CREATE INDEX ix_warning_city ON application (warning, number);
CREATE INDEX ix_warning_district ON application (handling_district, warning, number);
CREATE INDEX ix_warning_point ON application (handling_point, warning, number);
CREATE INDEX ix_warning_department ON application (department, holder_district, warning, number);
-- The warning job pages through the watched states by id.
DROP INDEX ix_clock_open ON application;
CREATE INDEX ix_clock_state ON application (state, id);

--changeset tongban:014-outbox-notification
-- The SMS an action sends is worded by the action itself (an extension tells its reason), so the
-- text is written with the event in the action's transaction.
ALTER TABLE outbox_event ADD COLUMN notification VARCHAR(1000);

--changeset tongban:014-rating-code
-- Applicants at windows, kiosks and partner outlets may have no account: their receipt carries a
-- one-time code to rate the case with. Only its SHA-256 hash is kept; it is spent by the rating.
CREATE TABLE rating_code (
  application_id BIGINT NOT NULL PRIMARY KEY,
  code_hash CHAR(64) NOT NULL,
  issued_at DATETIME NOT NULL,
  used_at DATETIME,
  CONSTRAINT fk_rating_code_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tongban:014-holder-scope
-- The holder's area is a code compared with the reviewer's district claim, exactly (as 011 made
-- every code column); the competent district likewise. A reviewer's work queue is scoped like their
-- lists (department and holder), so its indexes lead with both before the queue's own order.
ALTER TABLE application
  MODIFY holder_district VARCHAR(20) COLLATE utf8mb4_bin NOT NULL,
  MODIFY competent_district VARCHAR(20) COLLATE utf8mb4_bin;
DROP INDEX ix_queue_department ON application;
DROP INDEX ix_queue_department_state ON application;
CREATE INDEX ix_queue_department ON application (department, holder_district, queue_role, queue_due, number);
CREATE INDEX ix_queue_department_state ON application (department, holder_district, queue_role, state);

--changeset tongban:014-rectification-holder
-- A bad review's rectification is worked by the unit that handled the case: its clerks, and the
-- reviewers of its department in the area whose body held it (who decided it). Rows opened before
-- take their case's holder.
ALTER TABLE rectification ADD COLUMN holder_district VARCHAR(20) COLLATE utf8mb4_bin AFTER handling_district;
UPDATE rectification r JOIN application a ON a.number = r.application_number SET r.holder_district = a.holder_district;
ALTER TABLE rectification MODIFY holder_district VARCHAR(20) COLLATE utf8mb4_bin NOT NULL;
DROP INDEX ix_rectification_department ON rectification;
CREATE INDEX ix_rectification_department ON rectification (department, holder_district, status, deadline);
