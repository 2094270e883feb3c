package io.bazaar.identity.contract;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When a shop answers on one weekday, in the shop's time zone: from {@code opens} to {@code closes} (24-hour
 * {@code HH:mm}, closes after opens). A weekday without an entry is closed. The identity area stores a shop's week in
 * one text column in the form {@link #format} writes; the same class reads it back, for identity and for other areas.
 */
public record ServiceHours(@NotNull(message = "is required") DayOfWeek day,
        @NotNull(message = "is required") @Schema(description = "24-hour HH:mm", examples = "09:00") String opens,
        @NotNull(message = "is required") @Schema(description = "24-hour HH:mm, after opens", examples = "18:00") String closes) {

    /** A week as stored: {@code MONDAY 09:00-18:00,TUESDAY 09:00-18:00}, by weekday; empty for none. */
    public static String format(List<ServiceHours> week) {
        List<String> days = new ArrayList<>();
        week.stream().sorted(Comparator.comparing(ServiceHours::day))
                .forEach(h -> days.add(h.day().name() + " " + h.opens() + "-" + h.closes()));
        return String.join(",", days);
    }

    /** A week as {@link #format} wrote it. */
    public static List<ServiceHours> parse(String stored) {
        List<ServiceHours> week = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return week;
        }
        for (String day : stored.split(",")) {
            String[] parts = day.strip().split("[ -]");
            week.add(new ServiceHours(DayOfWeek.valueOf(parts[0]), parts[1], parts[2]));
        }
        return week;
    }
}
