-- Grid roles: a 网格员 or 网格长 is granted per grid of a community (one row per grid).
ALTER TABLE role_grants ADD COLUMN grid_id text REFERENCES grids(id);
ALTER TABLE role_grants DROP CONSTRAINT IF EXISTS role_grants_role_check;
ALTER TABLE role_grants ADD CONSTRAINT role_grants_role_check
  CHECK (role IN ('resident', 'member', 'staff', 'admin', 'street_staff', 'grid_worker', 'grid_leader'));
ALTER TABLE role_grants ADD CONSTRAINT role_grants_grid_scope
  CHECK ((grid_id IS NOT NULL) = (role IN ('grid_worker', 'grid_leader')) AND (grid_id IS NULL OR community_id IS NOT NULL));
DROP INDEX role_grants_unique;
CREATE UNIQUE INDEX role_grants_unique ON role_grants (user_id, role, coalesce(community_id, ''), coalesce(street_id, ''), coalesce(grid_id, ''));

-- 居民档案: residents who cannot use the app, kept by staff and grid workers.
CREATE TABLE resident_records (
  id text PRIMARY KEY,
  community_id text NOT NULL REFERENCES communities(id),
  name text NOT NULL,
  phone text NOT NULL,
  address jsonb,
  grid_id text REFERENCES grids(id),
  tags text[] NOT NULL DEFAULT '{}',
  linked_user_id text REFERENCES users(id),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX resident_records_list ON resident_records (community_id, created_at DESC, id DESC);
CREATE INDEX resident_records_grid ON resident_records (community_id, grid_id, created_at DESC, id DESC);
CREATE INDEX resident_records_tags ON resident_records USING gin (tags);

-- Who changed what in a record, and every reveal of its full phone.
CREATE TABLE resident_audit (
  id bigserial PRIMARY KEY,
  record_id text NOT NULL REFERENCES resident_records(id),
  community_id text NOT NULL,
  actor_id text NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'update', 'link', 'reveal_phone')),
  fields text[] NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL
);
CREATE INDEX resident_audit_record ON resident_audit (record_id, id DESC);

-- 代点单: the record an order was placed for and who placed it.
ALTER TABLE orders ADD COLUMN record_id text REFERENCES resident_records(id);
ALTER TABLE orders ADD COLUMN placed_by jsonb;
CREATE INDEX orders_record ON orders (record_id) WHERE record_id IS NOT NULL;
