package org.w3id.crlm.quality;

/** How serious a quality problem is, as in ROBOT's report: ERROR stops the build, WARN and INFO are shown. */
public enum Level {
  ERROR, WARN, INFO
}
