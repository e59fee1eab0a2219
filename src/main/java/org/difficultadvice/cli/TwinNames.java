package org.difficultadvice.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.difficultadvice.load.Twin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** One name of {@code --twins}, refused while the command line is parsed when unknown. */
final class TwinNames implements ITypeConverter<Twin> {
  @Override
  public Twin convert(String value) {
    Twin twin = Twin.byId(value.strip());
    if (twin == null) {
      throw new TypeConversionException("'" + value + "' is not a twin; use any of "
          + Arrays.stream(Twin.values()).map(Twin::id).collect(Collectors.joining(", ")));
    }
    return twin;
  }
}
