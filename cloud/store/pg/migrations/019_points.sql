-- 先锋榜, manual points with an audit trail, and the 三亮 card.

-- 亮承诺: the member's pledge, shown on their 三亮 card.
ALTER TABLE members ADD COLUMN pledge text NOT NULL DEFAULT '';

-- Points and hours per member per month (YYYY-MM at +08:00), verified (orders, 微心愿) and manual apart: the 先锋榜
-- and the monthly cap on manual entries read these rows, never the ledger itself. The trigger keeps them with every
-- insert into the ledger, whoever makes it (an order closing, a 微心愿 confirmed, a manual entry). Entries are never
-- changed or removed.
CREATE TABLE ledger_months (
  community_id text NOT NULL,
  month text NOT NULL,
  member_id text NOT NULL,
  points integer NOT NULL DEFAULT 0,
  hours double precision NOT NULL DEFAULT 0,
  manual_points integer NOT NULL DEFAULT 0,
  manual_hours double precision NOT NULL DEFAULT 0,
  PRIMARY KEY (community_id, month, member_id)
);

CREATE FUNCTION ledger_keep_months() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ledger_months (community_id, month, member_id, points, hours, manual_points, manual_hours)
  VALUES (NEW.community_id, to_char((NEW.at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM'), NEW.member_id,
    CASE WHEN NEW.manual THEN 0 ELSE NEW.points END, CASE WHEN NEW.manual THEN 0 ELSE NEW.hours END,
    CASE WHEN NEW.manual THEN NEW.points ELSE 0 END, CASE WHEN NEW.manual THEN NEW.hours ELSE 0 END)
  ON CONFLICT (community_id, month, member_id) DO UPDATE SET
    points = ledger_months.points + EXCLUDED.points, hours = ledger_months.hours + EXCLUDED.hours,
    manual_points = ledger_months.manual_points + EXCLUDED.manual_points,
    manual_hours = ledger_months.manual_hours + EXCLUDED.manual_hours;
  RETURN NULL;
END
$$;

CREATE TRIGGER ledger_months_keep AFTER INSERT ON ledger FOR EACH ROW EXECUTE FUNCTION ledger_keep_months();

INSERT INTO ledger_months (community_id, month, member_id, points, hours, manual_points, manual_hours)
SELECT community_id, to_char((at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM'), member_id,
  sum(CASE WHEN manual THEN 0 ELSE points END), sum(CASE WHEN manual THEN 0 ELSE hours END),
  sum(CASE WHEN manual THEN points ELSE 0 END), sum(CASE WHEN manual THEN hours ELSE 0 END)
FROM ledger GROUP BY 1, 2, 3;

-- 积分补录记录: the community's manual entries, newest first (and one member's).
CREATE INDEX ledger_manual ON ledger (community_id, id DESC) WHERE manual;
CREATE INDEX ledger_manual_member ON ledger (community_id, member_id, id DESC) WHERE manual;
