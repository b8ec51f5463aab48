-- +goose Up
-- Every definition an outcome has had, the first one included: revising an outcome
-- keeps the earlier definitions in its history.
CREATE TABLE outcome_revisions (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  outcome_id bigint NOT NULL REFERENCES outcomes (id),
  name text NOT NULL,
  unit text NOT NULL,
  baseline double precision NOT NULL,
  target double precision NOT NULL,
  direction text NOT NULL CHECK (direction IN ('INCREASE','DECREASE')),
  due_at timestamptz,
  value_ids text NOT NULL DEFAULT '[]',
  reason text NOT NULL DEFAULT '',
  revised_by_id bigint NOT NULL REFERENCES people (id),
  created_at timestamptz NOT NULL
);

CREATE INDEX outcome_revisions_outcome_id_idx ON outcome_revisions (outcome_id);

-- A measurement is corrected at most once; the correction is corrected in its turn.
ALTER TABLE measurements ADD CONSTRAINT measurements_supersedes_id_key UNIQUE (supersedes_id);

-- +goose Down
ALTER TABLE measurements DROP CONSTRAINT measurements_supersedes_id_key;
DROP TABLE outcome_revisions;
