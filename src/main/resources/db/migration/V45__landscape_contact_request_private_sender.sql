-- A contact request is sent on behalf of the sender's own workplace (a public employee's, as their account states
-- it) or, for anyone else, as a private person: the workplace is no longer typed by the sender, and NULL means none.
ALTER TABLE landscape_contact_request MODIFY workplace VARCHAR(200) NULL;
