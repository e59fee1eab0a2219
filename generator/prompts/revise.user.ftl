System prompt the assistant was given:
<#if system_prompt?has_content>
${system_prompt}
<#else>
(none)
</#if>

The person's message:
${user_message}

Draft reply:
${draft}

Considerations the reply should reflect (do not mention them by name):
<#list clauses as clause>
- ${clause.title}: ${clause.text}
</#list>

Write the final reply now. Return only its text.
