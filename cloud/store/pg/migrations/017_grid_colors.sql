-- 三色网格: the thresholds a street rates its grids against each quarter (null: the defaults).
ALTER TABLE streets ADD COLUMN grid_thresholds jsonb;
