# GCM Talk, 24 May 2023: the concept note's prose, English (source text).
# Message ids are the same in en.ftl, fr.ftl, es.ftl and ar.ftl.

## Title block
event-series = Global Online Peer Learning Exchange
event-title = Working to End Child Detention in the Context of International Migration
event-short-title = GCM Talk: Working to End Child Detention
event-intro = This GCM Talk, in the form of a peer learning exchange among governments, is co-hosted by the UN Network on Migration Workstream on Alternatives to Immigration Detention and the Permanent Missions of Colombia, Portugal and Thailand in Geneva. This exchange will be held under the Chatham House Rule and participation is limited to governmental actors from different levels and to members of the Workstream.

## Sections
section-rationale-heading = Rationale
section-rationale-body =
    Following on from the three global peer learning exchanges held in 2020, 2021, and 2022, the fourth global online peer learning exchange ('GCM Talk for Member States') will be held on 24 May with a particular focus on working to end child immigration detention. This event will provide an opportunity to further realize the commitments made in the International Migration Review Forum (IMRF) Progress Declaration and to consider progress and challenges in working to end the practice of child detention in the context of international migration.

    This online meeting will bring together governments from all regions and will provide an open space to discuss experiences with regard to the implementation of Objective 13 of the Global Compact for Safe, Orderly and Regular Migration (GCM) with a focus on children, sharing challenges and concerns, identifying promising practices, and exploring opportunities for continued multi-stakeholder cooperation and whole-of-government approaches.

    This GCM Talk for Member States will benefit from the participation of government officials working on developing regional, national and sub-national peer learning platforms.

    The **first panel** will focus on the lessons learned from previous peer learning exchanges on ending child immigration detention – with presentations from the Asia Pacific Regional Peer Learning Platform, as well as from the Middle East and North Africa. Participants will also present on cross-regional and sub-national peer learning exchanges while discussing the existing opportunities to organize such exchanges at different levels in the future.

    The **second panel** will focus on sub-national and local level actions that support community-based reception and care of children and families as an alternative to detention. The United Cities and Local Governments (UCLG) will provide an overview of the relevant commitments in the Lampedusa Charter to promote alternatives to detention and enhance care, particularly for children and youth, and of local-level actions that support child-sensitive reception and care practices and children's and families' engagement with the national government systems that will resolve their migration status. Examples of sub-national promising practices will be provided by officials from the US State of California and the Regional Government of Catalonia in Spain.

    This GCM Talk will also benefit from the participation of youth advocates, coordinated by the Migration Youth and Children Platform (MYCP) who will provide their perspective on the issue – on the impacts it has had on their lives and the lives of their families and communities, and report on their recommendations. The youth engagement with this peer learning exchange will draw from the GCM Youth Talk “Global Youth Consultation on Ending Child Immigration Detention” taking place on 8 May 2023.

    The **third panel** will focus on the next steps to end child immigration detention. This session will provide an opportunity to discuss the appropriate mechanisms for considering progress and challenges on this issue, turning this commitment in the IMRF Progress Declaration into practice. Presentations will focus on identifying upcoming opportunities – such as the development of GCM indicators, establishing peer learning exchanges or platforms at different levels; promoting the implementation and evaluation of existing pledges and encouraging additional pledges and actions in the lead-up to the GCM Regional Reviews; and seeking complementarity of both GCM and GCR pledges in the run-up to the Global Refugee Forum, in December 2023.

    States that have recently taken steps forward to end child immigration detention or that are planning to do so will present in this session, including the Government of Colombia, which pledged at the IMRF to provide leadership and collaboration with other States and stakeholders for the global promotion, development and facilitation of spaces for exchange and peer learning on alternatives to immigration detention and ending immigration detention of children.

section-participation-heading = Participation
section-participation-body =
    All States are invited. Participation by government representatives working in capitals at the technical and policy levels on migration management and migration-related detention and alternatives to detention, including those working with migrant children and families, is encouraged, as is participation by relevant government officials working at sub-national level. Representatives of the Network's Workstream on Alternatives to Immigration Detention will participate to facilitate the exchange and contribute their specific expertise, as well as external speakers.

section-workstream-heading = The UN Network on Migration Workstream on Alternatives to Immigration Detention
section-workstream-body =
    The UN Migration Network Workstream on Alternatives to Detention aims to provide technical assistance to States to facilitate the practical application of non-custodial community-based alternatives to immigration detention that are in line with international law, respect the human rights of migrants and respond to the migration governance needs of governments.

    In 2022, the Workstream produced four snapshots of promising practices on: Ending child immigration detention; Scaling-up community-based alternatives to immigration detention; Temporary regularisation programmes; and Whole-of-government and whole-of-society approaches.

    For resources produced by the Working Group: [Alternatives to Detention | United Nations Network on Migration](https://migrationnetwork.un.org/thematic-working-group-2-alternatives-detention)

    The Workstream is co-led by UNHCR, UNICEF and the International Detention Coalition (IDC). Members of the Workstream include: Asia Pacific Refugee Rights Network (APRRN), Asylum Access Mexico, Asylum Access Thailand, Defensoría del Pueblo de la Nación Argentina, HOST International, Initiative for Child Rights in the Global Compacts, International Organization for Migration (IOM), Kenya National Commission on Human Rights, Migration Youth and Children Platform (MYCP, Major Group for Children and Youth), Office of the High Commissioner on Human Rights (OHCHR), Platform for International Cooperation on Undocumented Migrants (PICUM), United Cities and Local Governments (UCLG), UN Special Representative of the Secretary-General on Violence Against Children, and Women's Refugee Commission (WRC).

## Agenda item titles
agenda-opening = Opening remarks by co-hosts and youth advocate
agenda-session-1 = Session I – What have we learned from peer learning exchanges on working to end child detention in the context of international migration?
agenda-session-2 = Session II – Local-level actions that support community-based reception and care of children and families and avoid detention
agenda-session-3 = Session III – Moving forward – next steps
agenda-qa = Q&A and interventions from government participants

## Hosts
org-workstream-atd = UN Network on Migration Workstream on Alternatives to Immigration Detention
org-mission-colombia = Permanent Mission of Colombia to the United Nations Office at Geneva
org-mission-portugal = Permanent Mission of Portugal to the United Nations Office at Geneva
org-mission-thailand = Permanent Mission of Thailand to the United Nations Office at Geneva

## People: the description shown after the name (or alone, for a speaker not yet named)
person-colombia-cohost = Permanent Mission of Colombia
person-portugal-cohost = Permanent Mission of Portugal
person-thailand-cohost = Permanent Mission of Thailand
person-youth-opening = Youth advocate
person-tri-nuke-pudjiastuti = Research Professor, National Research and Innovation Agency (BRIN), Indonesia
person-cross-regional = Cross-regional peer learning
person-edgar-olvera = Child Protection Attorney's Officer for the Protection of Children in Tenosique, Tabasco, Mexico
person-mena = Middle East and North Africa
person-emilia-saiz = Secretary General, United Cities and Local Governments
person-ester-cabanes = General Director of Child Care of the Regional Government of Catalonia
person-eliana-kaimowitz = Chief of Immigrant Integration Branch, California Department of Social Services, USA
person-marcela-ruiz = Director of the Office of Equity, California Department of Social Services, USA
person-youth-local = Youth advocate working at local level
person-jonathan-prentice = Head of Secretariat, UN Network on Migration
person-ils-salien = Immigration Office, Government of Belgium
person-colombia-government = Government of Colombia
person-other-states = Other States that have taken or are taking steps to work to end child immigration detention
person-youth-advocate = Youth advocate

## The network's tagline and logo (letterhead)
org-workstream-atd-tagline = Working Better Together
org-workstream-atd-logo = Emblem of the UN Network on Migration Workstream on Alternatives to Immigration Detention (made for this example)

## Terms a booth prepares for this meeting (the names-and-terms sheet of each booth schedule)
-atd = alternatives to detention
-gcm = Global Compact for Safe, Orderly and Regular Migration (GCM)
-imrf = International Migration Review Forum (IMRF)
-imrf-declaration = Progress Declaration of the International Migration Review Forum
-chatham-house = Chatham House Rule
-unhcr = Office of the United Nations High Commissioner for Refugees (UNHCR)
-unicef = United Nations Children's Fund (UNICEF)
-idc = International Detention Coalition (IDC)
-uclg = United Cities and Local Governments (UCLG)
-mycp = Migration Youth and Children Platform (MYCP)
