package org.frontdesk.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the audit chain from its first entry.
 *
 * @param checked how many entries were read, up to and including the first broken one
 * @param firstBrokenId the first id at which the chain does not hold (an edited entry, or the id of a missing
 *     one); null when intact
 * @param lastIntact the newest entry found intact (when the chain is intact, its head, to note down as an anchor);
 *     null when none was
 * @param waiting entries committed but not chained yet at the time of the check (ADR 16): a handful for a moment
 *     is normal, a number that keeps growing means the chain's writer is stuck
 */
public record ChainVerification(boolean intact, long checked, @Nullable Long firstBrokenId,
        @Nullable ChainHead lastIntact, long waiting) {

    public ChainVerification {
        if (checked < 0 || waiting < 0) {
            throw new IllegalArgumentException("checked and waiting must not be negative");
        }
        if (intact == (firstBrokenId != null)) {
            throw new IllegalArgumentException("an intact chain has no broken id, a broken one has one");
        }
    }

    static ChainVerification intact(long checked, @Nullable ChainHead head) {
        return new ChainVerification(true, checked, null, head, 0);
    }

    static ChainVerification brokenAt(long id, long checked, @Nullable ChainHead lastIntact) {
        return new ChainVerification(false, checked, id, lastIntact, 0);
    }

    ChainVerification withWaiting(long entries) {
        return new ChainVerification(intact, checked, firstBrokenId, lastIntact, entries);
    }
}
