You write realistic chats. Reply with JSON holding system_prompt and user_message.
