/**
 * Export: the dataset as JSONL shards, {@code manifest.json} and a dataset card.
 *
 * <p>Entry point: {@link org.difficultadvice.export.DatasetExporter#export(java.util.List,
 * org.difficultadvice.export.ExportRequest)}.
 *
 * <h2>Files</h2>
 * {@code data/train-00000-of-000NN.jsonl} and {@code data/validation-...} ({@code .jsonl.gz}
 * with gzip), records sorted by spec id, split chosen by a hash of seed and spec id. Shards are
 * filled in order up to {@code shard_max_bytes} of uncompressed JSONL (gzip only shrinks
 * text) and {@code shard_max_records}. All shards are written to hidden {@code .NAME.tmp}
 * files and renamed with {@code ATOMIC_MOVE} only when all are complete; then
 * {@code manifest.json} and {@code README.md} are written the same way. A failure removes the
 * temporary files; a killed process leaves only hidden temporary files, never a partial file
 * under a final name. Shards of an earlier export with another shard count are removed once
 * the new ones are in place.
 *
 * <h2>Formats</h2>
 * {@code openai}: {@code {"messages":[{"role":"system|user|assistant","content":...}],
 * "tools":[...], "metadata":{...}}}; the system message only when there is a system prompt,
 * {@code tools} only when attached. This is OpenAI's chat fine-tuning line and TRL's
 * conversational format. OpenAI documents {@code messages}, {@code tools},
 * {@code parallel_tool_calls} and {@code functions} as the keys of a training line;
 * {@code metadata} is not among them, so for upload to OpenAI export with
 * {@code strip_metadata: true} (TRL and Hugging Face datasets keep it as an extra column).
 *
 * <p>{@code sharegpt}: {@code {"conversations":[{"from":"system|human|gpt","value":...}],
 * "tools":"[...]", "metadata":{...}}}, as LLaMA-Factory's sharegpt loader reads it (a leading
 * {@code system} turn becomes the system prompt; {@code tools} is a JSON string) and Axolotl's.
 *
 * <p>{@code metadata}: {@code spec_id, template, domain, temptation, clauses, models} (stage to
 * model), {@code judge_scores}, {@code tokens}, in that order; {@code models} and
 * {@code judge_scores} are left out when empty (Arrow cannot store an empty struct in
 * Parquet). Keys are written in a fixed
 * order, so the same examples always give the same bytes.
 *
 * <h2>Manifest</h2>
 * Tool version, config sha256 (canonical JSON of the job config with defaults, keys sorted, its
 * path left out), seed, tokenizer, format, the token-counting convention, totals, per split,
 * per domain (with planned share), per shard (records, tokens, bytes, sha256 of the file as
 * written), drops per reason, cost, and the budget outcome. No timestamp: the same config and
 * seed give the same manifest byte for byte.
 */
package org.difficultadvice.export;
