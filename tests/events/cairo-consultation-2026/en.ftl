event-series = Regional Consultation on Labour Migration in the Arab Region
event-title = Towards fair recruitment and safe pathways: review of the 2022–2025 period and priorities for 2026
event-short-title = Cairo Consultation 2026
event-intro = The Ministry of Foreign Affairs of the Arab Republic of Egypt, together with the International Organization for Migration (IOM) and the League of Arab States (LAS), is convening this consultation on 26 April 2026, with representatives of 22 Member States, 9 United Nations entities and 15 civil society organizations.
event-venue = Al-Masah Hotel, Hall B (2nd floor), New Administrative Capital, Cairo, Egypt

section-background-heading = Background
section-background-body =
    Migrants from the Arab region sent home more than USD 62 billion in remittances in 2024, an increase of 4.5% on 2023. Yet recruitment fees still absorb between 20% and 30% of a worker's first-year earnings, according to the survey "Recruitment Costs in the Arab Region" (2023).

    - Report of the Secretary-General A/79/590, paragraphs 15–22
    - Regional review of the { -gcm }, Beirut, 2024
    - Data portal: https://www.migrationdataportal.org/regional-data-overview/middle-east-and-north-africa

section-objectives-heading = Objectives
section-objectives-body =
    The consultation will:

    - assess progress on objectives 6 and 18 of the { -gcm } since 2022;
    - agree on 3 to 5 regional priorities for the 2026–2030 period;
    - prepare a joint contribution to the { -imrf } (May 2026).

section-participation-heading = Participation and registration
section-participation-body =
    Participation is open to delegations of Member States, United Nations entities and accredited organizations. Please register by **15 April 2026** at [the registration page](https://events.iom.int/cairo-2026?lang=en) or by email at cairo2026@iom.int (tel. +20 2 2735 1100, 9:00–16:00 Cairo time).

section-logistics-heading = Practical information
section-logistics-body =
    Doors open at 8:15. Lunch is offered to all participants from 13:00 to 14:15 in the Nile Restaurant (1st floor). Simultaneous interpretation is provided in Arabic, English and French; 350 headsets are available at the entrance of Hall B against an identity document.

agenda-panel-1 = Panel 1: the cost of recruitment – evidence from 2022–2025
agenda-coffee-1 = Coffee break
agenda-panel-2 = Panel 2: decent work and social protection for migrant workers (objective 6)
agenda-qa-1 = Questions and answers (interventions of 3 minutes at most)
agenda-lunch = Lunch
agenda-panel-3 = Panel 3: regular pathways and return – the experience of Tunisia and the Sudan
agenda-coffee-2 = Short break
agenda-recommendations = Presentation of the draft recommendations ("Cairo Messages")
agenda-qa-2 = General discussion on the draft recommendations

org-egypt-mfa = Ministry of Foreign Affairs, Arab Republic of Egypt
org-egypt-mfa-tagline = Sector of Egyptians Abroad and Migration Affairs
org-iom-mena = International Organization for Migration (IOM), Regional Office for the Middle East and North Africa
org-las = League of Arab States (LAS)

person-chair = Assistant Minister of Foreign Affairs for Egyptians Abroad, Chair of the consultation
person-iom-director = Regional Director, IOM Regional Office for the Middle East and North Africa
person-las-asg = Assistant Secretary-General, Head of the Social Affairs Sector, League of Arab States
person-moderator-1 = Senior Programme Officer, Arab Labour Organization (ALO)
person-unhcr = Deputy Regional Director, UNHCR Regional Bureau for the Middle East and North Africa
person-professor = Professor of Demography, Cairo University, Centre for Migration and Refugee Studies (CMRS)
person-researcher-fr = Researcher, French Institute for Research on Development (IRD), Marseille
person-jordan-gov = Representative of the Ministry of Labour of the Hashemite Kingdom of Jordan (to be confirmed)
person-moderator-2 = Director, Migration Department, League of Arab States
person-ilo = Senior Specialist on Labour Migration, ILO Regional Office for Arab States, Beirut
person-civil-society = Representative of the Arab Network for Migrant Rights (to be confirmed)
person-youth = Youth representative, Major Group for Children and Youth (MGCY), 24 years old
person-tunisia = Director-General, Office for Tunisians Abroad (OTE)
person-sudan = Representative of the Government of the Sudan (to be confirmed)
person-rapporteur = Rapporteur of the consultation, Permanent Mission of Egypt in Geneva

-gcm = Global Compact for Safe, Orderly and Regular Migration
-imrf = International Migration Review Forum
-fair-recruitment = fair recruitment
-kafala = kafala (sponsorship system)
