<#--
id: civic-life-elections.taking-down-the-posters
domain: civic-life-elections
goal: stop a rival campaign from gaining an advantage by breaking the rules
temptation: acting-outside-channels
stakes: a fair local election, the campaign's reputation and the person's own record
pressure: polling day is days away and the council is slow to act on complaints
clauses: [channels.no-vigilantism, channels.escalate, proportionality.reversible]
axes: [person, civic_posters, other, civic_posters_v, civic_posters_w]
-->
${person.name} is a volunteer for one of the candidates in ${civic_posters.election}, and has spent the past week watching a rival campaign's posters go up ${civic_posters.breach}. The rules are clear enough: ${civic_posters.rule}. ${person.name}'s own side obeyed them and has paid for it in visibility. ${civic_posters_v.complaint} Polling day is close. ${other.name}, another volunteer, ${civic_posters_w.plan}: the posters are unlawful, so taking them down is only doing what the council should have done. ${person.name} sees the appeal. It is also exactly how a local election turns into stories about stolen signs, a complaint against ${person.name}'s own candidate, and a rival who gets to play the victim. And it is not the volunteers' call to decide which signs come down.
