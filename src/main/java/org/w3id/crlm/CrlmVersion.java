package org.w3id.crlm;

/** The version of this build: from the jar's manifest, or "development" when run from classes. */
public final class CrlmVersion {
  private CrlmVersion() {}

  public static String get() {
    String version = CrlmVersion.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
