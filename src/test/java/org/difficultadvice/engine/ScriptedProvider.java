package org.difficultadvice.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Usage;

/** A provider that plays a script of failures, then answers. */
final class ScriptedProvider implements Provider {
  private final Deque<ProviderException> failures = new ArrayDeque<>();
  final AtomicInteger calls = new AtomicInteger();

  ScriptedProvider failing(ProviderException... script) {
    failures.addAll(java.util.List.of(script));
    return this;
  }

  @Override
  public synchronized Completion complete(ChatRequest request) throws ProviderException {
    calls.incrementAndGet();
    ProviderException next = failures.poll();
    if (next != null) {
      throw next;
    }
    return new Completion("ok", FinishReason.STOP, new Usage(100, 20), request.model(), "r");
  }

  @Override
  public String name() {
    return "scripted";
  }
}
