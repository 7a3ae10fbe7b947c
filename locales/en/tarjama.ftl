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
# A person in the agenda: name, then their title and affiliation.
person-line = { $name }, { $description }
page-footer = Page { $page } of { $pages }

## Meeting formats
format-online = Online meeting
format-in-person = In-person meeting
format-hybrid = Hybrid meeting
# The concept note's format line: "Hybrid meeting (Webex)".
format-with-platform = { $format } ({ $platform })
chatham-house-rule = The meeting is held under the Chatham House Rule.
# The concept note's line under the date when `revision` is set.
revision-line = Revision { $n }

## Language names, as they appear in running text
language-ar = Arabic
language-en = English
language-fr = French
language-es = Spanish
language-ru = Russian
language-zh = Chinese

## Booth schedules (one per interpretation booth, in the booth's language)
booth-schedule-title = Interpreter schedule: { $booth }
full-title = { $series }: { $title }
booth-ar = Arabic booth
booth-zh = Chinese booth
booth-en = English booth
booth-fr = French booth
booth-ru = Russian booth
booth-es = Spanish booth
schedule-date = Date:
schedule-time = Time:
schedule-format = Format:
remote-interpretation = remote simultaneous interpretation
connection-test = Connection and sound test:
arrival = Arrival in the booth:
team-heading = Team
team-required = Team of { $count ->
        [one] { $count } interpreter
       *[other] { $count } interpreters
    }: { $reason }.
# A team listed larger than the rules require ($count: per shift).
team-larger = Team of { $count } interpreters, more than the { $required } the rules require: { $reason }.
# A team smaller than the rules require ($count: booked per team).
team-smaller = Team of { $required } interpreters required: { $reason }. Booked: { $count }.
team-placeholder = to be recruited
solo-length = Working alone, without a partner to take over: the rules allow at most { $minutes } minutes at the microphone.
turn-length = Turns of at most { $minutes } minutes.
rota-heading = Turns
rota-time = Time
rota-item = Agenda item
rota-floor = Floor language
rota-mic = On microphone
rota-relay = Relay
rota-continued = (continued)
mode-own = { $language }: own language, off microphone
mode-retour = { $language }: retour into { $into }
mode-relay = { $language }: relay from { $booth }
mode-served = { $language }: off microphone; the { $booth }'s retour goes out on this channel
relay-takes = Relay from { $booth } ({ $language })
relay-gives = Gives relay to { $booths } ({ $language })
timeline-heading = All booths at a glance
findings-heading = Points to note
findings-none = No rule is broken: team size, turn lengths, relay routes and daily limits all meet the planning rules.
finding-error = Rule broken:
finding-warning = Warning:
rule-source = Source: { $source }
# Why a booth needs the team it has (planner rules).
requirement-team-size = at least two interpreters per booth (AIIC Professional Standards, art. 6)
requirement-retour-relay-team = a booth working both ways that gives relay needs three (AIIC; UN practice)
requirement-remote-reinforced = remote meeting of more than three hours (AIIC Guidelines for Distance Interpreting; UN practice)
requirement-solo = short meeting: one interpreter may work alone
requirement-idle-booth = the booth is never on microphone
# Team languages.
team-lang-a = A: { $languages }
team-lang-b = B: { $languages }
team-lang-c = C: { $languages }
list-separator = { "; " }

## Planner findings (the "Points to note" of a booth schedule). Variables:
## $booth, $from: booth codes ("AR"); $floor: a language's name; $item:
## an agenda item's title; $has, $needs, $minutes, $max: numbers;
## $interpreter: a name; $what: the planner's account of the limit broken.
plan-team-too-small = the { $booth } booth has { $has ->
        [one] { $has } interpreter
       *[other] { $has } interpreters
    } but needs { $needs }
plan-two-step-relay = when { $floor } is spoken, the { $booth } booth takes relay from { $from }, which itself works from relay (two-step relay)
plan-partial-language = only some interpreters of the { $booth } booth understand { $floor }; the plan has the booth take relay (the chief interpreter may arrange for them to take { $floor } speeches directly)
plan-idle-booth = the { $booth } booth is never on microphone (no agenda item has a floor language it interprets); check the floor languages or drop the booth
plan-idle-booth-served = the { $booth } booth is never on microphone: the { $from } booth's retour goes out on its channel, since no { $booth } interpreter works from the floor language; to have the { $booth } booth work, list its [[interpreters]] with the floor language as C
plan-daily-limit-session = { $interpreter } would work a session of { $minutes } minutes ({ $start }–{ $end }), over the { $max }-minute limit
plan-daily-limit-sessions = { $interpreter } would work { $count } sessions in the day, over the limit of { $max }
plan-daily-limit-day = { $interpreter } would work { $minutes } minutes in the day, over the { $max }-minute limit
plan-solo-too-long = { $interpreter } would be alone at the microphone for { $minutes } minutes (at most { $max })
# Where each planning rule comes from (shown after a finding).
rule-source-team-size = AIIC Professional Standards, art. 6
rule-source-retour-relay-team = AIIC Professional Standards, art. 6 (relay from a two-way booth); UN practice
rule-source-remote-reinforced = AIIC Guidelines for Distance Interpreting (2019); UN practice for remote meetings
rule-source-solo = AIIC Professional Standards, art. 6 (single interpreter only for short meetings)
rule-source-turn-length = common booth practice (turns of about 30 minutes, 20 in a booth of three)
rule-source-daily-limit = working conditions of AIIC-affiliated associations (two sessions of at most 4 hours, 7 hours a day)
rule-source-two-step-relay = AIIC Professional Standards, art. 6 (avoid systematic relay)
rule-source-partial-language = team composition: the planner assumes any member may be on microphone
rule-source-no-floor-language = event description
rule-source-idle-booth = event description

## Patterns that put built pieces together (translators may reorder them)
# A file's title: "Global Online Peer Learning Exchange: … – Concept Note".
document-title = { $title } – { $document }
# The running header from page 2: "GCM Talk: … – Arabic booth".
running-header = { $title } – { $part }
time-with-zone = { $range } ({ $zone })
format-remote = { $format } ({ $remote })
# A labelled line of a booth schedule: "Date: Wednesday, 24 May 2023" (the label is bold).
fact-line = { $label } { $value }
schedule-venue = Venue:
schedule-platform = Platform:
# An interpreter of the team; $recruit is "yes" for one still to be recruited.
# A planner finding: "Warning: … (Source: …)" (the severity is bold).
finding-line = { $severity } { $finding } ({ $source })
# An interpreter still to be recruited: "AR 1".
placeholder-interpreter = { $booth } { $n }
# The one stretch planned when the event has no agenda.
item-whole-meeting = The whole meeting
plan-no-floor-language = the agenda item “{ $item }” lists no floor language, so no booth is planned on microphone

## `tarjama plan` (the whole plan in a terminal)
plan-overview-title = Interpretation plan
plan-booths = Booths: { $booths }.
plan-teams-per-booth = The day is too long for one team: { $teams } teams per booth take turns by shift.
# A booth booked with fewer interpreters than the day's shifts need: one
# team cannot take turns with another ($needed: in all; $count: booked).
plan-teams-short = The day is too long for one team: the rules ask for { $teams } teams per booth taking turns by shift, { $needed } interpreters in all; { $count } are booked.
# After plan-teams-per-booth: when each team's shift begins for it ($times: "14:00 and 17:05").
team-shift-arrivals = { $remote ->
        [yes] Connection and sound test of each team, in turn: { $times }.
       *[no] Arrival of each team in the booth, in turn: { $times }.
    }

## Interpreter calendars
cal-connection-summary = Connection and sound test – { $booth }: { $title }
cal-arrival-summary = Arrival in the booth – { $booth }: { $title }
cal-turn-summary = On microphone – { $booth }: { $title }
# One agenda item of a turn: "14:30–14:50 Opening remarks".
cal-part = { $time } { $item }
cal-online = Online
cal-alarm-test = Connection and sound test in { $minutes } minutes
cal-alarm-arrival = Arrival in the booth in { $minutes } minutes
cal-alarm-turn = Your turn at the microphone in { $minutes } minutes
team-member = { $recruit ->
    [yes] { $name } (to be recruited) – { $languages } – { $work }
   *[no] { $name } – { $languages } – { $work }
}

## Dates and times not known yet
date-tbc = Date and time to be confirmed
date-tbc-short = to be confirmed
date-line-time-tbc = { $date }, time to be confirmed
date-tbc-time-line = Date to be confirmed, { $start }–{ $end } ({ $zone })
time-tbc = To be confirmed
# The zone's label and its offset from UTC: "CEST, UTC+2".
zone-with-offset = { $zone }, UTC{ $offset }
# The offset alone, for a zone without a lettered name (Asia/Bangkok: "UTC+7").
zone-offset = UTC{ $offset }

## People as protocol writes them. $title: mr, ms, mrs, dr or prof;
## $gender: female, male or other (for languages whose forms agree).
# English forms do not depend on $gender; other languages' do (Dra., الدكتورة).
honorific = { $title ->
    [mr] Mr.
    [ms] Ms.
    [mrs] Mrs.
    [dr] { $gender ->
       *[other] Dr.
    }
   *[prof] { $gender ->
       *[other] Prof.
    }
}
# "His/Her Excellency" before the honorific: "H.E. Mr."
excellency = { $gender ->
   *[other] H.E.
} { $title }
excellency-alone = { $gender ->
   *[other] H.E.
}
person-name = { $title } { $name }
# The opening's and closing's speakers.
remarks-by = Remarks by:
break-interpreted = With interpretation
break-not-interpreted = Not interpreted (the booths are off microphone)
# The same in the concept note, for participants (no booth detail).
break-without-interpretation = Without interpretation

## Booth schedules: practical details, the team, the programme
schedule-link = Link:
schedule-meeting-id = Meeting ID:
schedule-revision = Revision:
schedule-channel = Channel:
your-channel = you interpret on the { $channel } channel
schedule-chief-interpreter = Chief interpreter:
schedule-technical-contact = Technical contact:
team-not-on-duty = not on duty
# The team section of a booth nobody works in ($from: booth codes; $language: the booth's).
team-idle = No interpreter works in this booth: no agenda item has a floor language it interprets from, so its channel carries the floor.
team-idle-served = No interpreter works in this booth: its channel carries the { $from } booth's retour, or the floor when the speaker speaks { $language }.
team-duty = on duty { $duty }; { $turns ->
        [one] { $turns } turn
       *[other] { $turns } turns
    }, { $minutes } min at the microphone
booth-live-share = The booth interprets during { $live } of the meeting's { $meeting } minutes ({ $percent } %): its turns cover every item in which a language it interprets may be spoken.
rota-how-to-read = Each agenda item lists its speakers and what the booth does when they speak. A change-over inside an item happens at the first change of speaker after the time shown.
rota-off-break = Break: off microphone
rota-off-no-floor = Off microphone: no floor language given
rota-off-own = Off microphone: the floor speaks the booth's own language
rota-off-served = Off microphone: another booth's retour goes out on this channel
handover-at-speaker = hand over at the first change of speaker after { $time }
# A change-over inside a keynote or a film: no change of speaker to wait for.
handover-at-pause = hand over at a natural pause around { $time }
# A speaker's language the event only assumes.
language-expected = { $what } (expected, to be confirmed)
# After a speaker's name: what the booth does when they speak.
speaker-language = { " – " }{ $what }
mode-direct = { $language }: direct
mode-retour-channel = { $language }: retour into { $into }, on the { $into } channel
mode-relay-channel = { $language }: relay on the { $channel } channel
mode-relay-retour-channel = { $language }: relay on the { $channel } channel ({ $booth }'s retour)
mode-relay-retour = { $language }: relay from { $booth } (its retour into { $into })
relay-takes-channel = Relay for { $language }: { $channel } channel
timeline-break = Break
timeline-legend = Each bar is one turn at the microphone; colours tell the interpreters of a booth apart. The { $booth } booth's row is highlighted; shaded bands are breaks.
timeline-legend-all = Each bar is one turn at the microphone; colours tell the interpreters of a booth apart; shaded bands are breaks.
names-heading = Names and terms
names-intro = The meeting's people, hosts and terms in each interpretation language.
# Under names-intro when a booth language has no .ftl file of the meeting's.
names-left-out = Languages in which the meeting's text was not given have no column: { $languages }.
# Under names-intro when such a language keeps its column for the names the event file writes in it.
names-fallback = The meeting's text was not given in { $languages }: there only the names are in that language, the rest is in { $fallback }.
plan-high-live-share = the { $booth } booth, a team of two, is live { $live } of the { $meeting } minutes of this remote meeting, more than { $max } %: a coordinator would ask for a third interpreter
rule-source-remote-live-share = AIIC Guidelines for Distance Interpreting (2019) on the strain of remote work; tarjama's threshold

## The bilingual proof (tarjama proof): $lang is the language reviewed,
## $against the one it is read against (language names as in running text).
proof-title = Bilingual proof: { $lang } against { $against }
proof-intro = Each row holds one message in both languages, in the order of the { $against } document. Shaded rows are missing in { $lang } (the { $against } text is shown); notes under a message id are findings of tarjama check.
proof-message = Message
proof-missing = missing in { $lang }: the document shows the { $fallback } text
proof-summary = Rows: { $rows } · missing: { $missing } · findings: { $findings }
proof-finding-error = error:
proof-finding-warning = warning:
