-- +goose Up
-- Teams that form at once: a commitment may bind only when pledges cover every open need.
ALTER TABLE commitments DROP CONSTRAINT commitments_condition_kind_check;
ALTER TABLE commitments ADD CONSTRAINT commitments_condition_kind_check CHECK (condition_kind IN ('NONE','ACTIVE_MEMBERS','NEED_PLEDGED','PROPOSAL_ADOPTED','ALL_NEEDS_PLEDGED'));

-- +goose Down
UPDATE commitments SET condition_kind = 'NONE' WHERE condition_kind = 'ALL_NEEDS_PLEDGED';
ALTER TABLE commitments DROP CONSTRAINT commitments_condition_kind_check;
ALTER TABLE commitments ADD CONSTRAINT commitments_condition_kind_check CHECK (condition_kind IN ('NONE','ACTIVE_MEMBERS','NEED_PLEDGED','PROPOSAL_ADOPTED'));
