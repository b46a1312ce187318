package org.w3id.crlm.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = CrlmCommand.class.getPackage().getImplementationVersion();
    return new String[] {"crlm " + (version == null ? "development" : version)};
  }
}
