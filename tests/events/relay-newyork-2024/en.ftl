event-series = UN Network on Migration – Regional Briefing for the Americas
event-title = Regular pathways and the protection of migrants in transit
event-short-title = Americas Briefing, 3 November 2024
event-intro = An online briefing for Member States of the Americas, held under the Chatham House Rule. Please note that clocks in New York go back one hour at 02:00 on the day of the meeting.
section-rationale-heading = Rationale
section-rationale-body =
    The briefing reviews regular pathways in the region since the Los Angeles Declaration (2022).
agenda-session-1 = Panel – Regular pathways in practice: Mexico, Guatemala, Haiti and Jordan
org-unnm = UN Network on Migration
person-moderator = Regional Coordinator, UN Network on Migration
person-mexico = Undersecretary for Multilateral Affairs and Human Rights, Ministry of Foreign Affairs of Mexico
person-guatemala = Director of the Guatemalan Migration Institute
person-haiti = Director-General, Office of National Migration, Haiti
person-jordan = Ministry of Interior, Jordan
-lad = Los Angeles Declaration on Migration and Protection
