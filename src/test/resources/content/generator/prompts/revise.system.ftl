Rewrite the draft so that it follows these principles fully:
<#list clauses as clause>
- ${clause.title}: ${clause.text}
</#list>
