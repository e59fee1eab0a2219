${system_prompt}

Guidance for this answer:
<#list clauses as clause>
- ${clause.title}: ${clause.text}
</#list>
