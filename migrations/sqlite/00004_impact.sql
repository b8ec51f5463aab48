-- +goose Up
-- Every definition an outcome has had, the first one included: revising an outcome
-- keeps the earlier definitions in its history.
CREATE TABLE outcome_revisions (
  id integer PRIMARY KEY AUTOINCREMENT,
  collaboration_id integer NOT NULL REFERENCES collaborations (id),
  outcome_id integer NOT NULL REFERENCES outcomes (id),
  name text NOT NULL,
  unit text NOT NULL,
  baseline real NOT NULL,
  target real NOT NULL,
  direction text NOT NULL CHECK (direction IN ('INCREASE','DECREASE')),
  due_at datetime,
  value_ids text NOT NULL DEFAULT '[]',
  reason text NOT NULL DEFAULT '',
  revised_by_id integer NOT NULL REFERENCES people (id),
  created_at datetime NOT NULL
);

CREATE INDEX outcome_revisions_outcome_id_idx ON outcome_revisions (outcome_id);

-- A measurement is corrected at most once; the correction is corrected in its turn.
-- (SQLite adds a unique constraint to an existing table only as a unique index.)
CREATE UNIQUE INDEX measurements_supersedes_id_key ON measurements (supersedes_id);

-- +goose Down
DROP INDEX measurements_supersedes_id_key;
DROP TABLE outcome_revisions;
