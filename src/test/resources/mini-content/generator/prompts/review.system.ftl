Review the drafted chat. Reply with JSON holding system_prompt and user_message.
