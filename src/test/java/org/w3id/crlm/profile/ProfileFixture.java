package org.w3id.crlm.profile;

import java.time.Duration;
import org.apache.jena.system.Txn;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.ontology.Crlm;

/** The profile service over the test knowledge base, for the tests that answer profiles (given as data, or a cohort's). */
public final class ProfileFixture {
  public final ClinicalContext context;
  public final ProfileService service;
  public final ProfileReader reader;

  public ProfileFixture() {
    KnowledgeBase kb = TestKnowledgeBase.get();
    ProvenanceIndex index = Txn.calculateRead(kb.dataset(),
        () -> ProvenanceIndex.build(kb.dataset().getNamedModel(Crlm.ASSERTED_GRAPH).getGraph()));
    context = ClinicalContext.of(kb, () -> index, Corpus.at(TestKnowledgeBase.corpusDirectory()));
    service = new ProfileService(context);
    reader = new ProfileReader(context.terms(), context.tnmParser());
  }

  /** The answer to the profile {@code json} (named {@code source} in errors), on evidence of every level. */
  ProfileAnswer answer(String json, String source) {
    return service.answer(reader.read(json, source), 6, Duration.ofSeconds(60));
  }
}
