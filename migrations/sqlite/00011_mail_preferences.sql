-- +goose Up
-- A person's time zone (IANA name) decides when their daily and weekly digests go out.
ALTER TABLE people ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC';

-- How a person wants mail of each kind: at once, in a daily or weekly digest, or never.
-- A kind without a row takes its default (domain/notify).
CREATE TABLE mail_preferences (
  id integer PRIMARY KEY AUTOINCREMENT,
  person_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  kind text NOT NULL,
  cadence text NOT NULL,
  updated_at datetime NOT NULL,
  UNIQUE (person_id, kind)
);

-- When a notification went out by mail, at once or in a digest; null while it has not.
ALTER TABLE notifications ADD COLUMN mailed_at datetime;
CREATE INDEX notifications_unmailed_idx ON notifications (created_at) WHERE mailed_at IS NULL;

-- One row per digest sent (or found empty): a person gets one digest of a cadence per
-- period, named by the local date the period starts, however many instances look.
CREATE TABLE mail_digests (
  id integer PRIMARY KEY AUTOINCREMENT,
  person_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  cadence text NOT NULL,
  period text NOT NULL,
  items integer NOT NULL,
  sent_at datetime NOT NULL,
  UNIQUE (person_id, cadence, period)
);

-- +goose Down
DROP TABLE mail_digests;
DROP INDEX notifications_unmailed_idx;
ALTER TABLE notifications DROP COLUMN mailed_at;
DROP TABLE mail_preferences;
ALTER TABLE people DROP COLUMN time_zone;
