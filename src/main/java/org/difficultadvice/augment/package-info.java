/**
 * Augment: varied system prompts and unrelated tool definitions, chosen per spec id from the
 * pools in {@code generator/pools/}, before budgeting (it adds tokens).
 */
package org.difficultadvice.augment;
