-- 职能部门: a street's functional departments, the last rung of the ladder community → street → department.
CREATE TABLE departments (
  id text PRIMARY KEY,
  street_id text NOT NULL REFERENCES streets(id),
  name text NOT NULL,
  contact_name text NOT NULL,
  contact_phone text NOT NULL,
  active boolean NOT NULL DEFAULT true
);
CREATE UNIQUE INDEX departments_name ON departments (street_id, name);

-- 部门工作人员: a street role with the department on the grant (granted by the street's admin).
ALTER TABLE role_grants ADD COLUMN department_id text REFERENCES departments(id);
ALTER TABLE role_grants DROP CONSTRAINT IF EXISTS role_grants_role_check;
ALTER TABLE role_grants ADD CONSTRAINT role_grants_role_check
  CHECK (role IN ('resident', 'member', 'staff', 'admin', 'street_staff', 'grid_worker', 'grid_leader', 'department_staff'));
ALTER TABLE role_grants ADD CONSTRAINT role_grants_department_scope
  CHECK ((department_id IS NOT NULL) = (role = 'department_staff') AND (department_id IS NULL OR street_id IS NOT NULL));
DROP INDEX role_grants_unique;
CREATE UNIQUE INDEX role_grants_unique ON role_grants
  (user_id, role, coalesce(community_id, ''), coalesce(street_id, ''), coalesce(grid_id, ''), coalesce(department_id, ''));
CREATE INDEX role_grants_department ON role_grants (department_id) WHERE department_id IS NOT NULL;
CREATE INDEX role_grants_street ON role_grants (street_id, role) WHERE street_id IS NOT NULL;

-- The department an escalated order was sent on to (转派), with its own deadline and how it ended.
ALTER TABLE orders ADD COLUMN department_id text REFERENCES departments(id);
ALTER TABLE orders ADD COLUMN department_name text;
ALTER TABLE orders ADD COLUMN department_deadline timestamptz;
ALTER TABLE orders ADD COLUMN department_sent_at timestamptz;
ALTER TABLE orders ADD COLUMN department_overdue_at timestamptz;
ALTER TABLE orders ADD COLUMN department_outcome text CHECK (department_outcome IN ('resolved', 'returned'));
ALTER TABLE orders ADD COLUMN department_ended_at timestamptz;
-- A department's queue, newest first; its figures by when orders arrived; the sweep's department deadlines.
CREATE INDEX orders_department ON orders (department_id, created_at DESC, id DESC) WHERE department_id IS NOT NULL;
CREATE INDEX orders_department_sent ON orders (department_id, department_sent_at) WHERE department_id IS NOT NULL;
CREATE INDEX orders_department_due ON orders (community_id, department_deadline)
  WHERE department_outcome IS NULL AND department_overdue_at IS NULL AND department_id IS NOT NULL;
