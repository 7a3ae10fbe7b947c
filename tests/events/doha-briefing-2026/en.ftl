event-series = ESCWA Online Briefings on Migration Data
event-title = What the 2025 Arab Migration Report tells us: findings, gaps and next steps
event-short-title = ESCWA Briefing, 5 March 2026
event-intro = This 75-minute online briefing presents the main findings of the 2025 Arab Migration Report, prepared with 12 partner agencies. It is open to Member State focal points by invitation only.

section-purpose-heading = Purpose
section-purpose-body =
    The report finds that the Arab region hosted about 41.4 million international migrants in mid-2024, 15.3% of them refugees. Participants will discuss why 3 out of 5 countries still publish no data on labour migration flows, and what the { -escwa } can do in 2026–2027.

section-howto-heading = How to take part
section-howto-body =
    - Join on Zoom 10 minutes early; choose your language with the "Interpretation" button.
    - Questions may be asked in Arabic, English or French, orally or in the chat.
    - The report is available at https://www.unescwa.org/publications/arab-migration-report-2025 (PDF, 4.2 MB).
    - Technical help: briefings@unescwa.org.

agenda-presentation = Presentation of the report and discussion

org-escwa-doha = United Nations Economic and Social Commission for Western Asia (ESCWA), Doha Office

person-moderator = Head of the Statistics Section, ESCWA (moderator)
person-host = Director, ESCWA Doha Office
person-presenter = Lead author of the report, University of Montreal
person-discussant = Senior Researcher, Gulf Research Centre, Geneva

-escwa = Economic and Social Commission for Western Asia
