package org.frontdesk.scheduling;

/** No wait list entry or offer has the id; the message names only the id. */
public class WaitListNotFound extends RuntimeException {

    public WaitListNotFound(Object id) {
        super("No wait list entry or offer " + id);
    }
}
