package org.frontdesk.audit;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.frontdesk.audit.AuditChain.StoredFields;
import org.jspecify.annotations.Nullable;

/**
 * Checks the chain one stored entry at a time, in id order, keeping only the previous entry's hash: memory stays
 * constant however long the trail grows.
 */
final class ChainWalk {

    /** An entry as stored: its fields and the two hashes kept beside them. */
    record StoredLink(StoredFields fields, byte[] previousHash, byte[] hash) {}

    private final AuditChain chain;
    private byte[] previousHash = AuditChain.GENESIS;
    private long expectedId = 1;
    private long checked;
    private @Nullable Long brokenAt;
    private @Nullable StoredLink lastIntact;

    ChainWalk(AuditChain chain) {
        this.chain = chain;
    }

    /** @return whether the chain still holds after this entry; once broken, further entries are ignored */
    boolean accept(StoredLink link) {
        if (brokenAt != null) {
            return false;
        }
        checked++;
        long id = link.fields().id();
        if (id != expectedId) {
            // A gap means an entry was deleted; name the first missing id.
            brokenAt = Math.min(id, expectedId);
        } else if (!MessageDigest.isEqual(link.previousHash(), previousHash)
                || !MessageDigest.isEqual(link.hash(), chain.link(previousHash, link.fields()))) {
            brokenAt = id;
        } else {
            previousHash = link.hash();
            lastIntact = link;
            expectedId++;
            return true;
        }
        return false;
    }

    ChainVerification result() {
        var head = lastIntact == null ? null : new ChainHead(lastIntact.fields().id(),
                lastIntact.fields().occurredAt(), HexFormat.of().formatHex(lastIntact.hash()));
        return brokenAt == null
                ? ChainVerification.intact(checked, head)
                : ChainVerification.brokenAt(brokenAt, checked, head);
    }
}
