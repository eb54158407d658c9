-- Whether a co-editor has been told of becoming one (decision 017's claim by a conditional update): the notice is sent
-- by whoever sets it first, so a co-editor is told once per becoming one, also when the event is delivered again.
-- Co-editors made before this column were told when they were made.
ALTER TABLE landscape_case_editor ADD COLUMN told BOOLEAN NOT NULL DEFAULT TRUE;
