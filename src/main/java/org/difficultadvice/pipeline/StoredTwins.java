package org.difficultadvice.pipeline;

import java.util.Objects;
import org.difficultadvice.generate.Example;
import org.difficultadvice.generate.TwinSink;
import org.difficultadvice.load.Twin;
import org.difficultadvice.store.RunStore;
import org.difficultadvice.store.SpecFailure;

/** The twins generator's answers, into the run store's twin results. */
final class StoredTwins implements TwinSink {
  private final RunStore store;

  StoredTwins(RunStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public void made(Twin twin, Example example) {
    store.recordTwinExample(twin.id(), example);
  }

  @Override
  public void failed(Twin twin, String specId, String stage, String reason) {
    store.recordTwinFailure(twin.id(), new SpecFailure(specId, stage, reason));
  }
}
