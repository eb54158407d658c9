package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import dk.coi.portal.shared.DateFormats;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Storm times as staff set them: a date and a whole hour in Danish time, whatever the browser's own zone, turned
 * into the moment the server keeps.
 */
final class DanishHours {

    private DanishHours() {
    }

    /**
     * A date-and-hour field. Never marked required: the picker is an ARIA group, which takes no aria-required;
     * the server says at the field when a time is missing.
     */
    static DateTimePicker picker(String label, String id) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setId(id);
        picker.setStep(Duration.ofHours(1));
        picker.setHelperText(picker.getTranslation("ideastorm.field.time-help"));
        // The portal's English is British: day before month and a 24-hour clock, as in the rest of its dates.
        if (Locale.ENGLISH.getLanguage().equals(picker.getLocale().getLanguage())) {
            picker.setLocale(Locale.UK);
        }
        return picker;
    }

    static Instant instant(LocalDateTime danish) {
        return danish == null ? null : danish.atZone(DateFormats.DANISH_TIME).toInstant();
    }

    static LocalDateTime danish(Instant time) {
        return time == null ? null : LocalDateTime.ofInstant(time, DateFormats.DANISH_TIME);
    }
}
