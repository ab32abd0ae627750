package org.frontdesk.patients;

import java.util.Optional;
import java.util.regex.Pattern;

/** A North American (NANP) telephone number, kept as its ten digits. */
public record PhoneNumber(String digits) {

    // compiled once: every patient row read builds up to three numbers (lists of 300 patients read them all)
    private static final Pattern TEN_DIGITS = Pattern.compile("[2-9][0-9]{2}[2-9][0-9]{6}");

    public PhoneNumber {
        if (digits == null || !TEN_DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("not a 10-digit North American phone number");
        }
    }

    /** Reads what people type: {@code (555) 234-5678}, {@code 555.234.5678}, {@code +1 555 234 5678}. */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null || !text.matches("[0-9()+.\\-\\s]{10,20}")) {
            return Optional.empty();
        }
        var digits = text.replaceAll("[^0-9]", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        return TEN_DIGITS.matcher(digits).matches() ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
    }

    public String formatted() {
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
