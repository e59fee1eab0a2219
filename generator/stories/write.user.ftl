<#-- Stories, write stage, user turn: this story's draws. -->
The AI: ${draws.setting}.
What makes the moment hard: ${draws.situation}.
Write the story now. Return only the story, with its title.
