package org.w3id.crlm.check;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One statement of a draft as the rules see it, once the reasoner has placed its population.
 *
 * @param draft the whole draft (a rule may look at the other statements)
 * @param statement the statement
 * @param cancerTypes the classes the statement's representative cancer falls in
 * @param maxRank the weakest evidence level (rank) a finding may rest on
 * @param why for a class of {@code cancerTypes}, the justification of the population being one
 *     (empty unless the check explains)
 * @param earlier the findings of the rules that ran before on this statement, which a rule does
 *     not repeat
 */
record StatementUnderCheck(Draft draft, DraftStatement statement, Set<String> cancerTypes, int maxRank,
    Function<String, List<String>> why, List<Finding> earlier) {}
