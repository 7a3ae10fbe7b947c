event-series = UN Network on Migration – Regional Consultation
event-title = Climate mobility and regular pathways: from commitments to action
event-short-title = NY Consultation on Climate Mobility, 8 March 2026
event-intro = This hybrid consultation, co-hosted by the Permanent Missions of Ecuador and Egypt, brings together Member States and experts to exchange on regular pathways for people moving in the context of disasters and climate change. Please note that clocks in New York go forward one hour at 02:00 on the day of the meeting: all times are Eastern Daylight Time.
event-venue = United Nations Headquarters, Conference Room 11, New York
section-background-heading = Background
section-background-body =
    Objective 2 and Objective 5 of the { -gcm } call on States to enhance the availability and flexibility of pathways for regular migration, including for people affected by sudden-onset and slow-onset disasters.

    - Review of practices since the 2022 Progress Declaration
    - Exchange between regions on humanitarian visas and labour mobility schemes
    - Background documents: https://migrationnetwork.un.org/climate-mobility-2026
section-objectives-heading = Objectives
section-objectives-body =
    The consultation aims to:

    - identify **promising practices** in admission and stay on humanitarian grounds;
    - discuss the role of regional organisations;
    - prepare recommendations for the 2026 [International Migration Review Forum](https://www.un.org/en/migration2022).
agenda-opening = Opening remarks by the Chair and the co-hosts
agenda-panel-1 = Panel I – Regular pathways for people displaced by disasters: experiences from Latin America, the Middle East, Central Asia and West Africa
agenda-panel-2 = Panel II – Regional cooperation and the voice of youth
org-unnm = UN Network on Migration
org-mission-ecuador = Permanent Mission of Ecuador to the United Nations
org-mission-egypt = Permanent Mission of Egypt to the United Nations
person-chair = Director General, International Organization for Migration (Chair)
person-ecuador-amb = Permanent Representative of Ecuador to the United Nations
person-egypt-amb = Permanent Representative of Egypt to the United Nations
person-moderator-1 = Senior Policy Adviser, UN Network on Migration (moderator)
person-colombia-expert = Director of Migration Policy, Migración Colombia
person-jordan-expert = Ministry of Labour, Jordan
person-kazakhstan-expert = Ministry of Labour and Social Protection, Kazakhstan
person-senegal-expert = Directorate of Senegalese Abroad, Senegal
person-moderator-2 = Chief of Section, UNHCR (moderator)
person-mexico-expert = Mexican Commission for Refugee Assistance (COMAR)
person-morocco-expert = Professor of Law, Mohammed V University, Rabat
person-youth = Youth climate advocate, Migration Youth and Children Platform
-gcm = Global Compact for Safe, Orderly and Regular Migration
-pdd = Platform on Disaster Displacement
