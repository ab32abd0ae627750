package org.frontdesk.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the server can tell: keeps its cookies, sends the page's CSRF token with forms, and does not
 * follow redirects, so that tests can see where the server sends it. Public for other modules' page tests.
 */
public final class StaffClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public StaffClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with the CSRF token of the page at {@code from}, as a browser submitting that page would. */
    public HttpResponse<String> submit(String from, String path, Map<String, String> fields) {
        var withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfTokenOf(from));
        return postForm(path, withToken);
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        var body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> signIn(String username, String password) {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String csrfTokenOf(String page) {
        var response = get(page);
        var matcher = CSRF.matcher(response.body());
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token on " + page + " (status " + response.statusCode() + ")");
        }
        return matcher.group(1);
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie")).getValue();
    }

    String uri(String path) {
        return base + path;
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> URI.create(l).getRawPath()
                + (URI.create(l).getRawQuery() == null ? "" : "?" + URI.create(l).getRawQuery())).orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
