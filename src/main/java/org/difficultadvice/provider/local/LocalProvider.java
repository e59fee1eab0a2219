package org.difficultadvice.provider.local;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.difficultadvice.load.LocalModelSettings;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.OutputSchema;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Role;
import org.difficultadvice.provider.Sampling;
import org.difficultadvice.provider.Usage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code local} provider: a GGUF model run in-process on the CPU by llama.cpp, through its
 * Java binding (de.kherud:llama).
 *
 * <p>One model context answers one call at a time: calls queue on a fair lock, and llama.cpp
 * spreads each over all configured threads, so the CPU is used fully and never oversubscribed.
 * Prompts are rendered with the model's own chat template (the GGUF's {@code
 * tokenizer.chat_template}, run by llama.cpp's Jinja engine). Prompt caching is off: reusing
 * the previous call's KV cache would make an answer depend on which call came before, and runs
 * must be reproducible from their seed.
 *
 * <p>The binding's log callback does not work in 4.1.0 (kherud/java-llama.cpp#101): llama.cpp
 * writes straight to stderr. So its log is switched off, unless this class's logger is at debug
 * level, in which case llama.cpp's own lines are left on stderr. The binding also leaves a
 * non-daemon thread running after {@link #close()}; a command line must exit explicitly.
 */
public final class LocalProvider implements Provider {
  private static final Logger log = LoggerFactory.getLogger(LocalProvider.class);

  private final LlamaModel model;
  private final String modelName;
  private final int contextSize;
  private final ReentrantLock lock = new ReentrantLock(true);
  private boolean closed;

  private LocalProvider(LlamaModel model, String modelName, int contextSize) {
    this.model = model;
    this.modelName = modelName;
    this.contextSize = contextSize;
  }

  /**
   * Loads {@code modelFile} with the threads and context size of {@code settings} ({@code
   * threads} 0 means every core).
   *
   * @throws ProviderException when the file is missing or llama.cpp cannot load it
   */
  public static LocalProvider open(LocalModelSettings settings, Path modelFile)
      throws ProviderException {
    Objects.requireNonNull(settings, "settings");
    if (!Files.isRegularFile(modelFile)) {
      throw new ProviderException("model file not found: " + modelFile, 0, false);
    }
    int threads = threadCount(settings);
    int contextSize = settings.contextSize();
    if (contextSize < 16) {
      throw new IllegalArgumentException("local.context_size must be at least 16, was "
          + contextSize);
    }
    NativeLibrary.prepare();
    ModelParameters parameters = new ModelParameters()
        .setModel(modelFile.toAbsolutePath().toString())
        .setThreads(threads)
        .setThreadsBatch(threads)
        .setCtxSize(contextSize)
        .setParallel(1)
        .disableContextShift()
        .enableJinja();
    if (!log.isDebugEnabled()) {
      parameters.disableLog();
    }
    long start = System.nanoTime();
    LlamaModel model;
    try {
      model = new LlamaModel(parameters);
    } catch (RuntimeException e) {
      throw new ProviderException("llama.cpp cannot load " + modelFile + ": " + e.getMessage()
          + " (is it a GGUF model file? a partial download? delete it to fetch it again)",
          0, false, "", null, e);
    }
    log.info("loaded {} with {} threads and a context of {} tokens in {} ms", modelFile,
        threads, contextSize, (System.nanoTime() - start) / 1_000_000);
    return new LocalProvider(model, modelName(modelFile), contextSize);
  }

  /** The threads a model opened with {@code settings} uses. */
  public static int threadCount(LocalModelSettings settings) {
    int threads = settings.threads();
    if (threads < 0) {
      throw new IllegalArgumentException("local.threads cannot be negative, was " + threads);
    }
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }

  @Override
  public String name() {
    return "local";
  }

  /** The model's name: its file name without {@code .gguf}. */
  public String modelName() {
    return modelName;
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    lock.lock();
    try {
      ensureOpen();
      return completeLocked(request, new GenerationClock());
    } finally {
      lock.unlock();
    }
  }

  /** The prompt text the model sees for {@code request}: its chat template applied. */
  public String render(ChatRequest request) throws ProviderException {
    lock.lock();
    try {
      ensureOpen();
      return renderLocked(request);
    } finally {
      lock.unlock();
    }
  }

  /** The number of tokens llama.cpp makes of {@code text}. */
  public int countTokens(String text) {
    lock.lock();
    try {
      ensureOpen();
      return model.encode(text).length;
    } finally {
      lock.unlock();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the local model was closed");
    }
  }

  /** As {@link #complete}, and records when the first and last outputs came (for benchmarks). */
  Completion complete(ChatRequest request, GenerationClock clock) throws ProviderException {
    lock.lock();
    try {
      ensureOpen();
      return completeLocked(request, clock);
    } finally {
      lock.unlock();
    }
  }

  private Completion completeLocked(ChatRequest request, GenerationClock clock)
      throws ProviderException {
    String prompt = renderLocked(request);
    int promptTokens = model.encode(prompt).length;
    int room = contextSize - promptTokens;
    if (room < 1) {
      throw new ProviderException("the prompt has " + promptTokens + " tokens and leaves no room"
          + " in the local model's context of " + contextSize + " tokens; raise"
          + " local.context_size", 0, false);
    }
    Sampling sampling = request.sampling();
    int tokenLimit = Math.min(sampling.maxTokens(), room);
    InferenceParameters parameters = new InferenceParameters(prompt)
        .setNPredict(tokenLimit)
        .setTemperature((float) sampling.temperature())
        .setTopP((float) sampling.topP())
        .setCachePrompt(false);
    if (sampling.seed() != null) {
      parameters.setSeed(nativeSeed(sampling.seed()));
    }
    if (request.outputSchema().isPresent()) {
      parameters.setGrammar(grammarFor(request.outputSchema().get()));
    }

    StringBuilder text = new StringBuilder();
    int outputs = 0;
    clock.started();
    LlamaIterator outputsIterator = model.generate(parameters).iterator();
    try {
      while (outputsIterator.hasNext()) {
        if (Thread.currentThread().isInterrupted()) {
          outputsIterator.cancel();
          throw new ProviderException("interrupted while the local model was writing", 0, false);
        }
        LlamaOutput output = outputsIterator.next();
        if (outputsIterator.hasNext()) {
          clock.tokenArrived(); // the last output carries no token
        }
        text.append(output.text);
        outputs++;
      }
    } catch (RuntimeException e) {
      outputsIterator.cancel();
      throw new ProviderException("the local model failed: " + e.getMessage(), 0, false, "",
          null, e);
    }
    // Streaming yields one output per sampled token (the end token included), then a final
    // one that carries no token.
    int generated = Math.max(0, outputs - 1);
    FinishReason finish = generated >= tokenLimit ? FinishReason.LENGTH : FinishReason.STOP;
    String answer = request.outputSchema().isPresent() ? text.toString().strip() : text.toString();
    return new Completion(answer, finish, new Usage(promptTokens, generated), modelName, "");
  }

  private String renderLocked(ChatRequest request) throws ProviderException {
    List<Pair<String, String>> turns = new ArrayList<>();
    for (ChatMessage message : request.conversation()) {
      if (message.role() == Role.SYSTEM) {
        throw new ProviderException("the local provider takes a system turn only as the first"
            + " message", 0, false);
      }
      turns.add(new Pair<>(message.role().wireName(), message.content()));
    }
    InferenceParameters chat = new InferenceParameters("")
        .setMessages(request.systemPrompt().orElse(""), turns);
    try {
      return model.applyTemplate(chat);
    } catch (RuntimeException e) {
      throw new ProviderException("the model's chat template failed: " + e.getMessage(), 0,
          false, "", null, e);
    }
  }

  private static String grammarFor(OutputSchema schema) throws ProviderException {
    try {
      return LlamaModel.jsonSchemaToGrammar(schema.schema().toString());
    } catch (RuntimeException e) {
      throw new ProviderException("llama.cpp cannot turn schema '" + schema.name()
          + "' into a grammar: " + e.getMessage(), 0, false, "", null, e);
    }
  }

  /**
   * llama.cpp takes a 32-bit seed and reads 0xFFFFFFFF as "pick one at random", so the 64-bit
   * seed is folded and that one value moved.
   */
  static int nativeSeed(long seed) {
    int folded = (int) (seed ^ (seed >>> 32));
    return folded == -1 ? 0x7FFFFFFF : folded;
  }

  private static String modelName(Path modelFile) {
    String file = modelFile.getFileName().toString();
    return file.endsWith(".gguf") ? file.substring(0, file.length() - ".gguf".length()) : file;
  }

  /** Frees the model's memory. Calls after this fail; closing twice does nothing. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        model.close();
      }
    } finally {
      lock.unlock();
    }
  }
}
