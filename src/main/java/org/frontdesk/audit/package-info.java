/**
 * The audit trail: who read, searched, created or changed which patient's data, when, from where, and with what
 * outcome. Entries are append-only in the database and hash-chained so that an edit made around the application
 * is detected. {@link org.frontdesk.audit.AuditTrail} is the one way in.
 */
@NullMarked
package org.frontdesk.audit;

import org.jspecify.annotations.NullMarked;
