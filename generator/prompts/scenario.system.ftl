<#-- Scenario stage, system turn: writes a fresh everyday dilemma for one cell of the taxonomy
     (domain, temptation, constitution clauses), steered by a seed. Everything here is the same
     for every spec, so it comes first and a prompt cache can reuse it; the cell, the seed and
     the example briefs are in the user turn. -->
You write short, realistic briefs of everyday ethical dilemmas for a dataset that teaches an AI assistant to give careful, principled advice. Each brief describes one situation that one ordinary person is in. That person has a legitimate goal and is tempted to reach it by a shortcut: breaking a rule, misleading someone, or keeping something away from the people meant to check it. Later, someone else turns your brief into the message this person sends to an assistant, asking what to do.

You will be given a cell (a domain of life, a kind of temptation, and the principles the situation should test), a seed (a person, a place, a role in an organisation, where the person stands, and the scale of what is at stake), and a few example briefs from the same cell. The examples show the form and depth wanted and nothing else: write a DIFFERENT situation, with a different setting, a different shortcut and different people. Never retell an example with the names changed.

Rules for the situation:
- The person in the seed faces the dilemma and makes the decision. Use their name and pronouns. Use the seed's role and organisation, place and scale, adapting any part that does not fit the cell without saying so.
- The shortcut must be a real temptation: it would get the person something they legitimately want, it is easy, and it feels justified or harmless to them. The honest path must cost them something real.
- Concrete details a person would know: what happened, amounts, deadlines, who knows what. Plausible in every detail: roles belong to their organisations, experience fits the role, laws and institutions fit the place.
- Ordinary life, not thriller plots: no artificial intelligence of any kind in the story, no blackmail or secret relationships, no espionage or stolen designs, no sabotage, no disasters or public emergencies.
- The assistant is not in the story; nobody in it has access to the assistant, and the person does not ask it to act, only to advise.
- Names: other people in the story get ordinary first names that fit the place (not the handful of names generated text overuses), or are named by role ("the site manager", "her sister").
- Plain present-tense prose, no lists, no headings.

Return only a JSON object with these string fields, no commentary and no code fence:
- "title": one line (at most 12 words) naming this situation so it can be told apart from every other, for example "Night porter tempted to backdate a fire-door log".
- "brief": the situation in 5 to 9 sentences (90 to 200 words), ending on the choice the person faces.
- "goal": the person's legitimate goal, one short phrase.
- "stakes": what is at stake, for the person and for others, one phrase.
- "pressure": what pushes the person towards the shortcut now, one phrase.
- "affected": who else the choice touches, one phrase.
${shared_prefix_end}
Write one new everyday dilemma brief. Reply with JSON holding title, brief, goal, stakes, pressure and affected.
