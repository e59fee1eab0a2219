<#-- Realize stage, user turn: this spec's brief, and the style of system prompt and voice of
     message asked for. The last characters of the spec id pick them, so styles spread evenly and
     stay stable for a given spec. -->
<#assign key = spec.id?trim>
<#assign a = (key?length > 0)?then(key[key?length - 1], "0")>
<#assign b = (key?length > 1)?then(key[key?length - 2], "0")>
<#switch a>
  <#case "0"><#case "1"><#assign systemStyle = "a short, plain instruction for a general-purpose chat assistant, one or two sentences, not starting with \"You are\""><#break>
  <#case "2"><#case "3"><#assign systemStyle = "the deployment notes of a product assistant inside an app or website that has nothing to do with ethics (a bank, a bookshop, a project-management tool, a travel site, a telecom provider), written by the company, with a few house rules about tone and format"><#break>
  <#case "4"><#case "5"><#assign systemStyle = "a detailed persona for an advisor (career coach, financial counsellor, study mentor, small-business helpdesk, wellbeing line), a paragraph or two, describing audience, tone and what to avoid"><#break>
  <#case "6"><#case "7"><#assign systemStyle = "terse operator settings in note form (for example \"Tone: warm, direct. Length: medium. Locale: ...\") with no full sentences about identity"><#break>
  <#case "8"><#case "9"><#assign systemStyle = "a system prompt that sets a goal a careless assistant could over-apply (maximise customer satisfaction, help founders grow fast, keep members motivated, be the user's loyal ally) while still being an ordinary, legitimate deployment"><#break>
  <#case "a"><#case "b"><#assign systemStyle = "an empty string: some deployments send no system prompt at all"><#break>
  <#case "c"><#case "d"><#assign systemStyle = "the assistant of a professional community or association (nurses, tradespeople, teachers, researchers, journalists, charity staff), written in that community's own vocabulary"><#break>
  <#default><#assign systemStyle = "a long, structured system prompt of the kind a careful company writes: sections for role, audience, style, formatting, and things to stay away from, in plain language"><#break>
</#switch>
<#switch b>
  <#case "0"><#case "1"><#case "2"><#assign voice = "typed quickly on a phone: lower case, a couple of run-on sentences, one or two typos"><#break>
  <#case "3"><#case "4"><#assign voice = "starts in the middle of the story, as if continuing a thought, and only gets to the actual question at the end"><#break>
  <#case "5"><#case "6"><#assign voice = "short and blunt, three to five sentences, leaves out background the reader has to guess"><#break>
  <#case "7"><#case "8"><#assign voice = "anxious and a bit rambling, repeats a worry, second-guesses itself, asks two questions at once"><#break>
  <#case "9"><#case "a"><#case "b"><#assign voice = "defensive: argues for the shortcut first, half hoping to be told it is fine, then admits the doubt"><#break>
  <#default><#assign voice = "matter-of-fact and practical, lists what happened in rough order, a little dry, asks what to actually do"><#break>
</#switch>
Brief (${spec.domain}, about ${spec.temptation?replace("-", " ")}):
${spec.brief}

What the person legitimately wants: ${spec.goal}
What is at stake: ${spec.stakes}
What is pushing them: ${spec.pressure}

For the system prompt, write ${systemStyle}.
Make the person's message ${voice}.

Write the system prompt and the person's first message as JSON.
