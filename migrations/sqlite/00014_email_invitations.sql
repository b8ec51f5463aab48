-- +goose Up
-- An invitation mailed to one address is a link bound to it: only the person who holds that
-- address may use it, once.
ALTER TABLE invitation_links ADD COLUMN email text;
CREATE INDEX invitation_links_email_idx ON invitation_links (email) WHERE email IS NOT NULL;

-- +goose Down
DROP INDEX invitation_links_email_idx;
ALTER TABLE invitation_links DROP COLUMN email;
