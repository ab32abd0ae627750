/** The scheduling module's staff pages. */
@NullMarked
package org.frontdesk.scheduling.web;

import org.jspecify.annotations.NullMarked;
