package org.frontdesk.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the audit chain from its first entry.
 *
 * @param checked how many entries were read, up to and including the first broken one
 * @param firstBrokenId the first id at which the chain does not hold (an edited entry, or the id of a missing
 *     one); null when intact
 */
public record ChainVerification(boolean intact, long checked, @Nullable Long firstBrokenId) {

    public ChainVerification {
        if (checked < 0) {
            throw new IllegalArgumentException("checked must not be negative");
        }
        if (intact == (firstBrokenId != null)) {
            throw new IllegalArgumentException("an intact chain has no broken id, a broken one has one");
        }
    }

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null);
    }

    static ChainVerification brokenAt(long id, long checked) {
        return new ChainVerification(false, checked, id);
    }
}
