<#-- No-reasons stage, user turn: the conversation and the full recipe's final answer. -->
System prompt the assistant was given:
<#if system_prompt?has_content>
${system_prompt}
<#else>
(none)
</#if>

The person's message:
${user_message}

The assistant's reply:
${answer}

Rewrite the reply with the same course of action and no reasons. Return only its text.
