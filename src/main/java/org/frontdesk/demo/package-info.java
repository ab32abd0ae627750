/**
 * The demo practice: synthetic patients, the demo staff accounts and the practice's calendars (locations, providers,
 * templates, appointments about 70% full) seeded into an empty database, and the generator that fills a database
 * with many synthetic patients for benchmarks. All data here is invented.
 */
@NullMarked
package org.frontdesk.demo;

import org.jspecify.annotations.NullMarked;
