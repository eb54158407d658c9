-- A new storm is a draft, seen by staff alone, until staff publish it (published_at); the storms made before drafts
-- existed were all public, so they count as published when they were made.
-- settings_version is raised by each change of how the storm runs (settings, phase times, phase switches), so a
-- change made from an older screen is refused instead of silently undoing another staff member's.
ALTER TABLE storm
    ADD COLUMN published_at     DATETIME(6) NULL,
    ADD COLUMN settings_version BIGINT      NOT NULL DEFAULT 0;
UPDATE storm SET published_at = created_at;
