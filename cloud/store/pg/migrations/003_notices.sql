-- 受理时限: set from the urgency at submission; the sweep records when an order first waited past it.
ALTER TABLE orders ADD COLUMN accept_by timestamptz;
ALTER TABLE orders ADD COLUMN accept_overdue_at timestamptz;
-- What staff look at first (cloud/domain/attention.ts): 危及生命 0, 紧急 1, past a time limit 2, the rest 3.
ALTER TABLE orders ADD COLUMN attention smallint GENERATED ALWAYS AS (
  CASE
    WHEN urgency = 'life_threatening' THEN 0
    WHEN urgency = 'urgent' THEN 1
    WHEN overdue_at IS NOT NULL OR (status = 'submitted' AND accept_overdue_at IS NOT NULL) THEN 2
    ELSE 3
  END
) STORED;

-- The queues staff work from, ranked: 待受理 by age, the other active tabs by deadline. They replace the 已派单 index.
DROP INDEX IF EXISTS orders_dispatched;
CREATE INDEX orders_rank_submitted ON orders (community_id, attention, created_at, id) WHERE status = 'submitted';
CREATE INDEX orders_rank_status ON orders (community_id, status, attention, deadline, id) WHERE status IN ('open', 'assigned', 'in_progress', 'escalated');
CREATE INDEX orders_rank_dispatched ON orders (community_id, attention, deadline, id) WHERE status IN ('open', 'assigned');
CREATE INDEX orders_rank_overdue ON orders (community_id, attention, deadline, id) WHERE status IN ('submitted', 'open', 'assigned', 'in_progress', 'escalated');
CREATE INDEX orders_accept_due ON orders (community_id, accept_by) WHERE status = 'submitted' AND accept_overdue_at IS NULL;

-- Notices: one person's each, queued in the same transaction as the step; `dedupe` keeps a notice once per person.
CREATE TABLE notices (
  id bigserial PRIMARY KEY,
  user_id text NOT NULL REFERENCES users(id),
  kind text NOT NULL,
  order_id text NOT NULL REFERENCES orders(id),
  title text NOT NULL,
  text text NOT NULL,
  at timestamptz NOT NULL,
  read_at timestamptz,
  dedupe text NOT NULL,
  push text NOT NULL DEFAULT 'pending' CHECK (push IN ('pending', 'sent', 'refused', 'failed', 'skipped')),
  attempts integer NOT NULL DEFAULT 0,
  push_error text
);
CREATE UNIQUE INDEX notices_dedupe ON notices (user_id, dedupe);
CREATE INDEX notices_user ON notices (user_id, at DESC, id DESC);
CREATE INDEX notices_unread ON notices (user_id) WHERE read_at IS NULL;
CREATE INDEX notices_pending ON notices (id) WHERE push = 'pending';
