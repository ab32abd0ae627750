package org.frontdesk.scheduling;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Template periods, exceptions and holidays in PostgreSQL, one row at a time for the set-up pages; bulk reads for
 * free time are in {@link AvailabilityRepository}. The exclusion constraints refuse overlapping working periods and
 * blocks.
 */
@Repository
class TemplateRows {

    // named as AvailabilityRepository's mappers expect them
    private static final String PERIOD_COLUMNS = "id, provider_id, location_id, kind, weekday, starts_at, ends_at,"
            + " ends_at = '24:00' AS until_midnight, appointment_type_id, effective_from AS first_day,"
            + " effective_until AS last_day";
    private static final String EXCEPTION_COLUMNS =
            "id, provider_id, location_id, kind, first_day, starts_at, last_day, ends_at, note AS label";
    private static final String HOLIDAY_COLUMNS = "id, day AS first_day, name AS label, location_id";

    private final JdbcClient jdbc;

    TemplateRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when it overlaps another working period (or block) of the provider; nothing was stored */
    boolean add(TemplatePeriod period, String user) {
        // ON CONFLICT DO NOTHING honours the exclusion constraints without aborting the transaction
        return jdbc.sql("""
                INSERT INTO template_period (id, provider_id, location_id, kind, weekday, starts_at, ends_at,
                    appointment_type_id, effective_from, effective_until, created_by)
                VALUES (:id, :provider, :location, :kind, :weekday, CAST(:starts AS time), CAST(:ends AS time),
                    :type, :from, :until, :user)
                ON CONFLICT DO NOTHING""")
                .param("id", period.id().value()).param("provider", period.provider().value())
                .param("location", period.location().value()).param("kind", period.kind().name())
                .param("weekday", period.weekday().getValue()).param("starts", period.start().toString())
                .param("ends", period.runsUntilMidnight() ? "24:00" : period.end().toString())
                .param("type", period.reservedFor() == null ? null : period.reservedFor().value())
                .param("from", period.effectiveFrom()).param("until", period.effectiveUntil())
                .param("user", user)
                .update() == 1;
    }

    Optional<TemplatePeriod> period(TemplatePeriodId id) {
        return jdbc.sql("SELECT " + PERIOD_COLUMNS + " FROM template_period WHERE id = :id").param("id", id.value())
                .query((rs, n) -> AvailabilityRepository.period(rs)).optional();
    }

    /** The provider's template at every location, past, current and future periods. */
    List<TemplatePeriod> template(ProviderId provider) {
        return jdbc.sql("SELECT " + PERIOD_COLUMNS + " FROM template_period WHERE provider_id = :provider"
                        + " ORDER BY location_id, weekday, starts_at, kind, effective_from")
                .param("provider", provider.value()).query((rs, n) -> AvailabilityRepository.period(rs)).list();
    }

    /** Who added each of the provider's template periods, and who last ended it. */
    List<TemplateChange> changes(ProviderId provider) {
        return jdbc.sql("SELECT id, created_by, created_at, ended_by, ended_at FROM template_period"
                        + " WHERE provider_id = :provider ORDER BY created_at")
                .param("provider", provider.value())
                .query((rs, n) -> new TemplateChange(new TemplatePeriodId(rs.getObject(1, java.util.UUID.class)),
                        rs.getString(2), rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getString(4),
                        rs.getObject(5, java.time.OffsetDateTime.class) == null ? null
                                : rs.getObject(5, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    /** @return false when the new dates make it overlap another period; nothing was changed */
    boolean end(TemplatePeriodId id, @Nullable LocalDate lastDay, String user) {
        try {
            jdbc.sql("UPDATE template_period SET effective_until = :until, ended_at = now(), ended_by = :user"
                            + " WHERE id = :id")
                    .param("until", lastDay).param("user", user).param("id", id.value()).update();
            return true;
        } catch (DataIntegrityViolationException e) {
            if (NestedExceptionUtils.getMostSpecificCause(e) instanceof SQLException sql
                    && "23P01".equals(sql.getSQLState())) { // exclusion_violation
                return false;
            }
            throw e;
        }
    }

    void remove(TemplatePeriodId id) {
        jdbc.sql("DELETE FROM template_period WHERE id = :id").param("id", id.value()).update();
    }

    void add(TimeOff off, String user) {
        jdbc.sql("""
                INSERT INTO provider_exception (id, provider_id, location_id, kind, first_day, starts_at, last_day,
                    ends_at, note, created_by)
                VALUES (:id, :provider, :location, :kind, :firstDay, CAST(:from AS time), :lastDay,
                    CAST(:until AS time), :note, :user)""")
                .param("id", off.id().value()).param("provider", off.provider().value())
                .param("location", off.location() == null ? null : off.location().value())
                .param("kind", off.kind().name()).param("firstDay", off.firstDay()).param("from", text(off.from()))
                .param("lastDay", off.lastDay()).param("until", text(off.until())).param("note", off.note())
                .param("user", user)
                .update();
    }

    Optional<TimeOff> timeOff(TimeOffId id) {
        return jdbc.sql("SELECT " + EXCEPTION_COLUMNS + " FROM provider_exception WHERE id = :id")
                .param("id", id.value()).query((rs, n) -> AvailabilityRepository.timeOff(rs)).optional();
    }

    /** The provider's exceptions that touch the dates, at every location. */
    List<TimeOff> timeOff(ProviderId provider, LocalDate firstDay, LocalDate lastDay) {
        return jdbc.sql("SELECT " + EXCEPTION_COLUMNS + " FROM provider_exception WHERE provider_id = :provider"
                        + " AND first_day <= :lastDay AND last_day >= :firstDay ORDER BY first_day, starts_at")
                .param("provider", provider.value()).param("firstDay", firstDay).param("lastDay", lastDay)
                .query((rs, n) -> AvailabilityRepository.timeOff(rs)).list();
    }

    void remove(TimeOffId id) {
        jdbc.sql("DELETE FROM provider_exception WHERE id = :id").param("id", id.value()).update();
    }

    /** @return false when that location (or the whole practice) already has a holiday on that day */
    boolean add(Holiday holiday, String user) {
        return jdbc.sql("INSERT INTO holiday (id, day, name, location_id, created_by)"
                        + " VALUES (:id, :day, :name, :location, :user) ON CONFLICT DO NOTHING")
                .param("id", holiday.id().value()).param("day", holiday.day()).param("name", holiday.name())
                .param("location", holiday.location() == null ? null : holiday.location().value())
                .param("user", user)
                .update() == 1;
    }

    Optional<Holiday> holiday(HolidayId id) {
        return jdbc.sql("SELECT " + HOLIDAY_COLUMNS + " FROM holiday WHERE id = :id").param("id", id.value())
                .query((rs, n) -> AvailabilityRepository.holiday(rs)).optional();
    }

    List<Holiday> holidays(LocalDate firstDay, LocalDate lastDay) {
        return jdbc.sql("SELECT " + HOLIDAY_COLUMNS + " FROM holiday WHERE day BETWEEN :firstDay AND :lastDay"
                        + " ORDER BY day, name")
                .param("firstDay", firstDay).param("lastDay", lastDay)
                .query((rs, n) -> AvailabilityRepository.holiday(rs)).list();
    }

    void remove(HolidayId id) {
        jdbc.sql("DELETE FROM holiday WHERE id = :id").param("id", id.value()).update();
    }

    private static @Nullable String text(@Nullable LocalTime time) {
        return time == null ? null : time.toString();
    }
}
