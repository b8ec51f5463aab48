-- +goose Up
-- Threads: a collaboration's conversations. A thread's first post opens it; post_count
-- and last_post_at change with each reply, so a list of threads reads no posts.
CREATE TABLE threads (
  id integer PRIMARY KEY AUTOINCREMENT,
  collaboration_id integer NOT NULL REFERENCES collaborations (id),
  author_id integer NOT NULL REFERENCES people (id),
  title text NOT NULL,
  post_count integer NOT NULL DEFAULT 0 CHECK (post_count >= 0),
  last_post_at datetime NOT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL
);
CREATE INDEX threads_collaboration_id_idx ON threads (collaboration_id);

CREATE TABLE posts (
  id integer PRIMARY KEY AUTOINCREMENT,
  collaboration_id integer NOT NULL REFERENCES collaborations (id),
  thread_id integer NOT NULL REFERENCES threads (id),
  author_id integer NOT NULL REFERENCES people (id),
  body text NOT NULL,
  created_at datetime NOT NULL,
  edited_at datetime
);
CREATE INDEX posts_thread_id_idx ON posts (thread_id);
CREATE INDEX posts_author_id_idx ON posts (author_id);
-- The committee signal counts a collaboration's posts of the last 30 days.
CREATE INDEX posts_collaboration_id_created_at_idx ON posts (collaboration_id, created_at);

-- Every body a post has had, the first as written: editing keeps the history.
CREATE TABLE post_revisions (
  id integer PRIMARY KEY AUTOINCREMENT,
  collaboration_id integer NOT NULL REFERENCES collaborations (id),
  post_id integer NOT NULL REFERENCES posts (id),
  body text NOT NULL,
  created_at datetime NOT NULL
);
CREATE INDEX post_revisions_post_id_idx ON post_revisions (post_id);

-- +goose Down
DROP TABLE post_revisions;
DROP TABLE posts;
DROP TABLE threads;
