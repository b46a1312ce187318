package org.w3id.crlm.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import spark.Request;

/**
 * Who may change what the server holds: a request that writes carries the server's token as
 * {@code Authorization: Bearer TOKEN}. A browser never adds that header by itself, and a page
 * of another origin cannot add it without a CORS preflight, which this server never grants, so a
 * cross-site form or {@code text/plain} fetch cannot write. A request a browser marks as coming
 * from another origin is refused as well, token or not. Reads need nothing.
 */
final class WriteAccess {
  private static final String SCHEME = "Bearer ";
  private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer realm=\"crlm\"");

  private final byte[] token;

  /** @param token the token writes must carry; null when the server takes no writes at all */
  WriteAccess(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  void authorize(Request request) {
    if (token == null) {
      throw new HttpError(403, "This server is read-only: it was started with --read-only, so it takes no uploads.");
    }
    refuseOtherOrigins(request);
    String authorization = request.headers("Authorization");
    if (authorization == null || authorization.isBlank()) {
      throw new HttpError(401, "Uploads need the server's token: send it as the header 'Authorization: Bearer TOKEN'."
          + " The server prints the token at start, or takes it from CRLM_TOKEN or --token-file.", CHALLENGE);
    }
    if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        || !MessageDigest.isEqual(token, authorization.substring(SCHEME.length()).strip().getBytes(StandardCharsets.UTF_8))) {
      throw new HttpError(401, "The token is not this server's: send the token the server printed at start (or the one"
          + " it was given) as 'Authorization: Bearer TOKEN'.",
          Map.of("WWW-Authenticate", "Bearer realm=\"crlm\", error=\"invalid_token\""));
    }
  }

  /** A browser says where a request comes from (Origin, Sec-Fetch-Site); only the server's own pages may write. */
  private static void refuseOtherOrigins(Request request) {
    String site = request.headers("Sec-Fetch-Site");
    if (site != null && site.toLowerCase(Locale.ROOT).equals("cross-site")) {
      throw crossOrigin(site);
    }
    String origin = request.headers("Origin");
    if (origin == null) {
      return;
    }
    String host = request.headers("Host");
    try {
      URI uri = URI.create(origin.strip());
      String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      if (host != null && uri.getHost() != null && authority.equalsIgnoreCase(host.strip())) {
        return;
      }
    } catch (IllegalArgumentException e) {
      // An Origin that is not a URI is not this server's.
    }
    throw crossOrigin(origin);
  }

  private static HttpError crossOrigin(String origin) {
    return new HttpError(403, ("A page of another origin (%s) may not write to this server. Upload from this server's own"
        + " pages, or from a client that is not a browser.").formatted(origin));
  }
}
