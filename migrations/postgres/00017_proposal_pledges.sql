-- +goose Up
-- Decisions that carry their resources: a proposal may state what it needs; members
-- pledge toward it while it is open, as commitments that bind only if it is adopted
-- (condition PROPOSAL_ADOPTED) and otherwise lapse, saying why.
CREATE TABLE proposal_needs (
  id bigserial PRIMARY KEY,
  proposal_id bigint NOT NULL REFERENCES proposals (id),
  kind text NOT NULL CHECK (kind IN ('TIME','SKILL','MONEY','IN_KIND','GOODWILL')),
  quantity bigint NOT NULL CHECK (quantity > 0),
  unit text NOT NULL,
  currency text NOT NULL DEFAULT '',
  skill text NOT NULL DEFAULT '',
  description text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL
);
CREATE INDEX proposal_needs_proposal_id_idx ON proposal_needs (proposal_id);

ALTER TABLE commitments ADD COLUMN proposal_need_id bigint REFERENCES proposal_needs (id);
ALTER TABLE commitments ADD COLUMN lapse_reason text NOT NULL DEFAULT '';
CREATE INDEX commitments_proposal_need_id_idx ON commitments (proposal_need_id) WHERE proposal_need_id IS NOT NULL;
ALTER TABLE commitments DROP CONSTRAINT commitments_status_check;
ALTER TABLE commitments ADD CONSTRAINT commitments_status_check CHECK (status IN ('PENDING','BINDING','WITHDRAWN','RELEASED','LAPSED'));
ALTER TABLE commitments DROP CONSTRAINT commitments_condition_kind_check;
ALTER TABLE commitments ADD CONSTRAINT commitments_condition_kind_check CHECK (condition_kind IN ('NONE','ACTIVE_MEMBERS','NEED_PLEDGED','PROPOSAL_ADOPTED'));
-- A pledge is toward a proposal's need, and only a pledge is.
ALTER TABLE commitments ADD CONSTRAINT commitments_pledge_check CHECK ((condition_kind = 'PROPOSAL_ADOPTED') = (proposal_need_id IS NOT NULL));

ALTER TABLE proposals DROP CONSTRAINT proposals_status_check;
ALTER TABLE proposals ADD CONSTRAINT proposals_status_check CHECK (status IN ('OPEN','ADOPTED','REJECTED','WITHDRAWN','QUORUM_NOT_REACHED','NOT_COVERED'));

-- +goose Down
UPDATE proposals SET status = 'REJECTED' WHERE status = 'NOT_COVERED';
ALTER TABLE proposals DROP CONSTRAINT proposals_status_check;
ALTER TABLE proposals ADD CONSTRAINT proposals_status_check CHECK (status IN ('OPEN','ADOPTED','REJECTED','WITHDRAWN','QUORUM_NOT_REACHED'));
UPDATE commitments SET status = 'WITHDRAWN' WHERE status = 'LAPSED';
UPDATE commitments SET condition_kind = 'NONE' WHERE condition_kind = 'PROPOSAL_ADOPTED';
ALTER TABLE commitments DROP CONSTRAINT commitments_pledge_check;
ALTER TABLE commitments DROP CONSTRAINT commitments_condition_kind_check;
ALTER TABLE commitments ADD CONSTRAINT commitments_condition_kind_check CHECK (condition_kind IN ('NONE','ACTIVE_MEMBERS','NEED_PLEDGED'));
ALTER TABLE commitments DROP CONSTRAINT commitments_status_check;
ALTER TABLE commitments ADD CONSTRAINT commitments_status_check CHECK (status IN ('PENDING','BINDING','WITHDRAWN','RELEASED'));
DROP INDEX commitments_proposal_need_id_idx;
ALTER TABLE commitments DROP COLUMN lapse_reason;
ALTER TABLE commitments DROP COLUMN proposal_need_id;
DROP TABLE proposal_needs;
