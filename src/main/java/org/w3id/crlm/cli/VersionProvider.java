package org.w3id.crlm.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"crlm " + org.w3id.crlm.CrlmVersion.get()};
  }
}
