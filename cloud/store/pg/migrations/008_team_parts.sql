-- Team orders: each holder's own part (报告完成) on their claim, paid from when the order closes; cleared when the
-- resident says 未解决 (the earlier parts stay in the timeline).
ALTER TABLE claims ADD COLUMN part_at timestamptz;
ALTER TABLE claims ADD COLUMN part_note text;
ALTER TABLE claims ADD COLUMN part_photos jsonb;
ALTER TABLE claims ADD COLUMN part_hours double precision;

-- Completion needs at least one photo unless the category leaves nothing to photograph (政策宣传, 法律援助 …).
ALTER TABLE categories ADD COLUMN photo_required boolean NOT NULL DEFAULT true;
