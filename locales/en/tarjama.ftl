# tarjama's own labels, English. Every language in locales/ has the same ids;
# a missing one falls back to English with a warning.

## Concept note
concept-note = Concept Note
meeting-closed = Closed meeting
meeting-open = Open meeting
# The date line under the title: "Wednesday, 24 May 2023, 14:30–17:30 (CEST)".
date-time-line = { $date }, { $start }–{ $end } ({ $zone })
co-hosted-by = Co-hosted by { $hosts }
draft-agenda = Draft Agenda
agenda-time = Time
agenda-item = Item
moderator = Moderator:
scene-setter = Scene-setter:
panel = Panel:
speakers = Speakers:
agenda-opening-default = Opening remarks
agenda-qa-default = Questions and answers
agenda-break = Break
agenda-closing-default = Closing remarks
interpretation-heading = Interpretation
interpretation-body = Simultaneous interpretation will be provided in { $languages }.
interpretation-none = No interpretation will be provided.
honorific-mr = Mr.
honorific-ms = Ms.
# A person in the agenda: name, then their title and affiliation.
person-line = { $name }, { $description }
page-footer = Page { $page } of { $pages }

## Meeting formats
format-online = Online meeting
format-in-person = In-person meeting
format-hybrid = Hybrid meeting
platform = Platform: { $platform }
chatham-house-rule = The meeting is held under the Chatham House Rule.

## Language names, as they appear in running text
language-ar = Arabic
language-en = English
language-fr = French
language-es = Spanish
language-ru = Russian
language-zh = Chinese
