-- +goose Up
-- Moderation: reports of posts, comments, people and collaborations; posts and comments a
-- steward hid; blocks between people; the suspensions an admin decided.
ALTER TABLE posts ADD COLUMN hidden_at timestamptz;
ALTER TABLE posts ADD COLUMN hidden_by_id bigint REFERENCES people (id);
ALTER TABLE posts ADD COLUMN hidden_reason text NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN hidden_at timestamptz;
ALTER TABLE comments ADD COLUMN hidden_by_id bigint REFERENCES people (id);
ALTER TABLE comments ADD COLUMN hidden_reason text NOT NULL DEFAULT '';

CREATE TABLE reports (
  id bigserial PRIMARY KEY,
  reporter_id bigint NOT NULL REFERENCES people (id),
  target_type text NOT NULL CHECK (target_type IN ('POST', 'COMMENT', 'PERSON', 'COLLABORATION')),
  target_id bigint NOT NULL,
  -- The collaboration the target belongs to (a post's, a comment's, or the collaboration
  -- itself); null for a person.
  collaboration_id bigint REFERENCES collaborations (id),
  -- Who the target is by: a post's or comment's author, the person reported; null for a
  -- collaboration.
  subject_person_id bigint REFERENCES people (id),
  reason text NOT NULL CHECK (reason IN ('SPAM', 'HARASSMENT', 'HATE', 'MISINFORMATION', 'OFF_TOPIC', 'OTHER')),
  body text NOT NULL DEFAULT '',
  status text NOT NULL CHECK (status IN ('OPEN', 'RESOLVED', 'DISMISSED')),
  created_at timestamptz NOT NULL,
  closed_at timestamptz,
  closed_by_id bigint REFERENCES people (id),
  closing_note text NOT NULL DEFAULT ''
);
-- One open report per reporter and target.
CREATE UNIQUE INDEX reports_open_idx ON reports (reporter_id, target_type, target_id) WHERE status = 'OPEN';
CREATE INDEX reports_status_created_at_idx ON reports (status, created_at);
CREATE INDEX reports_target_idx ON reports (target_type, target_id);

CREATE TABLE blocks (
  id bigserial PRIMARY KEY,
  blocker_id bigint NOT NULL REFERENCES people (id),
  blocked_id bigint NOT NULL REFERENCES people (id),
  created_at timestamptz NOT NULL,
  CHECK (blocker_id <> blocked_id),
  UNIQUE (blocker_id, blocked_id)
);
CREATE INDEX blocks_blocked_id_idx ON blocks (blocked_id);

CREATE TABLE suspensions (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people (id),
  suspended_by_id bigint NOT NULL REFERENCES people (id),
  reason text NOT NULL,
  created_at timestamptz NOT NULL,
  lifted_at timestamptz,
  lifted_by_id bigint REFERENCES people (id)
);
CREATE INDEX suspensions_person_id_idx ON suspensions (person_id);

-- +goose Down
DROP TABLE suspensions;
DROP TABLE blocks;
DROP TABLE reports;
ALTER TABLE comments DROP COLUMN hidden_reason;
ALTER TABLE comments DROP COLUMN hidden_by_id;
ALTER TABLE comments DROP COLUMN hidden_at;
ALTER TABLE posts DROP COLUMN hidden_reason;
ALTER TABLE posts DROP COLUMN hidden_by_id;
ALTER TABLE posts DROP COLUMN hidden_at;
