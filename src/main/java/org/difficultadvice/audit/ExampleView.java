package org.difficultadvice.audit;

import java.util.List;
import java.util.Map;
import org.difficultadvice.generate.Example;
import org.difficultadvice.plan.DilemmaSpec;

/**
 * A dataset record seen as the pipeline's {@link Example}, so the filter stage's checks run on
 * any dataset: system, user and assistant turns each joined into one text (a {@code text}
 * record is read as a user turn). The spec is empty except for its id: audited data has none.
 */
final class ExampleView {
  private ExampleView() {}

  static Example of(ChatRecord record) {
    DilemmaSpec spec = new DilemmaSpec("audited-record", "", "", "", List.of(), Map.of(), "", "", "", "");
    String user = record.format() == ChatFormat.TEXT ? record.textOf("text") : record.textOf("user");
    return new Example(spec, record.textOf("system"), user, record.textOf("assistant"),
        List.of(), Map.of(), Map.of());
  }
}
