-- A member's opt-in to a notice when a new pool order matches their skills, team or grid; off until they turn it on.
ALTER TABLE members ADD COLUMN notify_pool boolean NOT NULL DEFAULT false;
