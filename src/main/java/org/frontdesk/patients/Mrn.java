package org.frontdesk.patients;

/**
 * Medical record number: the practice's own patient number, a running number followed by a Luhn check digit so
 * that a mistyped digit is caught at the desk.
 */
public record Mrn(String value) {

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9]{7,8}");

    public Mrn {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a medical record number");
        }
    }

    public static Mrn fromSequence(long number) {
        var digits = Long.toString(number);
        return new Mrn(digits + checkDigit(digits));
    }

    public static boolean isValid(String text) {
        if (text == null || !DIGITS.matcher(text).matches()) {
            return false;
        }
        var body = text.substring(0, text.length() - 1);
        return text.charAt(text.length() - 1) - '0' == checkDigit(body);
    }

    static int checkDigit(String digits) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
