package org.w3id.crlm.web;

import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.ingest.store.AnnotationStore;

/**
 * At start, before the first upload: removes what interrupted uploads left in the store (an upload
 * killed halfway leaves a temporary file, or a copy of its text that no annotation refers to),
 * and says which stored annotations refer to a copy that is missing.
 */
final class StoreSweep {
  private static final Logger LOG = LoggerFactory.getLogger(StoreSweep.class);

  private StoreSweep() {}

  static void run(AnnotationStore store) {
    AnnotationStore.SweepReport report = store.sweep();
    if (report == null) {
      LOG.info("The annotation store {} is in use by another process; leftovers are not swept.", store.directory());
      return;
    }
    if (!report.temporaryFiles().isEmpty() || !report.orphanCopies().isEmpty()) {
      LOG.info("Annotation store: removed {} temporary file(s) and {} cop(ies) of documents that no annotation refers to,"
          + " left by interrupted writes: {}", report.temporaryFiles().size(), report.orphanCopies().size(),
          String.join(", ", Stream.concat(report.temporaryFiles().stream(), report.orphanCopies().stream()).toList()));
    }
    if (!report.missingCopies().isEmpty()) {
      LOG.warn("Annotation store: these copies of documents are referred to but missing, so their sentences cannot be"
          + " quoted: {}. Ingest those documents again.", String.join(", ", report.missingCopies()));
    }
  }
}
