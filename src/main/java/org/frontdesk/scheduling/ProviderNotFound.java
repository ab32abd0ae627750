package org.frontdesk.scheduling;

/** No provider has this id. */
public class ProviderNotFound extends RuntimeException {

    public ProviderNotFound(ProviderId id) {
        super("No provider " + id);
    }
}
