/**
 * The demo practice: synthetic patients and the demo staff accounts seeded into an empty database, and the
 * generator that fills a database with many synthetic patients for benchmarks. All data here is invented.
 */
@NullMarked
package org.frontdesk.demo;

import org.jspecify.annotations.NullMarked;
