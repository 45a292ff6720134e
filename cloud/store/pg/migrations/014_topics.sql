-- 议事: topics raised by residents (or proposed by staff), their co-signs and the co-signers' ratings.
CREATE TABLE topics (
  id text PRIMARY KEY,
  community_id text NOT NULL REFERENCES communities(id),
  street_id text NOT NULL REFERENCES streets(id),
  level text NOT NULL CHECK (level IN ('community', 'street')),
  title text NOT NULL,
  problem text NOT NULL,
  place text NOT NULL,
  photos jsonb NOT NULL DEFAULT '[]',
  raised_by text NOT NULL REFERENCES users(id),
  raiser_name text NOT NULL,
  proposed boolean NOT NULL DEFAULT false,
  status text NOT NULL CHECK (status IN ('collecting', 'agenda', 'scheduled', 'decided', 'published')),
  threshold integer NOT NULL CHECK (threshold > 0),
  cosigns integer NOT NULL DEFAULT 0 CHECK (cosigns >= 0),
  agenda_at timestamptz,
  meeting jsonb,
  minutes jsonb,
  decision jsonb,
  order_ids jsonb NOT NULL DEFAULT '[]',
  outcome text,
  published_at timestamptz,
  rating_sum integer NOT NULL DEFAULT 0,
  rating_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX topics_list ON topics (community_id, created_at DESC, id DESC);
CREATE INDEX topics_by_status ON topics (community_id, status, created_at DESC, id DESC);

-- One co-sign per resident per topic; the rating is given once, after the outcome is published.
CREATE TABLE topic_cosigns (
  topic_id text NOT NULL REFERENCES topics(id),
  user_id text NOT NULL REFERENCES users(id),
  rating integer CHECK (rating BETWEEN 1 AND 5),
  at timestamptz NOT NULL,
  PRIMARY KEY (topic_id, user_id)
);
