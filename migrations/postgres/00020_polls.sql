-- +goose Up
-- Kinds of decision besides consent: score, ranked choice and dot-vote polls, and the
-- meeting-time poll. Existing proposals are decided by consent, as before.
ALTER TABLE proposals ADD COLUMN decision_kind text NOT NULL DEFAULT 'CONSENT'
  CHECK (decision_kind IN ('CONSENT','SCORE','RANKED_CHOICE','DOT_VOTE','MEETING_TIME'));
-- A poll's options (JSON: key, label, and for a time slot its start, end and time zone).
ALTER TABLE proposals ADD COLUMN options text NOT NULL DEFAULT '[]';
ALTER TABLE proposals ADD COLUMN dots_per_member integer CHECK (dots_per_member BETWEEN 1 AND 20);
-- How a poll came out (JSON: tallies, instant-runoff rounds, winners), stored at closing.
ALTER TABLE proposals ADD COLUMN poll_result text;

-- One ballot per member per poll; its marks (JSON) say something about each option.
CREATE TABLE ballots (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  proposal_id bigint NOT NULL REFERENCES proposals (id),
  person_id bigint NOT NULL REFERENCES people (id),
  marks text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (proposal_id, person_id)
);
CREATE INDEX ballots_person_id_idx ON ballots (person_id);

-- +goose Down
DROP TABLE ballots;
ALTER TABLE proposals DROP COLUMN poll_result;
ALTER TABLE proposals DROP COLUMN dots_per_member;
ALTER TABLE proposals DROP COLUMN options;
ALTER TABLE proposals DROP COLUMN decision_kind;
