-- A member's unfinished claims, kept on their user row. The claim is one conditional statement: it re-checks the
-- limit on this row, which PostgreSQL re-reads under the row's lock when a concurrent claim got there first; a
-- count(*) of claims would be read from the statement's snapshot and miss a claim committed while it waited.
-- The trigger keeps the count with every write to claims, whoever makes it (a step, the sweep, a repair by hand).
ALTER TABLE users ADD COLUMN active_claims integer NOT NULL DEFAULT 0;

UPDATE users u SET active_claims = (SELECT count(*) FROM claims c WHERE c.member_id = u.id AND c.state = 'active');

CREATE FUNCTION claims_keep_active_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.state = 'active' THEN
    UPDATE users SET active_claims = active_claims - 1 WHERE id = OLD.member_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.state = 'active' THEN
    UPDATE users SET active_claims = active_claims + 1 WHERE id = NEW.member_id;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER claims_active_count AFTER INSERT OR UPDATE OF state, member_id OR DELETE ON claims
  FOR EACH ROW EXECUTE FUNCTION claims_keep_active_count();
