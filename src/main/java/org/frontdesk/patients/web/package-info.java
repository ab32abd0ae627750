/** The staff pages of the patient registry: search, registration, patient page, edit. */
@NullMarked
package org.frontdesk.patients.web;

import org.jspecify.annotations.NullMarked;
