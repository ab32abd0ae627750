package org.frontdesk.scheduling;

import java.util.LinkedHashMap;
import java.util.Map;

/** The US states, the District of Columbia and the territories, by their two-letter postal codes. */
public final class UsStates {

    private static final Map<String, String> BY_CODE = new LinkedHashMap<>();

    static {
        var pairs = """
                AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|\
                DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|\
                KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|\
                MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|\
                NM New Mexico|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|\
                PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|\
                VT Vermont|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming|AS American Samoa|\
                GU Guam|MP Northern Mariana Islands|PR Puerto Rico|VI U.S. Virgin Islands""";
        for (var pair : pairs.split("\\|")) {
            BY_CODE.put(pair.substring(0, 2), pair.substring(3));
        }
    }

    private UsStates() {}

    /** Code to name, in alphabetical order of the states, then the territories. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(BY_CODE);
    }

    public static boolean isCode(String code) {
        return BY_CODE.containsKey(code);
    }
}
