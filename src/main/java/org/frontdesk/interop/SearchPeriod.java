package org.frontdesk.interop;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The {@code date} parameters of a search as a half-open period {@code [from, to)}. A day, month or year means
 * the practice's day, month or year: someone asking for "2026-11-23" means the office's Monday, not HAPI's widest
 * reading of it across all time zones. Times of day with an offset mean that instant.
 */
public record SearchPeriod(@Nullable Instant from, @Nullable Instant to) {

    /** @throws IllegalArgumentException for an empty period or {@code ne}, which a period cannot express */
    public static SearchPeriod of(@Nullable DateRangeParam range, ZoneId zone) {
        Instant from = null;
        Instant to = null;
        if (range == null) {
            return new SearchPeriod(null, null);
        }
        for (DateParam param : range.getValuesAsQueryTokens()) {
            if (param.getValue() == null) {
                continue;
            }
            var start = start(param, zone);
            var end = end(param, start, zone);
            var prefix = param.getPrefix();
            switch (prefix == null ? ca.uhn.fhir.rest.param.ParamPrefixEnum.EQUAL : prefix) {
                case GREATERTHAN_OR_EQUALS -> from = later(from, start);
                case GREATERTHAN, STARTS_AFTER -> from = later(from, end);
                case LESSTHAN_OR_EQUALS -> to = earlier(to, end);
                case LESSTHAN, ENDS_BEFORE -> to = earlier(to, start);
                case EQUAL, APPROXIMATE -> {
                    from = later(from, start);
                    to = earlier(to, end);
                }
                case NOT_EQUAL -> throw new IllegalArgumentException("ne is not supported for date");
            }
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("empty period");
        }
        return new SearchPeriod(from, to);
    }

    private static Instant start(DateParam param, ZoneId zone) {
        var text = param.getValueAsString();
        return switch (param.getPrecision()) {
            case YEAR -> LocalDate.of(Integer.parseInt(text.substring(0, 4)), 1, 1).atStartOfDay(zone).toInstant();
            case MONTH -> LocalDate.parse(text.substring(0, 7) + "-01").atStartOfDay(zone).toInstant();
            case DAY -> LocalDate.parse(text.substring(0, 10)).atStartOfDay(zone).toInstant();
            default -> param.getValue().toInstant();
        };
    }

    /** The first instant after the value, at its precision. */
    private static Instant end(DateParam param, Instant start, ZoneId zone) {
        TemporalPrecisionEnum precision = param.getPrecision();
        var local = start.atZone(zone);
        return switch (precision) {
            case YEAR -> local.plusYears(1).toInstant();
            case MONTH -> local.plusMonths(1).toInstant();
            case DAY -> local.plusDays(1).toInstant();
            case MINUTE -> start.plusSeconds(60);
            case SECOND -> start.plusSeconds(1);
            case MILLI -> start.plusMillis(1);
        };
    }

    private static Instant later(@Nullable Instant current, Instant candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }

    private static Instant earlier(@Nullable Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }
}
