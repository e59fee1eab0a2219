package org.difficultadvice.export;

/** The version Maven wrote into the jar's manifest, or {@code dev} when run from classes. */
final class ToolVersion {
  private ToolVersion() {}

  static String current() {
    String version = ToolVersion.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
