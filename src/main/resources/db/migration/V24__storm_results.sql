-- When staff published a storm's results and who did: the results page and its exports are public from then on
-- (staff see them before). Published once; the page always shows the storm as it stands, so there is nothing to
-- publish again.
ALTER TABLE storm
    ADD COLUMN results_published_at DATETIME(6) NULL,
    ADD COLUMN results_published_by BIGINT      NULL,
    ADD CONSTRAINT fk_storm_results_published_by FOREIGN KEY (results_published_by) REFERENCES person (id);
