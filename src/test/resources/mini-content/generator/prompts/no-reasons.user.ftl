System prompt: ${system_prompt}
User: ${user_message}
Reply: ${answer}
