package org.frontdesk.scheduling;

/** A provider as the set-up pages show and edit them. */
public record ProviderOnFile(ProviderId id, ProviderDetails details) {

    /** "Ana Ruiz, MD". */
    public String displayName() {
        var credentials = details.credentials();
        return credentials == null ? details.name() : details.name() + ", " + credentials;
    }
}
