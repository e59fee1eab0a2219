User: ${user_message}
Answer: ${answer}
