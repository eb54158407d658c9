-- The version of a storm's texts (title, question, description, owner, audience, answer deadline), which staff edit
-- with an optimistic check. Kept apart from the row's version, which every change of phase raises, so that the clock
-- moving a storm on does not turn an edit of its texts into a conflict.
ALTER TABLE storm ADD COLUMN texts_version BIGINT NOT NULL DEFAULT 0;
