## Title block
event-series = Regional Consultation on the Global Compact for Migration (2024)
event-title = Implementing SDG target 10.7 in the Arab Region: 5 years of UNHCR–IOM cooperation
event-short-title = Amman Consultation 2024 on SDG 10.7
event-intro = The UN Network on Migration (UNNM) and the Jordanian Ministry of Interior hold this consultation on 12 June 2024, with 25 States and 3 international organisations (UNHCR, IOM and UNICEF), to discuss report A/78/123 and its paragraphs 15–18.
event-venue = Landmark Hotel, Petra Hall (Floor 2), Al-Hussein Bin Ali Street, Amman, Jordan

## Sections
section-background-heading = Background
section-background-body =
    Since the Global Compact was adopted in December 2018, 12 Arab States have submitted voluntary reviews. Objective 23 of the Compact concerns international cooperation, and SDG target 10.7 concerns orderly and safe migration.

    - Results of the 2023 survey of 1,250 migrants (response rate 87.5%)
    - Recommendations of **UNHCR** and **IOM**
    - For the report: [Network report 2023](https://migrationnetwork.un.org/ar/report-2023)

section-objectives-heading = Objectives
section-objectives-body =
    The consultation aims to: (a) share good practices; (b) identify 3 priorities for 2025–2027; (c) agree a road map before the International Migration Review Forum (IMRF) of 2026.

## Agenda item titles
agenda-opening = Opening remarks (10 minutes per speaker)
agenda-session-1 = Session 1: UNHCR–IOM cooperation in implementing SDG 10.7 (2019–2024)
agenda-session-2 = Session 2: The voice of youth – a 2030 vision
agenda-qa = Questions and answers (interventions of 3 minutes at most)

## Hosts
org-unnm-mena = UN Network on Migration – Regional Office for the Middle East and North Africa (MENA)
org-unnm-mena-tagline = Together for safe migration
org-unnm-mena-logo = Network emblem
org-jordan-moi = Ministry of Interior of the Hashemite Kingdom of Jordan

## People
person-chair = Director of the Regional Office, UN Network on Migration (Chair)
person-minister = Minister of Interior, Hashemite Kingdom of Jordan
person-unhcr-rep = Representative of the Office of the United Nations High Commissioner for Refugees (UNHCR) in Jordan
person-iom-rep = Chief of Mission, International Organization for Migration (IOM), Amman
person-youth = Youth representative, Major Group for Children and Youth (MGCY)
person-academic = Professor of International Law, University of Jordan

## Terms
-sdg = Sustainable Development Goals (SDG)
-unhcr = Office of the United Nations High Commissioner for Refugees (UNHCR)
-iom = International Organization for Migration (IOM)
