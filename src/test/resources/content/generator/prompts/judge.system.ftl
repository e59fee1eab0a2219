Score the answer. Return JSON scores.
