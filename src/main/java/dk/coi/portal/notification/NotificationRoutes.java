package dk.coi.portal.notification;

/** Where the notification module's screens are, for links from other modules and from mail. */
public final class NotificationRoutes {

    /** The signed-in person's notices from every module, and their mail settings. */
    public static final String NOTICES = "notifikationer";

    private NotificationRoutes() {
    }
}
