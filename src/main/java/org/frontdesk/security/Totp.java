package org.frontdesk.security;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238): HMAC-SHA-1 over the number of 30-second
 * steps since the epoch, truncated to 6 digits. One step either side is accepted, for clocks that drift.
 */
final class Totp {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    static final String ISSUER = "Frontdesk";
    private static final int SECRET_BYTES = 20; // 160 bits, the HMAC-SHA-1 block the RFC recommends
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    static String newSecret() {
        var bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeAsString(bytes).replace("=", "");
    }

    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The step (now, one before or one after) whose code matches, if any. */
    static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
        var typed = code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        var key = new Base32().decode(base32Secret);
        long current = stepAt(now);
        for (long step = current - 1; step <= current + 1; step++) {
            // Compared in constant time, so the response time gives nothing away.
            var expected = code(key, step, DIGITS, "HmacSHA1").getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** RFC 6238 section 4 with the dynamic truncation of RFC 4226 section 5.3. */
    static String code(byte[] key, long step, int digits, String hmacAlgorithm) {
        try {
            var mac = Mac.getInstance(hmacAlgorithm);
            mac.init(new SecretKeySpec(key, hmacAlgorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int otp = binary % (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", otp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC is part of every JDK", e);
        }
    }

    static String codeAt(String base32Secret, Instant instant) {
        return code(new Base32().decode(base32Secret), stepAt(instant), DIGITS, "HmacSHA1");
    }

    /** The key URI that authenticator apps read (typed in by hand, or turned into a QR code elsewhere). */
    static String keyUri(String username, String base32Secret) {
        var label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }
}
