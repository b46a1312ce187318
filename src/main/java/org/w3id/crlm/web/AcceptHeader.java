package org.w3id.crlm.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Content negotiation by the Accept header (RFC 9110, 12.5.1), read leniently: an item that is
 * not a media range is skipped, and a header with no readable item means anything, as no header
 * does. Each offered type gets the quality of the most specific range that matches it; q=0 rules
 * a type out.
 */
final class AcceptHeader {
  private record Range(String type, String subtype, double quality) {
    /** 2 for type/subtype, 1 for type/*, 0 for *}{@code /*}, -1 when the range does not match. */
    int specificity(String mediaType) {
      String[] parts = mediaType.split("/", 2);
      if (type.equals("*")) {
        return 0;
      }
      if (!type.equals(parts[0])) {
        return -1;
      }
      return subtype.equals("*") ? 1 : subtype.equals(parts[1]) ? 2 : -1;
    }
  }

  private final List<Range> ranges;

  private AcceptHeader(List<Range> ranges) {
    this.ranges = ranges;
  }

  static AcceptHeader of(String header) {
    List<Range> ranges = new ArrayList<>();
    if (header != null) {
      for (String item : header.split(",")) {
        range(item).ifPresent(ranges::add);
      }
    }
    return new AcceptHeader(ranges);
  }

  /** The offered media type the client prefers (the first offered among equals), or empty when it accepts none of them. */
  Optional<String> choose(List<String> offered) {
    if (ranges.isEmpty()) {
      return offered.stream().findFirst();
    }
    String best = null;
    double bestQuality = 0;
    for (String type : offered) {
      double quality = quality(type);
      if (quality > bestQuality) {
        best = type;
        bestQuality = quality;
      }
    }
    return Optional.ofNullable(best);
  }

  private double quality(String mediaType) {
    int specificity = -1;
    double quality = 0;
    for (Range range : ranges) {
      int s = range.specificity(mediaType);
      if (s > specificity) {
        specificity = s;
        quality = range.quality();
      }
    }
    return quality;
  }

  private static Optional<Range> range(String item) {
    String[] parts = item.split(";", -1);
    String[] type = parts[0].strip().toLowerCase(Locale.ROOT).split("/", -1);
    if (type.length != 2 || !token(type[0]) || !token(type[1]) || type[0].equals("*") && !type[1].equals("*")) {
      return Optional.empty();
    }
    double quality = 1;
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].strip().split("=", 2);
      if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("q")) {
        try {
          quality = Double.parseDouble(parameter[1].strip());
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        if (!(quality >= 0 && quality <= 1)) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(new Range(type[0], type[1], quality));
  }

  private static boolean token(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0);
  }
}
