-- +goose Up
-- The needs and commitments an OUTCOME proposal says serve the outcome it puts forward:
-- linked to the outcome in the transaction that adopts it.
CREATE TABLE proposal_outcome_links (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  proposal_id bigint NOT NULL REFERENCES proposals (id),
  need_id bigint REFERENCES needs (id),
  commitment_id bigint REFERENCES commitments (id),
  CHECK ((need_id IS NULL) <> (commitment_id IS NULL))
);
CREATE INDEX proposal_outcome_links_proposal_id_idx ON proposal_outcome_links (proposal_id);

-- +goose Down
DROP TABLE proposal_outcome_links;
