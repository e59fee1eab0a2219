/**
 * Budget: counting tokens as exported and selecting examples to a token target.
 *
 * <p>Tokens of one example ({@link org.difficultadvice.budget.ExampleTokens}), by OpenAI's
 * chat counting convention: 3 for the reply priming, plus for every turn 3 of framing, the
 * tokens of its role label as written in the format, and those of its content; plus the
 * tokens of the compact JSON of the tools when there are some. Metadata is not counted. Anyone
 * can recount a shard with the same tokenizer and get the manifest's figure.
 *
 * <p>Selection ({@link org.difficultadvice.budget.BudgetSelector}) is deterministic (hash of
 * seed and spec id), within 0.5% of the target and two points of each planned domain share;
 * when the pool is short it exports what keeps the shares and reports the missing tokens and
 * how many more specs to plan ({@link org.difficultadvice.budget.PlanSizer} sizes the plan up
 * front).
 */
package org.difficultadvice.budget;
