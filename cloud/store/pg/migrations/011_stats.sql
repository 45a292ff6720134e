-- Dashboard figures from aggregates (cloud/domain/stats.facts.ts, cloud/jobs/stats.fold.ts): the fold job reads orders
-- changed since its watermark and moves each order's last contribution (stats_facts) to its new one in the daily rows,
-- so a period's figures read at most days × categories × grids rows, however many orders the community ever had.
-- The counter columns are DAY_COUNTERS and MEMBER_COUNTERS of stats.facts.ts, in that order.

-- What each order contributed when last folded, at which version.
CREATE TABLE stats_facts (
  order_id text PRIMARY KEY,
  version integer NOT NULL,
  fact jsonb NOT NULL
);

-- Orders received on one day (+08:00) in one community, category and grid ('' for none).
CREATE TABLE stats_days (
  community_id text NOT NULL,
  day text NOT NULL,
  category_id text NOT NULL,
  grid_id text NOT NULL,
  received integer NOT NULL DEFAULT 0,
  st_submitted integer NOT NULL DEFAULT 0,
  st_open integer NOT NULL DEFAULT 0,
  st_assigned integer NOT NULL DEFAULT 0,
  st_in_progress integer NOT NULL DEFAULT 0,
  st_escalated integer NOT NULL DEFAULT 0,
  st_awaiting_rating integer NOT NULL DEFAULT 0,
  st_closed integer NOT NULL DEFAULT 0,
  st_rejected integer NOT NULL DEFAULT 0,
  st_cancelled integer NOT NULL DEFAULT 0,
  accept_due integer NOT NULL DEFAULT 0,
  accept_in_time integer NOT NULL DEFAULT 0,
  ah0 integer NOT NULL DEFAULT 0,
  ah1 integer NOT NULL DEFAULT 0,
  ah2 integer NOT NULL DEFAULT 0,
  ah3 integer NOT NULL DEFAULT 0,
  ah4 integer NOT NULL DEFAULT 0,
  ah5 integer NOT NULL DEFAULT 0,
  ah6 integer NOT NULL DEFAULT 0,
  ah7 integer NOT NULL DEFAULT 0,
  ah8 integer NOT NULL DEFAULT 0,
  ah9 integer NOT NULL DEFAULT 0,
  ah10 integer NOT NULL DEFAULT 0,
  ah11 integer NOT NULL DEFAULT 0,
  ah12 integer NOT NULL DEFAULT 0,
  resolved integer NOT NULL DEFAULT 0,
  completed integer NOT NULL DEFAULT 0,
  on_time integer NOT NULL DEFAULT 0,
  rated integer NOT NULL DEFAULT 0,
  satisfied integer NOT NULL DEFAULT 0,
  proxy_rated integer NOT NULL DEFAULT 0,
  auto_closed integer NOT NULL DEFAULT 0,
  unrated integer NOT NULL DEFAULT 0,
  reopened integer NOT NULL DEFAULT 0,
  visits integer NOT NULL DEFAULT 0,
  visits_reached integer NOT NULL DEFAULT 0,
  visits_unsatisfied integer NOT NULL DEFAULT 0,
  overdue integer NOT NULL DEFAULT 0,
  PRIMARY KEY (community_id, day, category_id, grid_id)
);

-- One member's orders received on one day in one community.
CREATE TABLE stats_member_days (
  community_id text NOT NULL,
  day text NOT NULL,
  member_id text NOT NULL,
  served integer NOT NULL DEFAULT 0,
  completed integer NOT NULL DEFAULT 0,
  on_time integer NOT NULL DEFAULT 0,
  rated integer NOT NULL DEFAULT 0,
  satisfied integer NOT NULL DEFAULT 0,
  auto_closed integer NOT NULL DEFAULT 0,
  reopened integer NOT NULL DEFAULT 0,
  PRIMARY KEY (community_id, day, member_id)
);

-- The same per month (YYYY-MM): a long period reads the whole months here and only its ends from the day rows.
CREATE TABLE stats_member_months (
  community_id text NOT NULL,
  month text NOT NULL,
  member_id text NOT NULL,
  served integer NOT NULL DEFAULT 0,
  completed integer NOT NULL DEFAULT 0,
  on_time integer NOT NULL DEFAULT 0,
  rated integer NOT NULL DEFAULT 0,
  satisfied integer NOT NULL DEFAULT 0,
  auto_closed integer NOT NULL DEFAULT 0,
  reopened integer NOT NULL DEFAULT 0,
  PRIMARY KEY (community_id, month, member_id)
);

-- What is true now rather than of a period: active orders marked past their deadline.
CREATE TABLE stats_now (
  community_id text PRIMARY KEY,
  overdue integer NOT NULL DEFAULT 0
);

-- Where the fold got to, in the order of (updated_at, id); one row.
CREATE TABLE stats_watermark (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  at timestamptz NOT NULL,
  order_id text NOT NULL
);

-- The fold reads orders changed since its watermark in this order.
CREATE INDEX orders_changed ON orders (updated_at, id);
