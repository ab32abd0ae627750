package org.frontdesk.scheduling;

import java.util.Objects;

/**
 * A National Provider Identifier: 10 digits, the first 1 (a person) or 2 (an organisation), the last a Luhn check
 * digit computed over {@code 80840} followed by the first nine digits.
 */
public record Npi(String value) {

    private static final String PREFIX = "80840";

    public Npi {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            // the message does not repeat the input
            throw new IllegalArgumentException("not a valid NPI");
        }
    }

    public static boolean isValid(String text) {
        if (text.length() != 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (text.charAt(0) != '1' && text.charAt(0) != '2') {
            return false;
        }
        return checkDigit(text.substring(0, 9)) == text.charAt(9) - '0';
    }

    /** The Luhn check digit for nine NPI digits, over the {@code 80840} prefix. */
    static int checkDigit(String firstNine) {
        var digits = PREFIX + firstNine;
        int sum = 0;
        // the check digit will sit to the right, so the rightmost payload digit is doubled
        for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
            int d = digits.charAt(i) - '0';
            if (position % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
