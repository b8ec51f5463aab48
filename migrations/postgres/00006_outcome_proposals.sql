-- +goose Up
-- An OUTCOME proposal may carry the outcome it proposes; adopting it defines the outcome.
ALTER TABLE proposals ADD COLUMN outcome_name text NOT NULL DEFAULT '';
ALTER TABLE proposals ADD COLUMN outcome_unit text NOT NULL DEFAULT '';
ALTER TABLE proposals ADD COLUMN outcome_baseline double precision;
ALTER TABLE proposals ADD COLUMN outcome_target double precision;
ALTER TABLE proposals ADD COLUMN outcome_due_at timestamptz;
ALTER TABLE proposals ADD COLUMN outcome_id bigint REFERENCES outcomes (id);

-- +goose Down
ALTER TABLE proposals DROP COLUMN outcome_id;
ALTER TABLE proposals DROP COLUMN outcome_due_at;
ALTER TABLE proposals DROP COLUMN outcome_target;
ALTER TABLE proposals DROP COLUMN outcome_baseline;
ALTER TABLE proposals DROP COLUMN outcome_unit;
ALTER TABLE proposals DROP COLUMN outcome_name;
