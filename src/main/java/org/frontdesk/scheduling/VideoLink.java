package org.frontdesk.scheduling;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * The link a patient opens for a telemedicine visit: an absolute {@code https} URL with a host and no user name or
 * password in it, at most 500 characters.
 */
public record VideoLink(URI value) {

    /** @throws InvalidSetup when it is not such a link (the message does not repeat it) */
    public VideoLink {
        Objects.requireNonNull(value, "value");
        var text = value.toString();
        if (!"https".equals(value.getScheme()) || value.isOpaque() || value.getHost() == null
                || value.getRawUserInfo() != null || text.length() > 500 || text.chars().anyMatch(Character::isWhitespace)) {
            throw invalid();
        }
    }

    /** @throws InvalidSetup when the text is not an https link */
    public static VideoLink of(String text) {
        try {
            return new VideoLink(new URI(text.strip()));
        } catch (URISyntaxException e) {
            throw invalid();
        }
    }

    private static InvalidSetup invalid() {
        return InvalidSetup.of("videoLink", "Enter a secure link that starts with https:// (at most 500 characters).");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
