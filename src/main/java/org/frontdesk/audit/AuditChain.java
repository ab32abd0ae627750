package org.frontdesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The hash that links each audit entry to the one before it: HMAC-SHA-256 over the previous hash and the entry's
 * fields in a fixed order. With the default key this is a plain hash chain; with a secret key kept outside the
 * database ({@code FRONTDESK_AUDIT_KEY}) even someone who can write the table cannot forge a consistent chain.
 */
final class AuditChain {

    static final byte[] GENESIS = new byte[32];
    private static final char FIELD_SEPARATOR = '\u001F';
    private static final String NULL_MARK = "\u0000";

    /** Initialised once; each link works on a clone, which is far cheaper than a new instance (and thread-safe). */
    private final Mac prototype;

    AuditChain(String key) {
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    byte[] link(byte[] previousHash, StoredFields fields) {
        try {
            var mac = (Mac) prototype.clone();
            mac.update(previousHash);
            mac.update(fields.canonical().getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 cannot be cloned", e);
        }
    }

    /** The fields as stored, in the order they are hashed. {@code occurredAt} must be at microsecond precision. */
    record StoredFields(
            long id, Instant occurredAt, String username, @Nullable String role, String action, String outcome,
            @Nullable String resourceType, @Nullable String resourceId, List<UUID> patientIds,
            @Nullable String clientAddress, String channel, @Nullable String detail) {

        String canonical() {
            var micros = occurredAt.getEpochSecond() * 1_000_000 + occurredAt.getNano() / 1_000;
            var patients = String.join(",", patientIds.stream().map(UUID::toString).toList());
            return String.join(String.valueOf(FIELD_SEPARATOR), Long.toString(id), Long.toString(micros), username,
                    orMark(role), action, outcome, orMark(resourceType), orMark(resourceId), patients,
                    orMark(clientAddress), channel, orMark(detail));
        }

        private static String orMark(@Nullable String value) {
            return value == null ? NULL_MARK : value;
        }
    }
}
