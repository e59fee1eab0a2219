package org.difficultadvice.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for numeric options with a lower bound, so a flag is refused while the command line
 * is parsed, with the same one line as a value that is not a number, instead of deep in the
 * run (the config file's own keys are checked by the settings records).
 */
final class AtLeast {
  private AtLeast() {}

  /** A count of at least one: {@code --concurrency}, {@code --specs}. */
  static final class OneInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      long parsed = parseLong(value, "a whole number");
      if (parsed < 1 || parsed > Integer.MAX_VALUE) {
        throw new TypeConversionException("'" + value + "' must be a whole number of at least 1");
      }
      return (int) parsed;
    }
  }

  /** A positive amount: {@code --budget-tokens}. */
  static final class OneLong implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      long parsed = parseLong(value, "a whole number");
      if (parsed < 1) {
        throw new TypeConversionException("'" + value + "' must be a whole number of at least 1");
      }
      return parsed;
    }
  }

  /** Zero or more: {@code --max-cost} in USD. */
  static final class ZeroDouble implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double parsed;
      try {
        parsed = Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a number");
      }
      if (!(parsed >= 0) || Double.isInfinite(parsed)) {
        throw new TypeConversionException("'" + value + "' must be a number of 0 or more");
      }
      return parsed;
    }
  }

  private static long parseLong(String value, String what) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not " + what);
    }
  }
}
