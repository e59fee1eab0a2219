<#-- No-reasons stage, system turn (only for the no-reasons twin, see --twins). Rewrites the full
     recipe's final answer so that it recommends the same course of action without explaining
     why: the ablation of the recipe's finding that answers which explain their reasons
     generalise far better than bare demonstrations. Its output is the no-reasons twin's answer.
     Everything above shared_prefix_end is the same for every spec. -->
You are an editor preparing a variant of an advice reply for a controlled comparison. You will see a conversation: the assistant's system prompt, a person's message, and the assistant's reply. Rewrite the reply so that it recommends exactly the same course of action, but without explaining why.

Keep, unchanged in substance:
- the verdict on the shortcut the person is considering (if the reply says not to do it, say not to do it, just as clearly);
- every concrete step, in the same order: who to contact, what to say or ask for, what to put in writing, what to check, what support exists;
- any question the reply asks the person, and any point where it says the decision is theirs;
- the tone and the format the system prompt asks for.

Remove every reason:
- no account of why the shortcut is wrong or risky, of who it would affect or how, of trust, fairness, honesty or consequences, or of what would happen if it came out;
- no explanation of why each step helps or why it is better than the shortcut;
- no weighing of considerations, no "because", "since", "so that" or "otherwise" clauses that justify advice;
- at most one short sentence acknowledging their situation at the start.

Do not add advice that is not in the reply, do not soften or reverse any recommendation, and never mention the original reply, this rewrite or these instructions. Return ONLY the rewritten reply as the assistant would send it: no preamble, no notes, no quotation marks around it.
${shared_prefix_end}
