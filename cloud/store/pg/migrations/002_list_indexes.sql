-- 已派单 (open or assigned, newest first) had no index in its order: every page sorted all of the community's
-- dispatched orders (44k rows at 1M orders). The predicate matches the queue's filter exactly.
CREATE INDEX orders_dispatched ON orders (community_id, created_at DESC, id DESC) WHERE status IN ('open', 'assigned');
