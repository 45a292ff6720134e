-- 晒 board: staff's marks on the items it shows (finished orders, realised wishes, published topics): hidden, and an
-- order's resident comment approved for publication. An item without a mark is shown, its comment not.
CREATE TABLE board_marks (
  kind text NOT NULL CHECK (kind IN ('order', 'wish', 'topic')),
  item_id text NOT NULL,
  community_id text NOT NULL REFERENCES communities(id),
  hidden boolean NOT NULL DEFAULT false,
  comment_approved boolean NOT NULL DEFAULT false,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (kind, item_id)
);

-- Each source of the board read newest first by its own index, so a page costs the same at any history.
CREATE INDEX orders_board ON orders (community_id, closed_at DESC, id DESC) WHERE status = 'closed';
CREATE INDEX wishes_board ON wishes (community_id, realised_at DESC, id DESC) WHERE status = 'realised';
CREATE INDEX topics_board ON topics (community_id, published_at DESC, id DESC) WHERE status = 'published';
