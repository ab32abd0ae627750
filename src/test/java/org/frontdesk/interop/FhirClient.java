package org.frontdesk.interop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.frontdesk.FrontdeskTest;
import org.jspecify.annotations.Nullable;

/** Real HTTP against the running application, signed in with HTTP Basic as a demo user (or anonymous). */
public final class FhirClient {

    public static final String FHIR_JSON = "application/fhir+json";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final @Nullable String username;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private FhirClient(int port, @Nullable String username) {
        this.port = port;
        this.username = username;
    }

    public static FhirClient as(int port, String username) {
        return new FhirClient(port, username);
    }

    public static FhirClient anonymous(int port) {
        return new FhirClient(port, null);
    }

    /** A copy that sends one more header. */
    public FhirClient with(String name, String value) {
        var copy = new FhirClient(port, username);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String path, String body) {
        return post(path, body, FHIR_JSON);
    }

    public HttpResponse<String> post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", FHIR_JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Paths relative to {@code /fhir/}, or absolute URLs such as a bundle's next link. */
    private URI uri(String path) {
        return path.startsWith("http") ? URI.create(path) : URI.create("http://localhost:" + port + "/fhir/" + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("Accept", FHIR_JSON).timeout(Duration.ofSeconds(30));
        if (username != null) {
            var credentials = username + ":" + FrontdeskTest.DEMO_PASSWORD;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
