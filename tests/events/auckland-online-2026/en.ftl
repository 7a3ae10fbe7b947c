event-series = Pacific Dialogue on Human Mobility
event-title = Staying, moving, returning: Pacific perspectives on climate mobility
event-short-title = Pacific Dialogue 2026
event-intro = This online dialogue, hosted by the New Zealand Ministry of Foreign Affairs and Trade with the UN Network on Migration, is held under the Chatham House Rule. Times are New Zealand Daylight Time (Auckland); for participants in Geneva the meeting starts at 22:00 on Monday 16 February.
section-context-heading = Context
section-context-body =
    Pacific Island countries face sea-level rise, cyclones and drought. The { -pcrf } of 2023 sets principles for planned relocation.
section-format-heading = Format
section-format-body =
    The dialogue opens with a short video and a keynote lecture. Breakout discussions from 13:30 are held in English only, without interpretation.
agenda-video = Video: "Voices from Funafuti" (15 minutes, in English)
agenda-keynote = Keynote lecture: Climate mobility in the Pacific – law, culture and land
agenda-panel = Panel – Regional and cross-regional responses: the Pacific and the Gulf
agenda-breakouts = Breakout discussions (English only, no interpretation)
agenda-film-subtitled = Film excerpt "Rising Tide" (subtitled, no interpretation)
org-nz-mfat = New Zealand Ministry of Foreign Affairs and Trade
org-unnm = UN Network on Migration
person-host-chair = Deputy Secretary, Ministry of Foreign Affairs and Trade, New Zealand (Chair)
person-keynote = Professor of Pacific Studies, University of the South Pacific
person-moderator = Director, Pacific Community (SPC) (moderator)
person-fiji = Ministry of Rural and Maritime Development, Fiji
person-gulf = Ministry of Human Resources and Emiratisation, United Arab Emirates
person-tuvalu = Office of the Prime Minister, Tuvalu
-pcrf = Pacific Regional Framework on Climate Mobility
