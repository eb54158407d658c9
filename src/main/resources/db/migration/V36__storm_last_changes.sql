-- Who last changed a storm's texts and how it runs (settings, phase times, switches), and when: a staff member whose
-- save is refused because someone saved meanwhile is told who did it and when.
ALTER TABLE storm
    ADD COLUMN texts_changed_at    DATETIME(6) NULL,
    ADD COLUMN texts_changed_by    BIGINT      NULL,
    ADD COLUMN settings_changed_at DATETIME(6) NULL,
    ADD COLUMN settings_changed_by BIGINT      NULL,
    ADD CONSTRAINT fk_storm_texts_changed_by FOREIGN KEY (texts_changed_by) REFERENCES person (id),
    ADD CONSTRAINT fk_storm_settings_changed_by FOREIGN KEY (settings_changed_by) REFERENCES person (id);
