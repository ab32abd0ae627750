/** The audit trail's review pages, CSV export and verification endpoint, for office managers and admins. */
@NullMarked
package org.frontdesk.audit.web;

import org.jspecify.annotations.NullMarked;
