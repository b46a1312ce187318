package org.w3id.crlm.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Synthetic patients for tests and benchmarks, never real ones: profiles (the JSON of
 * {@code crlm profile}) drawn from a seeded generator, so that a seed always gives the same
 * cohort. The mix is that of metastatic colorectal cancer series in broad strokes: about a third
 * rectal, the rest left- and right-sided colon; KRAS mutated in about 40% (G12D and G12C among
 * them), NRAS in 4%, BRAF V600E in 8% of RAS wild-type tumours, MSI-high in 4%, HER2 amplified in
 * 3% of RAS wild-type ones; the liver the commonest site of metastasis, then the lung and the
 * peritoneum; a fifth without distant metastasis.
 */
public final class CohortGenerator {
  private static final String[] LEFT_COLON = {"sigmoid colon", "descending colon"};
  private static final String[] RIGHT_COLON = {"caecum", "ascending colon", "transverse colon"};
  private static final String[] T = {"T1", "T2", "T3", "T3", "T3", "T4a", "T4b"};
  private static final String[] N = {"N0", "N0", "N1a", "N1b", "N2a", "N2b"};
  private static final String[] LIVER_SEGMENTS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};
  private static final String[] KRAS = {"KRAS G12D", "KRAS G12D", "KRAS G12V", "KRAS G12C", "KRAS G13D", "KRAS mutation"};
  private static final String[] PRIOR = {"FOLFOX", "CAPOX", "FOLFIRI", "bevacizumab", "panitumumab"};

  private final Random random;

  public CohortGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** The next patient's profile, as one line of JSON; {@code id} is its id. */
  public String next(String id) {
    JsonObject p = new JsonObject();
    p.put("id", id);
    double site = random.nextDouble();
    boolean rectal = site < 0.33;
    boolean left = rectal || site < 0.70;
    p.put("primarySite", rectal ? "rectum" : left ? pick(LEFT_COLON) : pick(RIGHT_COLON));
    p.put("side", left ? "left" : "right");
    p.put("histology", "adenocarcinoma");
    String m = metastasisCategory();
    p.put("tnm", "c" + pick(T) + " c" + pick(N) + " c" + m);
    p.put("biomarkers", strings(biomarkers()));
    if (!m.equals("M0")) {
      p.put("metastases", strings(sites(m)));
      p.put("metastasisTiming", random.nextDouble() < 0.6 ? "synchronous" : "metachronous");
      p.put("resectability", random.nextDouble() < 0.3 ? "resectable" : "unresectable");
    }
    p.put("ecog", random.nextInt(3));
    if (random.nextDouble() < 0.3) {
      p.put("priorTherapies", strings(List.of(pick(PRIOR))));
    }
    return JSON.toStringFlat(p);
  }

  private String metastasisCategory() {
    double r = random.nextDouble();
    return r < 0.2 ? "M0" : r < 0.65 ? "M1a" : r < 0.9 ? "M1b" : "M1c";
  }

  private List<String> sites(String m) {
    List<String> sites = new ArrayList<>();
    switch (m) {
      case "M1a" -> {
        if (random.nextDouble() < 0.8) {
          liver(sites);
        } else {
          sites.add("lung");
        }
      }
      case "M1b" -> {
        liver(sites);
        sites.add("lung");
      }
      default -> {
        sites.add("peritoneum");
        if (random.nextBoolean()) {
          liver(sites);
        }
      }
    }
    return sites;
  }

  private void liver(List<String> sites) {
    int count = 1 + random.nextInt(4);
    int first = random.nextInt(LIVER_SEGMENTS.length);
    for (int i = 0; i < count; i++) {
      sites.add("liver segment " + LIVER_SEGMENTS[(first + i) % LIVER_SEGMENTS.length]);
    }
  }

  private List<String> biomarkers() {
    List<String> markers = new ArrayList<>();
    double ras = random.nextDouble();
    if (ras < 0.40) {
      markers.add(pick(KRAS));
    } else if (ras < 0.44) {
      markers.add("NRAS mutation");
    } else {
      markers.add("RAS wild type");
      double braf = random.nextDouble();
      markers.add(braf < 0.08 ? "BRAF V600E" : "BRAF wild type");
      if (braf >= 0.08 && random.nextDouble() < 0.03) {
        markers.add("HER2 amplification");
      }
    }
    markers.add(random.nextDouble() < 0.04 ? "MSI-H" : "MSS");
    return markers;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }
}
