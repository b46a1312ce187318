package org.w3id.crlm.check;

import java.util.List;

/** A rule that compares one statement of a draft, its population placed by the reasoner, with the knowledge base. */
interface StatementRule {
  List<Finding> check(StatementUnderCheck statement);
}
