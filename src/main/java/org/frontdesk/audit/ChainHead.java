package org.frontdesk.audit;

import java.time.Instant;

/**
 * The newest entry of the chain. Noted down outside the system (a logbook, a ticket), it later proves that no
 * entry up to it was removed from the end, which the chain alone cannot show.
 *
 * @param hash the entry's hash, lower-case hex
 */
public record ChainHead(long id, Instant occurredAt, String hash) {}
