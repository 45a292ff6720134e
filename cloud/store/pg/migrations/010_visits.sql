-- 民情日记: visits to residents kept in records. A visit is never edited; the 代点单 order it led to is set once,
-- with who set it and when, so the row is its own audit.
CREATE TABLE visits (
  id text PRIMARY KEY,
  record_id text NOT NULL REFERENCES resident_records(id),
  community_id text NOT NULL REFERENCES communities(id),
  at timestamptz NOT NULL,
  way text NOT NULL CHECK (way IN ('door', 'phone')),
  found text NOT NULL,
  needs text,
  photos text[] NOT NULL DEFAULT '{}',
  logged_by text NOT NULL,
  logged_at timestamptz NOT NULL,
  order_id text REFERENCES orders(id),
  order_linked_by text,
  order_linked_at timestamptz,
  -- The logger's key for this submission: a retry after a lost reply finds the visit instead of logging it twice.
  idempotency_key text,
  CHECK ((order_id IS NULL) = (order_linked_by IS NULL) AND (order_id IS NULL) = (order_linked_at IS NULL))
);
-- A record's diary, newest first; its last visit for the schedule.
CREATE INDEX visits_by_record ON visits (record_id, at DESC, id DESC);
CREATE UNIQUE INDEX visits_idempotency ON visits (logged_by, idempotency_key) WHERE idempotency_key IS NOT NULL;
