System prompt: ${system_prompt}
User: ${user_message}
Draft: ${draft}
