package org.frontdesk.scheduling.web;

import org.springframework.http.HttpStatus;

/**
 * A request to a scheduling page that cannot be answered as asked (a malformed date, an unknown id). The message is
 * for the clerk and never repeats what was sent.
 */
class UnreadableRequest extends RuntimeException {

    private final HttpStatus status;

    UnreadableRequest(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
