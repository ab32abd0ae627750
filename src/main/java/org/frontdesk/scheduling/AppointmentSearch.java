package org.frontdesk.scheduling;

import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists appointments by patient, provider, location, start time and status, ordered by start, a page at a time.
 * Each page is audited with the patients on it, so the trail shows what a search disclosed.
 */
@Service
public class AppointmentSearch {

    /** The longest page one call returns. */
    public static final int MAX_PAGE = 1000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    AppointmentSearch(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** How many appointments meet the query; says nothing about anyone, so it is not audited. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public int count(AppointmentQuery query) {
        var sql = where(jdbc.sql("SELECT count(*) FROM appointment a" + conditions(query)), query);
        return sql.query(Integer.class).single();
    }

    /**
     * The appointments from {@code offset} on, at most {@code limit} of them ({@link #MAX_PAGE} at most), by start.
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    @Transactional
    public List<Appointment> find(AppointmentQuery query, int offset, int limit) {
        if (offset < 0 || limit < 0 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset and limit must be >= 0, limit <= " + MAX_PAGE);
        }
        var found = where(jdbc.sql("SELECT " + AppointmentRepository.COLUMNS + " FROM appointment a"
                        + conditions(query) + " ORDER BY lower(a.during), a.id OFFSET :offset LIMIT :limit"), query)
                .param("offset", offset).param("limit", limit)
                .query(AppointmentRepository::appointment)
                .list();
        var patients = found.stream().map(a -> a.patient().value()).distinct().toList();
        audit.record(new AuditEntry(AuditAction.SEARCH, AuditOutcome.SUCCESS, "Appointment", null, patients,
                found.size() + " appointments" + (offset > 0 ? " from " + offset : "")));
        return found;
    }

    private static String conditions(AppointmentQuery query) {
        var sql = new StringBuilder(" WHERE true");
        if (query.patient() != null) {
            sql.append(" AND a.patient_id = :patient");
        }
        if (query.provider() != null) {
            sql.append(" AND a.provider_id = :provider");
        }
        if (query.location() != null) {
            sql.append(" AND a.location_id = :location");
        }
        if (query.room() != null) {
            sql.append(" AND a.room_id = :room");
        }
        if (query.from() != null) {
            sql.append(" AND lower(a.during) >= :from");
        }
        if (query.to() != null) {
            sql.append(" AND lower(a.during) < :to");
        }
        if (!query.statuses().isEmpty()) {
            sql.append(query.statuses().stream().map(s -> "'" + s.name() + "'")
                    .collect(Collectors.joining(", ", " AND a.status IN (", ")")));
        }
        return sql.toString();
    }

    private static JdbcClient.StatementSpec where(JdbcClient.StatementSpec sql, AppointmentQuery query) {
        if (query.patient() != null) {
            sql = sql.param("patient", query.patient().value());
        }
        if (query.provider() != null) {
            sql = sql.param("provider", query.provider().value());
        }
        if (query.location() != null) {
            sql = sql.param("location", query.location().value());
        }
        if (query.room() != null) {
            sql = sql.param("room", query.room().value());
        }
        if (query.from() != null) {
            sql = sql.param("from", query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql = sql.param("to", query.to().atOffset(ZoneOffset.UTC));
        }
        return sql;
    }
}
