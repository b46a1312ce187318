package org.w3id.crlm.figures;

import java.io.InputStream;
import java.util.Optional;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.fhir.ucum.UcumService;

/**
 * Converts values between UCUM units with the FHIR UCUM library and its bundled essence file
 * (the UCUM definitions), so that no conversion factor is written by hand.
 */
public final class UnitConverter {
  private final UcumService ucum;

  private UnitConverter(UcumService ucum) {
    this.ucum = ucum;
  }

  /** The converter over the UCUM essence file that the library ships. */
  public static UnitConverter ucum() {
    try (InputStream essence = UcumEssenceService.class.getClassLoader().getResourceAsStream("ucum-essence.xml")) {
      if (essence == null) {
        throw new IllegalStateException("The UCUM essence file (ucum-essence.xml) is missing from the class path; "
            + "the org.fhir:ucum library provides it.");
      }
      return new UnitConverter(new UcumEssenceService(essence));
    } catch (UcumException | java.io.IOException e) {
      throw new IllegalStateException("Cannot read the UCUM essence file: " + e.getMessage(), e);
    }
  }

  /** Why a code is not valid UCUM, or null when it is. */
  public String invalid(String code) {
    try {
      return ucum.validate(code);
    } catch (RuntimeException e) {
      return e.getMessage();
    }
  }

  /**
   * How many {@code to} one {@code from} is (12 for years to months), or empty when the two
   * cannot be compared. Units that differ only in their annotation ({patients} against
   * {lesions}) count as different things, although UCUM gives both the dimension one.
   */
  public Optional<Double> factor(String from, String to) {
    if (from.equals(to)) {
      return Optional.of(1.0);
    }
    if (from.contains("{") || to.contains("{")) {
      return Optional.empty();
    }
    try {
      if (ucum.validate(from) != null || ucum.validate(to) != null || !ucum.isComparable(from, to)) {
        return Optional.empty();
      }
      Decimal one = new Decimal(1);
      return Optional.of(Double.parseDouble(ucum.convert(one, from, to).asDecimal()));
    } catch (UcumException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
