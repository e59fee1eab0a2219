package org.difficultadvice.generate;

import org.difficultadvice.load.Twin;

/** Where the twins generator leaves each spec's twin answers (the run store). */
public interface TwinSink {
  /** {@code twin}'s example of its spec. */
  void made(Twin twin, Example example);

  /** {@code twin}'s answer to the spec could not be made; the other twins' may have been. */
  void failed(Twin twin, String specId, String stage, String reason);
}
