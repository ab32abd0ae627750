/**
 * The application shell: the practice's clock and zone, the home page, the login page, the page layout and the
 * error pages that every module's pages share.
 */
@NullMarked
package org.frontdesk.shell;

import org.jspecify.annotations.NullMarked;
