-- +goose Up
-- Quorum: a proposal decides only when enough of the members ACTIVE at closing took part.
-- Existing collaborations keep the default share, one half.
ALTER TABLE collaborations ADD COLUMN quorum_share real NOT NULL DEFAULT 0.5
  CHECK (quorum_share >= 0.3333 AND quorum_share <= 1);

-- A QUORUM proposal changes the share; a proposal may close without quorum. SQLite cannot
-- alter a CHECK constraint, and rebuilding proposals would break the foreign keys that
-- point at it; widening a CHECK changes nothing stored, so the table's definition is
-- edited in place, the procedure SQLite documents for it (ALTER TABLE, section 7).
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(replace(sql,
    'kind IN (''GOAL'',''OUTCOME'',''MEMBERSHIP'',''OTHER'')', 'kind IN (''GOAL'',''OUTCOME'',''MEMBERSHIP'',''OTHER'',''QUORUM'')'),
    'status IN (''OPEN'',''ADOPTED'',''REJECTED'',''WITHDRAWN'')', 'status IN (''OPEN'',''ADOPTED'',''REJECTED'',''WITHDRAWN'',''QUORUM_NOT_REACHED'')')
  WHERE type = 'table' AND name = 'proposals';
PRAGMA writable_schema = OFF;
-- A rename to the same name makes SQLite read the edited definition again at once (the
-- stale one would misplace the columns added below).
ALTER TABLE proposals RENAME COLUMN status TO status;
ALTER TABLE proposals ADD COLUMN proposed_quorum_share real;
ALTER TABLE proposals ADD COLUMN anonymous boolean NOT NULL DEFAULT 0;
-- Participation as it stood at closing (null for proposals closed before quorum existed).
ALTER TABLE proposals ADD COLUMN quorum_eligible integer;
ALTER TABLE proposals ADD COLUMN quorum_needed integer;
ALTER TABLE proposals ADD COLUMN quorum_taken integer;
ALTER TABLE proposals ADD COLUMN closing_reason text NOT NULL DEFAULT '';
-- What was decided, stated after closing, and when to review it.
ALTER TABLE proposals ADD COLUMN decision_statement text NOT NULL DEFAULT '';
ALTER TABLE proposals ADD COLUMN decision_stated_by_id integer REFERENCES people (id);
ALTER TABLE proposals ADD COLUMN decision_stated_at datetime;
ALTER TABLE proposals ADD COLUMN review_at datetime;
ALTER TABLE proposals ADD COLUMN review_reminded_at datetime;
CREATE INDEX proposals_review_at_idx ON proposals (review_at) WHERE review_at IS NOT NULL AND review_reminded_at IS NULL;

-- +goose Down
DROP INDEX proposals_review_at_idx;
ALTER TABLE proposals DROP COLUMN review_reminded_at;
ALTER TABLE proposals DROP COLUMN review_at;
ALTER TABLE proposals DROP COLUMN decision_stated_at;
ALTER TABLE proposals DROP COLUMN decision_stated_by_id;
ALTER TABLE proposals DROP COLUMN decision_statement;
ALTER TABLE proposals DROP COLUMN closing_reason;
ALTER TABLE proposals DROP COLUMN quorum_taken;
ALTER TABLE proposals DROP COLUMN quorum_needed;
ALTER TABLE proposals DROP COLUMN quorum_eligible;
ALTER TABLE proposals DROP COLUMN anonymous;
ALTER TABLE proposals DROP COLUMN proposed_quorum_share;
UPDATE proposals SET status = 'REJECTED' WHERE status = 'QUORUM_NOT_REACHED';
UPDATE proposals SET kind = 'OTHER' WHERE kind = 'QUORUM';
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(replace(sql,
    'kind IN (''GOAL'',''OUTCOME'',''MEMBERSHIP'',''OTHER'',''QUORUM'')', 'kind IN (''GOAL'',''OUTCOME'',''MEMBERSHIP'',''OTHER'')'),
    'status IN (''OPEN'',''ADOPTED'',''REJECTED'',''WITHDRAWN'',''QUORUM_NOT_REACHED'')', 'status IN (''OPEN'',''ADOPTED'',''REJECTED'',''WITHDRAWN'')')
  WHERE type = 'table' AND name = 'proposals';
PRAGMA writable_schema = OFF;
ALTER TABLE proposals RENAME COLUMN status TO status;
ALTER TABLE collaborations DROP COLUMN quorum_share;
