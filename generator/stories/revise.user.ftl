<#-- Stories, revise stage, user turn: the story's setting and the draft. -->
The AI: ${draws.setting}. What makes the moment hard: ${draws.situation}.

Draft:
${draft}

Write the final story now. Return only the story, with its title.
