package dk.coi.portal.moderation.ui;

import org.springframework.core.annotation.Order;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.shell.PersonalNotices;
import org.springframework.stereotype.Component;

/**
 * The header's link for staff to the moderation queue, with the number of pieces of content waiting for their
 * decision (reported, or held for approval); nobody else sees it.
 */
@Component
@Order(10)
class WaitingModeration implements PersonalNotices {

    private final ModerationService moderation;
    private final PersonService people;

    WaitingModeration(ModerationService moderation, PersonService people) {
        this.moderation = moderation;
        this.people = people;
    }

    @Override
    public boolean shown() {
        return people.currentPerson().filter(person -> person.has(Role.COI_STAFF)).isPresent();
    }

    @Override
    public int unread() {
        return (int) moderation.waiting();
    }

    @Override
    public String path() {
        return ModerationQueueView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "moderation.queue.waiting";
    }
}
