-- +goose Up
-- Teams that form at once: a commitment may bind only when pledges cover every open need.
-- The CHECK is widened in place, as 00015_quorum explains.
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql,
    'condition_kind IN (''NONE'',''ACTIVE_MEMBERS'',''NEED_PLEDGED'',''PROPOSAL_ADOPTED'')', 'condition_kind IN (''NONE'',''ACTIVE_MEMBERS'',''NEED_PLEDGED'',''PROPOSAL_ADOPTED'',''ALL_NEEDS_PLEDGED'')')
  WHERE type = 'table' AND name = 'commitments';
PRAGMA writable_schema = OFF;
ALTER TABLE commitments RENAME COLUMN status TO status;

-- +goose Down
UPDATE commitments SET condition_kind = 'NONE' WHERE condition_kind = 'ALL_NEEDS_PLEDGED';
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql,
    'condition_kind IN (''NONE'',''ACTIVE_MEMBERS'',''NEED_PLEDGED'',''PROPOSAL_ADOPTED'',''ALL_NEEDS_PLEDGED'')', 'condition_kind IN (''NONE'',''ACTIVE_MEMBERS'',''NEED_PLEDGED'',''PROPOSAL_ADOPTED'')')
  WHERE type = 'table' AND name = 'commitments';
PRAGMA writable_schema = OFF;
ALTER TABLE commitments RENAME COLUMN status TO status;
