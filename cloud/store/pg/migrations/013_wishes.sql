-- 微心愿 and partner units (驻区单位, 两新组织, 非公企业).
CREATE TABLE units (
  id text PRIMARY KEY,
  community_id text NOT NULL REFERENCES communities(id),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('resident_unit', 'new_org', 'private_firm')),
  contact_name text NOT NULL,
  phone text NOT NULL,
  contact_ids text[] NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'verified', 'rejected')),
  review_note text,
  reviewed_by text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
-- One unit of a name per community, unless it was rejected (it may register again).
CREATE UNIQUE INDEX units_one_name ON units (community_id, name) WHERE status <> 'rejected';
CREATE INDEX units_list ON units (community_id, created_at DESC, id DESC);
CREATE INDEX units_contacts ON units USING gin (contact_ids);

CREATE TABLE wishes (
  id text PRIMARY KEY,
  community_id text NOT NULL REFERENCES communities(id),
  street_id text NOT NULL REFERENCES streets(id),
  beneficiary_id text REFERENCES users(id),
  beneficiary_label text NOT NULL,
  title text NOT NULL,
  story text NOT NULL,
  photos jsonb NOT NULL DEFAULT '[]',
  value integer NOT NULL CHECK (value >= 0),
  points integer NOT NULL DEFAULT 0,
  release_at timestamptz NOT NULL,
  deadline timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'claimed', 'delivered', 'realised', 'returned')),
  claimer_kind text CHECK (claimer_kind IN ('member', 'unit')),
  claimer_id text,
  claimer_name text,
  claimed_by text,
  claimed_at timestamptz,
  delivery_note text,
  delivery_photos jsonb NOT NULL DEFAULT '[]',
  delivered_at timestamptz,
  thanks text,
  realised_at timestamptz,
  returned_at timestamptz,
  posted_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX wishes_wall ON wishes (community_id, release_at DESC, id DESC) WHERE status <> 'returned';
CREATE INDEX wishes_staff ON wishes (community_id, created_at DESC, id DESC);
CREATE INDEX wishes_claimer ON wishes (claimer_kind, claimer_id, claimed_at DESC, id DESC);
CREATE INDEX wishes_due ON wishes (community_id, deadline) WHERE status IN ('open', 'claimed');
CREATE INDEX wishes_realised ON wishes (community_id, realised_at) WHERE status = 'realised';

-- Unrealised wishes each claimer ('member:<user>' or 'unit:<unit>') holds. The claim re-checks the limit on this row
-- under its lock (as users.active_claims does for orders); the trigger keeps the count with every write to wishes.
CREATE TABLE wish_holds (
  claimer_key text PRIMARY KEY,
  held integer NOT NULL DEFAULT 0 CHECK (held >= 0)
);

CREATE FUNCTION wishes_keep_holds() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status IN ('claimed', 'delivered') AND OLD.claimer_id IS NOT NULL THEN
    UPDATE wish_holds SET held = held - 1 WHERE claimer_key = OLD.claimer_kind || ':' || OLD.claimer_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status IN ('claimed', 'delivered') AND NEW.claimer_id IS NOT NULL THEN
    INSERT INTO wish_holds (claimer_key, held) VALUES (NEW.claimer_kind || ':' || NEW.claimer_id, 1)
    ON CONFLICT (claimer_key) DO UPDATE SET held = wish_holds.held + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER wishes_holds AFTER INSERT OR UPDATE OF status, claimer_kind, claimer_id OR DELETE ON wishes
  FOR EACH ROW EXECUTE FUNCTION wishes_keep_holds();

-- A member's points for a realised wish: one entry per member per wish.
ALTER TABLE ledger ADD COLUMN wish_id text REFERENCES wishes(id);
CREATE UNIQUE INDEX ledger_one_wish_award ON ledger (member_id, wish_id) WHERE wish_id IS NOT NULL;

-- Notices about wishes carry the wish's id where order notices carry the order's (the kind tells them apart).
ALTER TABLE notices DROP CONSTRAINT notices_order_id_fkey;
