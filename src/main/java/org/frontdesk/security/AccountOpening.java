package org.frontdesk.security;

import java.util.Map;

/** What came of opening a staff account from the admin page. */
sealed interface AccountOpening {

    record Opened(StaffAccount account) implements AccountOpening {}

    /** Field name to what is wrong with it; nothing was stored. */
    record Refused(Map<String, String> problems) implements AccountOpening {}
}
