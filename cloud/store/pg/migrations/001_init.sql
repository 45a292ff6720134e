-- People and places: street → communities → grids; roles are held per community or per street.
CREATE TABLE streets (
  id text PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE communities (
  id text PRIMARY KEY,
  street_id text NOT NULL REFERENCES streets(id),
  name text NOT NULL,
  duty_phone text NOT NULL DEFAULT '',
  settings jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX communities_street ON communities (street_id);

CREATE TABLE grids (
  id text PRIMARY KEY,
  community_id text NOT NULL REFERENCES communities(id),
  name text NOT NULL
);
CREATE INDEX grids_community ON grids (community_id);

CREATE TABLE teams (
  id text PRIMARY KEY,
  community_id text NOT NULL REFERENCES communities(id),
  name text NOT NULL,
  color text NOT NULL
);
CREATE INDEX teams_community ON teams (community_id);

CREATE TABLE categories (
  id text PRIMARY KEY,
  community_id text NOT NULL REFERENCES communities(id),
  grp text NOT NULL,
  name text NOT NULL,
  icon text NOT NULL DEFAULT '',
  base_points integer NOT NULL DEFAULT 5,
  sort integer NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true
);
CREATE INDEX categories_community ON categories (community_id, sort);

CREATE TABLE users (
  id text PRIMARY KEY,
  openid text NOT NULL UNIQUE,
  name text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE role_grants (
  user_id text NOT NULL REFERENCES users(id),
  role text NOT NULL CHECK (role IN ('resident', 'member', 'staff', 'admin', 'street_staff')),
  community_id text REFERENCES communities(id),
  street_id text REFERENCES streets(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((community_id IS NULL) <> (street_id IS NULL))
);
CREATE UNIQUE INDEX role_grants_unique ON role_grants (user_id, role, coalesce(community_id, ''), coalesce(street_id, ''));

-- 党员报到: one profile per member per community, pending until staff review it.
CREATE TABLE members (
  user_id text NOT NULL REFERENCES users(id),
  community_id text NOT NULL REFERENCES communities(id),
  real_name text NOT NULL,
  phone text NOT NULL,
  work_unit text NOT NULL,
  branch text NOT NULL,
  skills text[] NOT NULL DEFAULT '{}',
  team_id text REFERENCES teams(id),
  grid_id text REFERENCES grids(id),
  status text NOT NULL CHECK (status IN ('pending', 'verified', 'rejected')),
  review_note text,
  reviewed_by text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, community_id)
);
CREATE INDEX members_queue ON members (community_id, status, created_at DESC, user_id DESC);

CREATE TABLE orders (
  id text PRIMARY KEY,
  community_id text NOT NULL REFERENCES communities(id),
  street_id text NOT NULL REFERENCES streets(id),
  grid_id text REFERENCES grids(id),
  resident_id text NOT NULL REFERENCES users(id),
  idempotency_key text NOT NULL,
  category_id text NOT NULL REFERENCES categories(id),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  photos jsonb NOT NULL DEFAULT '[]',
  address jsonb,
  preferred_time timestamptz,
  contact_name text NOT NULL,
  contact_phone text NOT NULL,
  urgency text NOT NULL,
  status text NOT NULL,
  priority text NOT NULL DEFAULT 'normal',
  deadline timestamptz,
  headcount integer NOT NULL DEFAULT 1 CHECK (headcount >= 1),
  held integer NOT NULL DEFAULT 0 CHECK (held >= 0 AND held <= headcount),
  points integer NOT NULL DEFAULT 0,
  mode text,
  pool_skills text[] NOT NULL DEFAULT '{}',
  pool_team text,
  pool_grids text[] NOT NULL DEFAULT '{}',
  assignee_id text REFERENCES users(id),
  assigned_at timestamptz,
  escalation_note text,
  completed_at timestamptz,
  service_hours double precision,
  rating jsonb,
  overdue_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (resident_id, idempotency_key)
);
-- Every list has its index: resident's own, the pool (by deadline or newest), staff queues, the sweep.
CREATE INDEX orders_resident ON orders (resident_id, created_at DESC, id DESC);
CREATE INDEX orders_queue ON orders (community_id, status, created_at DESC, id DESC);
CREATE INDEX orders_pool_deadline ON orders (community_id, deadline, id) WHERE status = 'open';
CREATE INDEX orders_active_deadline ON orders (community_id, deadline, id) WHERE status IN ('submitted', 'open', 'assigned', 'in_progress', 'escalated');
CREATE INDEX orders_due ON orders (community_id, deadline) WHERE overdue_at IS NULL AND status IN ('submitted', 'open', 'assigned', 'in_progress', 'escalated');
CREATE INDEX orders_awaiting ON orders (community_id, completed_at) WHERE status = 'awaiting_rating';
CREATE INDEX orders_assigned ON orders (community_id, assigned_at) WHERE status = 'assigned';
CREATE INDEX orders_assignee ON orders (assignee_id) WHERE status = 'assigned';

-- A member's hold on an order: active while working, done once closed, released if let go.
CREATE TABLE claims (
  id bigserial PRIMARY KEY,
  order_id text NOT NULL REFERENCES orders(id),
  member_id text NOT NULL REFERENCES users(id),
  state text NOT NULL CHECK (state IN ('active', 'released', 'done')),
  claimed_at timestamptz NOT NULL,
  ended_at timestamptz
);
CREATE UNIQUE INDEX claims_one_hold ON claims (order_id, member_id) WHERE state <> 'released';
CREATE INDEX claims_member ON claims (member_id, state, claimed_at DESC);

-- The timeline of every order is its audit log.
CREATE TABLE order_events (
  id bigserial PRIMARY KEY,
  order_id text NOT NULL REFERENCES orders(id),
  at timestamptz NOT NULL,
  actor_id text,
  actor_role text NOT NULL,
  type text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  note text,
  photos jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX order_events_order ON order_events (order_id, id);

-- Points and service hours. One verified entry per member per order; manual entries carry a reason.
CREATE TABLE ledger (
  id bigserial PRIMARY KEY,
  member_id text NOT NULL REFERENCES users(id),
  community_id text NOT NULL REFERENCES communities(id),
  order_id text REFERENCES orders(id),
  points integer NOT NULL,
  hours double precision NOT NULL DEFAULT 0,
  manual boolean NOT NULL,
  reason text,
  created_by text,
  at timestamptz NOT NULL
);
CREATE UNIQUE INDEX ledger_one_award ON ledger (member_id, order_id) WHERE NOT manual;
CREATE INDEX ledger_member ON ledger (member_id, community_id, id DESC);
