-- +goose Up
-- What waits for a person, live and as a list. dedupe_key makes a scheduled notice (a
-- proposal closing, a commitment due) exist once per person however often jobs look.
CREATE TABLE notifications (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  kind text NOT NULL,
  collaboration_id bigint REFERENCES collaborations (id),
  actor_id bigint REFERENCES people (id),
  subject_type text NOT NULL,
  subject_id bigint NOT NULL,
  dedupe_key text,
  created_at timestamptz NOT NULL,
  read_at timestamptz,
  UNIQUE (person_id, dedupe_key)
);
CREATE INDEX notifications_person_id_id_idx ON notifications (person_id, id);

-- One row per scheduled job: an instance runs a job for a time slot only if it moves
-- last_slot forward, so with several instances each slot runs once.
CREATE TABLE scheduled_jobs (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  last_slot bigint NOT NULL DEFAULT 0,
  ran_by text NOT NULL DEFAULT '',
  ran_at timestamptz
);

-- +goose Down
DROP TABLE scheduled_jobs;
DROP TABLE notifications;
