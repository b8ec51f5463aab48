-- +goose Up
-- Links a steward shares: whoever follows a valid one joins by committing, without waiting
-- for approval. Only a hash of the token is kept; the link itself is shown once.
CREATE TABLE invitation_links (
  id integer PRIMARY KEY AUTOINCREMENT,
  collaboration_id integer NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
  created_by_id integer REFERENCES people (id) ON DELETE SET NULL,
  token_hash text NOT NULL UNIQUE,
  need_id integer REFERENCES needs (id) ON DELETE SET NULL,
  expires_at datetime NOT NULL,
  max_uses integer CHECK (max_uses > 0),
  uses integer NOT NULL DEFAULT 0 CHECK (uses >= 0),
  revoked_at datetime,
  created_at datetime NOT NULL
);
CREATE INDEX invitation_links_collaboration_id_idx ON invitation_links (collaboration_id);

-- Who came in by which link.
ALTER TABLE memberships ADD COLUMN invitation_link_id integer REFERENCES invitation_links (id) ON DELETE SET NULL;

-- +goose Down
ALTER TABLE memberships DROP COLUMN invitation_link_id;
DROP TABLE invitation_links;
