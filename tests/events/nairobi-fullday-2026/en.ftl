event-series = Regional Dialogue on Fair Labour Mobility in Africa, the Middle East and Latin America
event-title = From Commitments to Practice: Strengthening Bilateral and Regional Labour Migration Agreements, Skills Partnerships, Portability of Social Security Entitlements and Ethical Recruitment along the Migration Corridors between East Africa, the Gulf States and Latin America, in the Run-up to the Second International Migration Review Forum
event-short-title = Nairobi Labour Mobility Dialogue 2026
event-intro = The United Nations Office at Nairobi (UNON), with the Permanent Missions of Kenya and Mexico, is holding this one-day dialogue on 10 March 2026. Some 150 participants from 40 States, trade unions, employers and civil society are expected. The meeting is open to all accredited participants.
event-venue = United Nations Office at Nairobi, Conference Room 2, Gigiri, Nairobi, Kenya
section-background-heading = Background
section-background-body =
    More than 28 million African migrants work outside their country of birth, and remittances to sub-Saharan Africa reached USD 54 billion in 2023.

    - Review of the 2024 study on skills partnerships
    - Exchange on the portability of social security entitlements
    - Background documents: https://www.unon.org/labour-mobility-2026
section-registration-heading = Registration
section-registration-body =
    Participants must register by **27 February 2026** on [Indico](https://indico.un.org/event/1234/). Badges are collected at the Gigiri pass office from 07:30.
agenda-panel-1 = High-level panel: labour migration governance in 2026 – what has changed since the first IMRF?
agenda-parallel-a = Parallel sessions A (skills partnerships, Room 2) and B (social security portability, Room 3); interpretation in Room 2 only
agenda-lunch = Lunch break
agenda-film = Screening of the short film "Corridors" (12 min)
agenda-panel-2 = Panel 2: ethical recruitment and the IRIS standard
org-unon = United Nations Office at Nairobi
org-unon-tagline = Nairobi: the UN's home in the Global South
org-mission-kenya = Permanent Mission of the Republic of Kenya to the United Nations Office at Nairobi
org-mission-mexico = Embassy of Mexico in Kenya
person-chair = Director-General, United Nations Office at Nairobi (Chair)
person-kenya-cs = Cabinet Secretary for Labour and Social Protection, Kenya
person-mexico-amb = Ambassador of Mexico to Kenya
person-moderator = Senior Adviser, African Union Commission (moderator)
person-ilo = Chief, Labour Migration Branch, ILO
person-iom = Regional Director for East and Horn of Africa, IOM
person-au = Representative of the African Union Commission (to be confirmed)
person-ecowas = Commissioner for Human Development, ECOWAS
person-egypt = Ministry of Emigration, Egypt
person-researcher = Professor of Economics, University of Nairobi
person-union = Coordinator, Trade Union Confederation of the Americas
person-employers = International Organisation of Employers
person-youth = Youth representative, Major Group for Children and Youth
person-morocco = Ambassador, Permanent Mission of Morocco
person-moderator-2 = Programme Officer, UNON (moderator)
person-colombia = Migración Colombia
-iris = IRIS: Ethical Recruitment
-imrf = International Migration Review Forum (IMRF)
