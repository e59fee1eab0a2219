/**
 * The recipe's two text kinds, made on the chat pipeline: {@code documents} (essays, FAQs,
 * commentaries on cases, letters, lesson notes that explain and apply a constitution clause)
 * and {@code stories} (short fiction in which an AI assistant or agent acts well in a hard
 * situation). A kind's content is a {@code cells.yaml} beside its stage prompts: the forms that,
 * with the clauses, make the plan's cells, and the draws that vary texts within a cell.
 *
 * <p>A text rides the chat pipeline's carriers, so the run store, waves, budget and export
 * work unchanged: its cell is a {@link org.difficultadvice.plan.DilemmaSpec} (template {@code
 * <kind>/<form>}, domain the form, temptation the clause's theme, the clause, the draws as
 * bindings) and its text is the {@link org.difficultadvice.generate.Example}'s answer, with no
 * system prompt or user turn; the {@code text} export format writes it as {@code {"text": ...}}.
 */
package org.difficultadvice.texts;
