package org.w3id.crlm.check;

import java.util.List;

/** A rule over a draft as a whole: its own axioms, or all its checked statements together. */
interface DraftRule {
  List<Finding> check(Draft draft, List<DraftStatement> checked);
}
