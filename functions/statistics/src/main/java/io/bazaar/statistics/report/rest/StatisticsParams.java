package io.bazaar.statistics.report.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.statistics.report.service.Grouping;

/** The query of a statistics report: the range, the grouping, and (platform admins) the shop; checked all at once. */
public class StatisticsParams {

    /** Days a report covers when no range is given: the last 30, today included. */
    static final int DEFAULT_DAYS = 30;

    @QueryParam("from")
    @Parameter(description = "First day (yyyy-mm-dd), in the shop's time zone; default 29 days before to",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    String from;

    @QueryParam("to")
    @Parameter(description = "Last day (yyyy-mm-dd), inclusive; default today (UTC)",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    String to;

    @QueryParam("grouping")
    @Parameter(description = "day (default), week (ISO, from Monday) or month",
            schema = @Schema(enumeration = {"day", "week", "month"}))
    String grouping;

    @QueryParam("merchantId")
    @Parameter(description = "Platform admins: one shop's figures (default all shops). Staff: their own shop only")
    String merchantId;

    /** The parsed shop id; null when none was given. Call {@link #check} first. */
    UUID merchantId() {
        return merchantId == null || merchantId.isBlank() ? null : UUID.fromString(merchantId.strip());
    }

    /** The range and grouping asked for; 400 with every field's error when some are wrong. */
    Range check(LocalDate today, int maxDays, List<FieldError> more) {
        List<FieldError> errors = new ArrayList<>(more);
        LocalDate last = date("to", to, today, errors);
        LocalDate first = date("from", from, last == null ? null : last.minusDays(DEFAULT_DAYS - 1), errors);
        if (first != null && last != null) {
            if (first.isAfter(last)) {
                errors.add(new FieldError("to", "must not be before from"));
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > maxDays) {
                errors.add(new FieldError("to", "a report covers at most " + maxDays + " days"));
            }
        }
        Grouping by = Grouping.DAY;
        if (grouping != null && !grouping.isBlank()) {
            try {
                by = Grouping.valueOf(grouping.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("grouping", "must be day, week or month"));
            }
        }
        if (merchantId != null && !merchantId.isBlank()) {
            try {
                UUID.fromString(merchantId.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("merchantId", "must be a merchant id (UUID)"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(FieldError[]::new));
        }
        return new Range(first, last, by);
    }

    /** The checked days and grouping. */
    record Range(LocalDate from, LocalDate to, Grouping grouping) {
    }

    private static LocalDate date(String field, String value, LocalDate otherwise, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date (yyyy-mm-dd)"));
            return null;
        }
    }
}
