package org.w3id.crlm.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The checksum a locator stores: the first 16 hex digits of the SHA-256 of the span's UTF-8. */
public final class SpanDigest {
  private SpanDigest() {}

  public static String of(String span) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(span.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
