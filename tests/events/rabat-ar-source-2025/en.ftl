event-series = Regional Review of the Global Compact for Migration in North Africa
event-title = The 2018 Compact (GCM) after 7 years: international cooperation and Sustainable Development Goal target 10.7 (SDG 10.7)
event-short-title = Rabat Review 2025 (GCM)
event-intro = The Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates, in partnership with the United Nations Network on Migration (UNNM), is holding this meeting on 22 October 2025 with 14 States and 6 international organizations, to prepare for the 2026 International Migration Review Forum (IMRF).
event-venue = Ministry of Foreign Affairs, Ibn Battuta Room (3rd floor), Avenue Al Fourat, Rabat, Morocco
section-context-heading = Context
section-context-body =
    The Global Compact for Safe, Orderly and Regular Migration was adopted in Marrakech on 10 December 2018. Its **Objective 23** concerns strengthening international cooperation and global partnerships.

    - Results of the 2024 survey of 2,400 migrants (response rate 71.3%)
    - Report of the Secretary-General A/80/245, paragraphs 12–19
    - Meeting documents: [Network portal](https://migrationnetwork.un.org/en/rabat-2025) or www.diplomatie.ma
section-objectives-heading = Objectives
section-objectives-body =
    The meeting aims to: (a) assess progress since 2018; (b) identify 3 priorities for 2026–2028; (c) agree on joint messages for the IMRF.
section-practical-heading = Practical information
section-practical-body =
    Participants are asked to be in the room from 9:00. Remote participants can join on Webex through the link sent by email.
agenda-opening = Opening session
agenda-session-1 = Session 1: the 2018 Compact (GCM) – Objective 23 and international cooperation
agenda-session-2 = Session 2: implementing SDG 10.7 in 5 North African countries (2019–2025)
agenda-coffee = Coffee break
agenda-qa = General discussion (interventions of 3 minutes at most)
org-morocco-mfa = Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates, Kingdom of Morocco
org-morocco-mfa-logo = Logo of the Ministry of Foreign Affairs
org-unnm-rabat = United Nations Network on Migration (UNNM)
org-unnm-rabat-tagline = Together for safe, orderly and regular migration
person-minister = Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates
person-patron = Honorary Chair of the meeting
person-ulema = Secretary-General, Mohammadia League of Scholars
person-moderator = Professor of International Relations, Mohammed V University in Rabat (moderator)
person-iom = Director, Regional Office of the International Organization for Migration (IOM), Cairo
person-lahlou = Professor of Economics, National Institute of Statistics and Applied Economics (INSEA)
person-ilo = Labour Migration Specialist, International Labour Organization (ILO)
person-civil-society = Representative of civil society organizations (to be confirmed)
person-youth = Youth representative, Major Group for Children and Youth (MGCY)
-gcm = Global Compact for Safe, Orderly and Regular Migration (GCM)
-imrf = International Migration Review Forum (IMRF)
