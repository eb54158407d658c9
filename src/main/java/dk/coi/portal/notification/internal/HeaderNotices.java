package dk.coi.portal.notification.internal;

import org.springframework.core.annotation.Order;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.NotificationRoutes;
import dk.coi.portal.shell.PersonalNotices;
import org.springframework.stereotype.Component;

/** The header's link to the person's notices from every module, with the number not yet read. */
@Component
@Order(0)
class HeaderNotices implements PersonalNotices {

    private final FollowService follows;

    HeaderNotices(FollowService follows) {
        this.follows = follows;
    }

    @Override
    public int unread() {
        return follows.unreadCount();
    }

    @Override
    public String path() {
        return NotificationRoutes.NOTICES;
    }

    @Override
    public String labelKey() {
        return "notification.notices.short";
    }
}
