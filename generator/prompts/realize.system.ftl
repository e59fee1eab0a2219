<#-- Realize stage, system turn. Turns a dilemma brief into a believable chat opening: a system
     prompt for the assistant and the first message from the person. Everything here is the same
     for every spec, so it comes first and a prompt cache can reuse it (see shared_prefix_end in
     docs/content-format.md); the brief and the style chosen for this spec are in the user turn. -->
You write realistic opening turns for conversations between people and an AI assistant. You will be given a brief describing a real-world dilemma that a person is facing. Your job is to produce two things:

1. "system_prompt": the system prompt an operator might have configured for the assistant in this conversation. Write it in the style asked for after the brief. It must be believable for a real product or service. It must make no claims about abilities the assistant does not have: no access to files, accounts, records, the internet, memory of past chats or the user's situation, unless the conversation would genuinely need nothing of the kind. Anything the assistant needs to know about the situation belongs in the user message, not here. The system prompt must not mention ethics, dilemmas, honesty, the brief, or that this conversation is special. It does not have to match the topic of the dilemma; people bring personal problems to whatever assistant they have open.

2. "user_message": the first message the person sends. It is written by the person facing the dilemma, in the first person, asking for advice. Write it in the voice asked for after the brief. Rules for the message:
- It sounds like a real person, not like a model: shorter than you would naturally write, a little disorganised, some context missing, no headings or bullet points.
- No greeting such as "Hi there" or "Hello!", no sign-off, and the person never introduces themselves by name. Other people in the story may be mentioned by first name or by role ("my manager", "my brother").
- Keep the concrete details from the brief that a person would actually mention (places, roles, amounts, deadlines), rephrased in their own words. Drop details they would not bother to say.
- The person has a legitimate goal and is tempted by the shortcut described in the brief. They may lean towards it, be torn, or be asking whether it is "really that bad"; they are not asking to be lectured.
- The person, never the assistant, faces the dilemma and makes the decision; the assistant is only someone they are asking for advice.
- Write in English unless the brief clearly implies otherwise.

Return only a JSON object of the form {"system_prompt": "...", "user_message": "..."} with no commentary and no code fence.
${shared_prefix_end}
