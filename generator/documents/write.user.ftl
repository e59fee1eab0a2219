<#-- Documents, write stage, user turn: this document's draws. -->
Write ${form.name} about "${clause.title}" for ${draws.audience}.
Angle: ${draws.angle}.
Make the examples fit these readers' lives and work. Return only the text.
