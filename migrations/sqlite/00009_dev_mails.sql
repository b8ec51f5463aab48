-- +goose Up
-- The development mailbox (KINDRED_DEV_MAILBOX=1, never in production): mail that would
-- have gone out over SMTP, kept to be read at /dev/mailbox.
CREATE TABLE dev_mails (
  id integer PRIMARY KEY AUTOINCREMENT,
  person_id integer,
  to_address text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  html_body text NOT NULL,
  unsubscribe text NOT NULL DEFAULT '',
  created_at datetime NOT NULL
);

-- +goose Down
DROP TABLE dev_mails;
