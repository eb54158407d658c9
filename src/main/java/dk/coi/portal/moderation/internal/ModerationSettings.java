package dk.coi.portal.moderation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Moderation settings ({@code portal.moderation.*}): content is hidden automatically, until staff decide, once
 * {@code autoHideAfter} different people have open reports on it.
 */
@ConfigurationProperties("portal.moderation")
public record ModerationSettings(@DefaultValue("3") int autoHideAfter) {

    public ModerationSettings {
        if (autoHideAfter < 1) {
            throw new IllegalArgumentException("portal.moderation.auto-hide-after must be at least 1");
        }
    }
}
