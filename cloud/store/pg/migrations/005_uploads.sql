-- Uploaded photos: who uploaded each and when, the order it went to (null until attached: the sweep removes those
-- older than a day), and the media check's verdict.
CREATE TABLE uploads (
  file_id text PRIMARY KEY,
  uploader_id text NOT NULL REFERENCES users(id),
  at timestamptz NOT NULL,
  order_id text,
  media text NOT NULL DEFAULT 'unchecked' CHECK (media IN ('unchecked', 'pending', 'pass', 'risky')),
  media_reason text,
  media_trace text
);
CREATE INDEX uploads_by_uploader ON uploads (uploader_id, at);
CREATE INDEX uploads_unattached ON uploads (at, file_id) WHERE order_id IS NULL;
CREATE UNIQUE INDEX uploads_by_trace ON uploads (media_trace) WHERE media_trace IS NOT NULL;
