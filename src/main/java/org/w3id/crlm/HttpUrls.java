package org.w3id.crlm;

import java.net.URI;
import java.net.URISyntaxException;

/** The one check of a URL the user gives for another server (a store to publish to, an endpoint to ask). */
public final class HttpUrls {
  private HttpUrls() {}

  /**
   * {@code url} if it is an http or https URL with a host; else an error naming it, what it was
   * meant to be and an example.
   */
  public static String require(String url, String meantAs, String example) {
    String reason;
    try {
      URI uri = new URI(url);
      if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        return url;
      }
      reason = "not an http or https URL";
    } catch (URISyntaxException e) {
      reason = e.getReason();
    }
    throw new CrlmException("%s is not %s (%s). Give one such as %s.".formatted(url, meantAs, reason, example));
  }
}
