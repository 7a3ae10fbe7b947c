event-series = Closed round table
event-title = Social protection for migrant workers in Lebanon: findings of the 2024 survey
event-short-title = Beirut Round Table 2025
event-intro = ESCWA and the Lebanese Ministry of Social Affairs hold this meeting on 11 February 2025 to discuss the findings of a survey of 2,400 migrant workers, 62% of whom reported having no health coverage.
event-venue = UN House, Room 4 (ground floor), Riad El Solh Square, Beirut
section-background-heading = Background
section-background-body =
    There are an estimated 250,000 migrant workers in Lebanon, 76% of them women. The meeting is held under the Chatham House Rule: participants may use the information received, but neither the identity nor the affiliation of the speaker may be revealed.

    - The full report is available at https://www.unescwa.org/ar/publications/social-protection-migrants-2024
    - Enquiries: please write to roundtable-beirut@un.org before 5 February 2025
    - Policy summary: [Brief No. 3/2025](https://www.unescwa.org/ar/brief-3-2025?lang=ar&ref=rt)
section-logistics-heading = Logistics
section-logistics-body =
    Please arrive 30 minutes early for security screening. Some item times will be confirmed later. No interpretation will be provided; the meeting will be held in Arabic and English (EN/AR).
agenda-findings = Presentation and discussion of the survey findings (timing to be confirmed)
org-escwa = Economic and Social Commission for Western Asia (ESCWA)
org-lebanon-mosa = Ministry of Social Affairs, Lebanese Republic
person-chair = Executive Secretary, ESCWA
person-minister = Minister of Social Affairs, Lebanese Republic
person-researcher = Professor of Economics, American University of Beirut (AUB)
person-ilo = Representative of the International Labour Organization (ILO) in Lebanon
person-civil-society = Representative of civil society organizations (to be confirmed)
-kafala = kafala (sponsorship) system
