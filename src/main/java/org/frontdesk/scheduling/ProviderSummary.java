package org.frontdesk.scheduling;

import org.jspecify.annotations.Nullable;

/** A provider as lists and headings show them. */
public record ProviderSummary(ProviderId id, String name, @Nullable String credentials) {

    /** "Name, MD", or the name alone when no credentials are on file. */
    public String displayName() {
        return credentials == null || credentials.isBlank() ? name : name + ", " + credentials;
    }
}
