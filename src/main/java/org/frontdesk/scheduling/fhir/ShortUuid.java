package org.frontdesk.scheduling.fhir;

import java.util.UUID;

/**
 * A UUID in 22 characters of the FHIR id alphabet ({@code [A-Za-z0-9-.]}, 64 symbols, 6 bits each), so that a
 * Schedule id can hold a provider and a location and a Slot id a schedule and a time within FHIR's 64-character
 * limit for ids. Two UUIDs in their usual form would take 73.
 */
final class ShortUuid {

    static final int LENGTH = 22;
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-.";

    private ShortUuid() {}

    static String encode(UUID uuid) {
        var text = new char[LENGTH];
        long high = uuid.getMostSignificantBits();
        long low = uuid.getLeastSignificantBits();
        for (int i = LENGTH - 1; i >= 0; i--) {
            text[i] = ALPHABET.charAt((int) (low & 63));
            // shift the 128-bit number right by 6
            low = (low >>> 6) | (high << 58);
            high >>>= 6;
        }
        return new String(text);
    }

    /** @throws IllegalArgumentException when the text is not 22 symbols of the alphabet or too large for 128 bits */
    static UUID decode(CharSequence text) {
        if (text.length() != LENGTH) {
            throw new IllegalArgumentException("not a short UUID");
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < LENGTH; i++) {
            int value = ALPHABET.indexOf(text.charAt(i));
            if (value < 0 || (high >>> 58) != 0) {
                throw new IllegalArgumentException("not a short UUID");
            }
            high = (high << 6) | (low >>> 58);
            low = (low << 6) | value;
        }
        return new UUID(high, low);
    }
}
