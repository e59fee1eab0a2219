<#-- Documents, revise stage, user turn: the readers and the draft. -->
Intended readers: ${draws.audience}. Angle: ${draws.angle}.

Draft:
${draft}

Write the final text now. Return only the text.
