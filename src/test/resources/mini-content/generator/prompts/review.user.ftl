Brief: ${spec.brief}
Draft system prompt: ${system_prompt}
Draft message: ${user_message}
