--liquibase formatted sql

--changeset tongban:007-processing-columns
-- Processing: who must act next and by when (the work queues), Art. 32's receipt day after a
-- supplement, step overruns, supplement notices, and the expected length of a special procedure.
ALTER TABLE application
  ADD COLUMN materials_received_on DATE,
  ADD COLUMN current_step_role VARCHAR(10),
  ADD COLUMN queue_role VARCHAR(10),
  ADD COLUMN queue_due DATE,
  ADD COLUMN overran_steps INT NOT NULL DEFAULT 0,
  ADD COLUMN supplement LONGTEXT,
  ADD COLUMN paused_expected_days INT;
UPDATE application SET materials_received_on = received_on;
ALTER TABLE application MODIFY materials_received_on DATE NOT NULL;

--changeset tongban:007-processing-indexes
-- Work queues read the first page in (due date, number) order straight from these indexes; the
-- state counts stay within one point's or one department's queue.
DROP INDEX ix_application_handling ON application;
DROP INDEX ix_application_department ON application;
DROP INDEX ix_application_open_received ON application;
CREATE INDEX ix_queue_point ON application (handling_point, queue_role, queue_due, number);
CREATE INDEX ix_queue_point_state ON application (handling_point, queue_role, state);
CREATE INDEX ix_queue_department ON application (department, queue_role, queue_due, number);
CREATE INDEX ix_queue_department_state ON application (department, queue_role, state);
CREATE INDEX ix_deemed_acceptance ON application (state, materials_received_on);
CREATE INDEX ix_warning_district ON application (handling_district, warning, promised_due, number);
CREATE INDEX ix_warning_city ON application (warning, promised_due, number);
CREATE INDEX ix_clock_open ON application (is_open, state, id);
