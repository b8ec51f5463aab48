-- +goose Up
-- An OUTCOME proposal may carry the outcome it proposes; adopting it defines the outcome.
ALTER TABLE proposals ADD COLUMN outcome_name text NOT NULL DEFAULT '';
ALTER TABLE proposals ADD COLUMN outcome_unit text NOT NULL DEFAULT '';
ALTER TABLE proposals ADD COLUMN outcome_baseline real;
ALTER TABLE proposals ADD COLUMN outcome_target real;
ALTER TABLE proposals ADD COLUMN outcome_due_at datetime;
ALTER TABLE proposals ADD COLUMN outcome_id integer REFERENCES outcomes (id);

-- +goose Down
ALTER TABLE proposals DROP COLUMN outcome_id;
ALTER TABLE proposals DROP COLUMN outcome_due_at;
ALTER TABLE proposals DROP COLUMN outcome_target;
ALTER TABLE proposals DROP COLUMN outcome_baseline;
ALTER TABLE proposals DROP COLUMN outcome_unit;
ALTER TABLE proposals DROP COLUMN outcome_name;
