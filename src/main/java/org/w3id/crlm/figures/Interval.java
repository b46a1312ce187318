package org.w3id.crlm.figures;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The values a reported figure allows, as an interval with open or closed ends: "about 25%",
 * "more than 40%", "30-40%", "9.5 months". An unbounded end is infinite.
 *
 * @param low the lower end (negative infinity when unbounded)
 * @param high the upper end (positive infinity when unbounded)
 * @param lowOpen whether the lower end itself is excluded ("more than")
 * @param highOpen whether the upper end itself is excluded ("less than")
 * @param reading how the figure's words were read, for the reasoning steps
 */
public record Interval(double low, double high, boolean lowOpen, boolean highOpen, String reading) {

  /**
   * How far "about X" reaches on each side, as a share of X. Documents round the figures they
   * call approximate; reading "about 25%" as 22.5-27.5% keeps two approximate figures of
   * neighbouring values compatible without making every pair of figures overlap.
   */
  public static final double APPROXIMATION = 0.10;

  /** The interval a figure's value, range and comparator state. */
  public static Interval of(BigDecimal value, BigDecimal lower, BigDecimal upper, Comparison comparator) {
    if (lower != null && upper != null) {
      return new Interval(lower.doubleValue(), upper.doubleValue(), false, false,
          "%s-%s".formatted(number(lower.doubleValue()), number(upper.doubleValue())));
    }
    if (value == null) {
      throw new IllegalArgumentException("A figure needs a value or a lower and an upper value.");
    }
    double v = value.doubleValue();
    return switch (comparator) {
      case GREATER_THAN -> new Interval(v, Double.POSITIVE_INFINITY, true, false, "more than " + number(v));
      case AT_LEAST -> new Interval(v, Double.POSITIVE_INFINITY, false, false, "at least " + number(v));
      case LESS_THAN -> new Interval(Double.NEGATIVE_INFINITY, v, false, true, "less than " + number(v));
      case AT_MOST -> new Interval(Double.NEGATIVE_INFINITY, v, false, false, "at most " + number(v));
      case APPROXIMATELY -> {
        double reach = Math.abs(v) * APPROXIMATION;
        yield new Interval(v - reach, v + reach, false, false,
            "about %s, read as %s-%s".formatted(number(v), number(v - reach), number(v + reach)));
      }
      case EQUAL_TO -> new Interval(v, v, false, false, number(v));
    };
  }

  /** A count of a denominator ("28 of 36") as the percentage it is. */
  public static Interval proportion(BigDecimal numerator, BigDecimal denominator) {
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("A count's denominator must be positive, not " + denominator + ".");
    }
    double v = numerator.doubleValue() * 100 / denominator.doubleValue();
    return new Interval(v, v, false, false, "%s of %s, read as %s%%".formatted(number(numerator.doubleValue()),
        number(denominator.doubleValue()), number(Math.round(v * 10) / 10.0)));
  }

  /** This interval with both ends multiplied by {@code factor} (a unit conversion). */
  public Interval scaled(double factor, String how) {
    return new Interval(low * factor, high * factor, lowOpen, highOpen, reading + ", " + how);
  }

  /** Whether some value lies in both intervals. */
  public boolean overlaps(Interval other) {
    return !entirelyAbove(other) && !other.entirelyAbove(this);
  }

  /** Whether every value of this interval is greater than every value of {@code other}. */
  public boolean entirelyAbove(Interval other) {
    if (low > other.high) {
      return true;
    }
    return low == other.high && (lowOpen || other.highOpen);
  }

  /** Whether both intervals allow exactly the same values. */
  public boolean sameAs(Interval other) {
    return low == other.low && high == other.high && lowOpen == other.lowOpen && highOpen == other.highOpen;
  }

  /** The interval in mathematical notation, "[22.5, 27.5]", "(40, ∞)". */
  public String notation() {
    return (lowOpen || Double.isInfinite(low) ? "(" : "[") + end(low) + ", " + end(high)
        + (highOpen || Double.isInfinite(high) ? ")" : "]");
  }

  private static String end(double v) {
    return Double.isInfinite(v) ? (v > 0 ? "∞" : "-∞") : number(v);
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /** How a value relates to the true figure, as crlm:comparator states it. */
  public enum Comparison { EQUAL_TO, APPROXIMATELY, GREATER_THAN, AT_LEAST, LESS_THAN, AT_MOST }
}
