-- +goose Up
-- Decisions that carry their resources: a proposal may state what it needs; members
-- pledge toward it while it is open, as commitments that bind only if it is adopted
-- (condition PROPOSAL_ADOPTED) and otherwise lapse, saying why.
CREATE TABLE proposal_needs (
  id integer PRIMARY KEY AUTOINCREMENT,
  proposal_id integer NOT NULL REFERENCES proposals (id),
  kind text NOT NULL CHECK (kind IN ('TIME','SKILL','MONEY','IN_KIND','GOODWILL')),
  quantity integer NOT NULL CHECK (quantity > 0),
  unit text NOT NULL,
  currency text NOT NULL DEFAULT '',
  skill text NOT NULL DEFAULT '',
  description text NOT NULL DEFAULT '',
  created_at datetime NOT NULL
);
CREATE INDEX proposal_needs_proposal_id_idx ON proposal_needs (proposal_id);

-- Widening CHECK constraints in place, as 00015_quorum does for proposals.
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(replace(sql,
    'status IN (''PENDING'',''BINDING'',''WITHDRAWN'',''RELEASED'')', 'status IN (''PENDING'',''BINDING'',''WITHDRAWN'',''RELEASED'',''LAPSED'')'),
    'condition_kind IN (''NONE'',''ACTIVE_MEMBERS'',''NEED_PLEDGED'')', 'condition_kind IN (''NONE'',''ACTIVE_MEMBERS'',''NEED_PLEDGED'',''PROPOSAL_ADOPTED'')')
  WHERE type = 'table' AND name = 'commitments';
UPDATE sqlite_master SET sql = replace(sql,
    'status IN (''OPEN'',''ADOPTED'',''REJECTED'',''WITHDRAWN'',''QUORUM_NOT_REACHED'')', 'status IN (''OPEN'',''ADOPTED'',''REJECTED'',''WITHDRAWN'',''QUORUM_NOT_REACHED'',''NOT_COVERED'')')
  WHERE type = 'table' AND name = 'proposals';
PRAGMA writable_schema = OFF;
ALTER TABLE commitments RENAME COLUMN status TO status;
ALTER TABLE proposals RENAME COLUMN status TO status;
ALTER TABLE commitments ADD COLUMN proposal_need_id integer REFERENCES proposal_needs (id);
ALTER TABLE commitments ADD COLUMN lapse_reason text NOT NULL DEFAULT '';
CREATE INDEX commitments_proposal_need_id_idx ON commitments (proposal_need_id) WHERE proposal_need_id IS NOT NULL;

-- +goose Down
DROP INDEX commitments_proposal_need_id_idx;
UPDATE proposals SET status = 'REJECTED' WHERE status = 'NOT_COVERED';
UPDATE commitments SET status = 'WITHDRAWN' WHERE status = 'LAPSED';
UPDATE commitments SET condition_kind = 'NONE' WHERE condition_kind = 'PROPOSAL_ADOPTED';
ALTER TABLE commitments DROP COLUMN lapse_reason;
ALTER TABLE commitments DROP COLUMN proposal_need_id;
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(replace(sql,
    'status IN (''PENDING'',''BINDING'',''WITHDRAWN'',''RELEASED'',''LAPSED'')', 'status IN (''PENDING'',''BINDING'',''WITHDRAWN'',''RELEASED'')'),
    'condition_kind IN (''NONE'',''ACTIVE_MEMBERS'',''NEED_PLEDGED'',''PROPOSAL_ADOPTED'')', 'condition_kind IN (''NONE'',''ACTIVE_MEMBERS'',''NEED_PLEDGED'')')
  WHERE type = 'table' AND name = 'commitments';
UPDATE sqlite_master SET sql = replace(sql,
    'status IN (''OPEN'',''ADOPTED'',''REJECTED'',''WITHDRAWN'',''QUORUM_NOT_REACHED'',''NOT_COVERED'')', 'status IN (''OPEN'',''ADOPTED'',''REJECTED'',''WITHDRAWN'',''QUORUM_NOT_REACHED'')')
  WHERE type = 'table' AND name = 'proposals';
PRAGMA writable_schema = OFF;
ALTER TABLE commitments RENAME COLUMN status TO status;
ALTER TABLE proposals RENAME COLUMN status TO status;
DROP TABLE proposal_needs;
