package org.difficultadvice.provider;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A provider's asynchronous batch interface (OpenAI Batch, Anthropic Message Batches, or batch
 * files for an offline runner): rows in, results later, in any order, matched by custom id.
 * Every method is one remote step, so the caller can record the state before and after it.
 */
public interface BatchApi {

  /** Short name for the run store and progress ({@code openai}, {@code anthropic}, {@code files}). */
  String name();

  /** The most rows one batch may hold (the API's documented limit). */
  int maxRows();

  /** The most bytes one batch's input may have (the API's documented limit). */
  long maxBytes();

  /** The request as one input row named {@code customId}; its UTF-8 length counts to the limit. */
  String row(String customId, ChatRequest request);

  /**
   * Uploads the rows when the API takes them as a file first (OpenAI); returns the file's id,
   * or empty when the rows go with {@link #create} itself (Anthropic).
   */
  Optional<String> upload(String key, List<String> rows) throws ProviderException;

  /** Creates the batch; returns the server's id for it. */
  String create(String key, Optional<String> inputRef, List<String> rows)
      throws ProviderException;

  /**
   * After a kill between sending a create and storing its answer: the server's id of the batch
   * that create made, if the server shows one, so it is waited on instead of sent again.
   *
   * @param known remote ids this run already knows, never returned
   * @param notBefore when the create was about to be sent
   */
  Optional<String> findCreated(String key, Optional<String> inputRef, int rows,
      Instant notBefore, Set<String> known) throws ProviderException;

  BatchStatus retrieve(String remoteId) throws ProviderException;

  /** Reads an ended batch's results (output and errors), handing each row over as it is read. */
  void results(BatchStatus status, Consumer<BatchRowResult> each) throws ProviderException;

  void cancel(String remoteId) throws ProviderException;

  /** A succeeded row's body, read as the direct API's answer to {@code request}. */
  Completion decode(String body, ChatRequest request) throws ProviderException;
}
