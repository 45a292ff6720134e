-- Steering: when staff last urged (督办) an order's members, and on each claim the holder's last progress or
-- completion report and the sweep's reminder of a claim without progress.
ALTER TABLE orders ADD COLUMN urged_at timestamptz;
ALTER TABLE claims ADD COLUMN progress_at timestamptz;
ALTER TABLE claims ADD COLUMN reminded_at timestamptz;
-- The claim sweep reads only active claims without progress: those to remind by when they were claimed, those to
-- release by when they were reminded.
CREATE INDEX claims_to_remind ON claims (claimed_at) WHERE state = 'active' AND progress_at IS NULL AND reminded_at IS NULL;
CREATE INDEX claims_to_release ON claims (reminded_at) WHERE state = 'active' AND progress_at IS NULL AND reminded_at IS NOT NULL;
