package org.w3id.crlm.ingest.relate;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.w3id.crlm.CrlmException;

/**
 * The linguistic layer: Apache OpenNLP's tokenizer and part-of-speech tagger with the English
 * Universal Dependencies models (Maven artifacts opennlp-models-tokenizer-en and
 * opennlp-models-pos-en), read once. The tagger gives Universal POS tags (VERB, NOUN, ADP, ...).
 * OpenNLP's tools are not thread-safe; each thread gets its own.
 */
final class Tagger {
  /** The tokens of a sentence: their spans (in the text) and their tags. */
  record Tagged(Span[] spans, String[] tokens, String[] tags) {}

  /** The models, read when the first sentence is tagged (a document may need none). */
  private static final class Models {
    static final TokenizerModel TOKENS = model("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    static final POSModel TAGS = model("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
  }

  private static final ThreadLocal<TokenizerME> TOKENIZER = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));
  private static final ThreadLocal<POSTaggerME> POS = ThreadLocal.withInitial(() -> new POSTaggerME(Models.TAGS));

  private interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T model(String resource, Reader<T> reader) {
    try (InputStream in = Tagger.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new CrlmException("The OpenNLP model %s is not on the class path: rebuild the project (mvn package), which brings it from Maven Central."
            .formatted(resource));
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new CrlmException("Cannot read the OpenNLP model %s: %s".formatted(resource, e.getMessage()));
    }
  }

  static void prepare() {
    TOKENIZER.get();
    POS.get();
  }

  /** The tokens and tags of {@code text} between {@code start} and {@code end}, spans in the whole text. */
  Tagged tag(String text, int start, int end) {
    Span[] local = TOKENIZER.get().tokenizePos(text.substring(start, end));
    Span[] spans = new Span[local.length];
    String[] tokens = new String[local.length];
    for (int i = 0; i < local.length; i++) {
      spans[i] = new Span(local[i].getStart() + start, local[i].getEnd() + start);
      tokens[i] = text.substring(spans[i].getStart(), spans[i].getEnd());
    }
    return new Tagged(spans, tokens, POS.get().tag(tokens));
  }
}
