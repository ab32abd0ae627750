package org.frontdesk.scheduling.web;

import org.frontdesk.scheduling.ProviderId;

/**
 * After a template change, an exception or a holiday: how many of the provider's booked appointments no longer fit,
 * with the way to the conflict assistant, which proposes new times for them.
 */
record MisfitNotice(ProviderId provider, String providerName, int count) {

    /** "12 booked appointments no longer fit". */
    public String text() {
        return switch (count) {
            case 0 -> "All of " + providerName + "'s booked appointments still fit.";
            case 1 -> "1 booked appointment no longer fits";
            default -> count + " booked appointments no longer fit";
        };
    }

    public String link() {
        return "/schedule/conflicts?provider=" + provider;
    }
}
