/**
 * Where the practice's data lives: an embedded PostgreSQL whose data directory survives restarts, or an external
 * server named by {@code FRONTDESK_DB_URL}; every object sits in one configurable schema.
 */
@NullMarked
package org.frontdesk.database;

import org.jspecify.annotations.NullMarked;
