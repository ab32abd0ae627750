package org.frontdesk.patients;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the clerk typed into the search box, taken apart: name fragments, a date of birth, a phone number, an MRN,
 * in any mix and order ("smith 1980-04-02", "(555) 234-5678", "1000017", "jon smyth").
 */
record PatientQuery(List<String> nameTokens, @Nullable LocalDate birthDate, @Nullable String phoneDigits,
        @Nullable String mrn) {

    private static final Pattern PHONE = Pattern.compile("\\(?\\b[2-9][0-9]{2}\\)?[\\s.\\-]?[2-9][0-9]{2}[\\s.\\-]?[0-9]{4}\\b");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M-d-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M.d.uuuu").withResolverStyle(ResolverStyle.STRICT));

    static PatientQuery parse(String text) {
        var rest = text == null ? "" : text.strip();
        if (rest.length() > 200) {
            rest = rest.substring(0, 200);
        }
        String phone = null;
        var phoneMatch = PHONE.matcher(rest);
        if (phoneMatch.find()) {
            phone = phoneMatch.group().replaceAll("[^0-9]", "");
            rest = rest.substring(0, phoneMatch.start()) + " " + rest.substring(phoneMatch.end());
        }
        LocalDate birthDate = null;
        String mrn = null;
        var names = new ArrayList<String>();
        for (var word : rest.split("[\\s,;]+")) {
            if (word.isEmpty()) {
                continue;
            }
            var date = date(word);
            if (date != null) {
                birthDate = date;
            } else if (word.matches("[0-9]{7,8}") && Mrn.isValid(word)) {
                mrn = word;
            } else if (word.matches("\\+?1?[0-9]{10}")) {
                phone = word.replaceAll("[^0-9]", "").substring(word.replaceAll("[^0-9]", "").length() - 10);
            } else {
                names.addAll(NameTokens.tokens(word));
            }
        }
        return new PatientQuery(List.copyOf(names), birthDate, phone, mrn);
    }

    boolean isEmpty() {
        return nameTokens.isEmpty() && birthDate == null && phoneDigits == null && mrn == null;
    }

    private static @Nullable LocalDate date(String word) {
        if (!word.matches("[0-9]{1,4}[\\-/.][0-9]{1,2}[\\-/.][0-9]{1,4}")) {
            return null;
        }
        for (var format : DATE_FORMATS) {
            try {
                return LocalDate.parse(word, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        return null;
    }
}
