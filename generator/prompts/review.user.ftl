<#-- Review stage, user turn: the brief the draft came from and the draft itself. -->
Brief (${spec.domain}, about ${spec.temptation?replace("-", " ")}):
${spec.brief}

What the person legitimately wants: ${spec.goal}

Drafted system prompt:
<#if system_prompt?has_content>
${system_prompt}
<#else>
(empty)
</#if>

Drafted user message:
${user_message}

Review the draft and return the final system prompt and user message as JSON.
