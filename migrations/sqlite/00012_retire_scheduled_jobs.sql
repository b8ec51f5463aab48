-- +goose Up
-- The kept job queue (River, in its own tables) runs the periodic jobs now.
DROP TABLE scheduled_jobs;

-- +goose Down
CREATE TABLE scheduled_jobs (
  id integer PRIMARY KEY AUTOINCREMENT,
  name text NOT NULL UNIQUE,
  last_slot integer NOT NULL DEFAULT 0,
  ran_by text NOT NULL DEFAULT '',
  ran_at datetime
);
