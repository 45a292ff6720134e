-- 社区设置: every change of a community's settings, key by key.
CREATE TABLE settings_audit (
  id bigserial PRIMARY KEY,
  community_id text NOT NULL REFERENCES communities(id),
  key text NOT NULL,
  old_value jsonb,
  new_value jsonb,
  by_user text NOT NULL,
  by_name text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX settings_audit_list ON settings_audit (community_id, at DESC, id);

-- 服务菜单 kept by staff: a category's default priority and its own questions; an order's answers to them.
ALTER TABLE categories ADD COLUMN default_priority text NOT NULL DEFAULT 'normal' CHECK (default_priority IN ('low', 'normal', 'high'));
ALTER TABLE categories ADD COLUMN fields jsonb NOT NULL DEFAULT '[]';
ALTER TABLE orders ADD COLUMN answers jsonb NOT NULL DEFAULT '{}';

-- 网格 kept by staff: households served and the buildings covered (an address there suggests the grid).
ALTER TABLE grids ADD COLUMN households integer NOT NULL DEFAULT 0;
ALTER TABLE grids ADD COLUMN buildings text[] NOT NULL DEFAULT '{}';
