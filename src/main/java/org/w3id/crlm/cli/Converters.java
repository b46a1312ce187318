package org.w3id.crlm.cli;

import org.w3id.crlm.kb.GraphSelection;
import org.w3id.crlm.query.ResultFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters whose errors list the accepted values. */
final class Converters {
  private Converters() {}

  static final class Format implements ITypeConverter<ResultFormat> {
    @Override
    public ResultFormat convert(String value) {
      try {
        return ResultFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class Graph implements ITypeConverter<GraphSelection> {
    @Override
    public GraphSelection convert(String value) {
      try {
        return GraphSelection.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
