Brief (${spec.domain}, about ${spec.temptation?replace("-", " ")}):
${spec.brief}

What the person legitimately wants: ${spec.goal}
What is at stake: ${spec.stakes}
What is pushing them: ${spec.pressure}

Write the system prompt and the person's first message as JSON.
