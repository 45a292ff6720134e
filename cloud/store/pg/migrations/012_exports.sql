-- Exports (三本帐): each one asked for, its progress and file; and the period reads they page through.
CREATE TABLE exports (
  id text PRIMARY KEY,
  scope_key text NOT NULL,
  kind text NOT NULL,
  period_from timestamptz NOT NULL,
  period_to timestamptz NOT NULL,
  state text NOT NULL CHECK (state IN ('running', 'done', 'failed')),
  rows integer NOT NULL DEFAULT 0,
  name text NOT NULL,
  file_id text UNIQUE,
  created_by text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX exports_scope ON exports (scope_key, at DESC, id DESC);
CREATE INDEX orders_period ON orders (community_id, created_at, id);
CREATE INDEX ledger_period ON ledger (community_id, at, id);
