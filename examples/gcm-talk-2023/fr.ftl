# GCM Talk, 24 mai 2023 : texte de la note de cadrage, en français.
# Les identifiants de message sont les mêmes dans en.ftl, fr.ftl, es.ftl et ar.ftl.

## Titre
event-series = Échange mondial en ligne d’apprentissage entre pairs
event-title = Œuvrer pour mettre fin à la détention d’enfants dans le contexte des migrations internationales
event-short-title = GCM Talk : œuvrer pour mettre fin à la détention d’enfants
event-intro = Le présent « GCM Talk » (dialogue sur le Pacte mondial pour les migrations), qui prend la forme d’un échange d’apprentissage entre pairs réunissant des gouvernements, est coorganisé par le Groupe de travail du Réseau des Nations Unies sur les migrations chargé des solutions de substitution à la détention des migrants et par les Missions permanentes de la Colombie, du Portugal et de la Thaïlande à Genève. Cet échange se tiendra selon la règle de Chatham House et la participation est limitée aux acteurs gouvernementaux des différents niveaux et aux membres du Groupe de travail.

## Sections
section-rationale-heading = Contexte et justification
section-rationale-body =
    Dans le prolongement des trois échanges mondiaux d’apprentissage entre pairs tenus en 2020, 2021 et 2022, le quatrième échange mondial en ligne d’apprentissage entre pairs (« GCM Talk pour les États Membres ») se tiendra le 24 mai et sera plus particulièrement consacré à l’action menée pour mettre fin à la détention d’enfants liée à l’immigration. Cette manifestation sera l’occasion de progresser dans la concrétisation des engagements pris dans la Déclaration sur les progrès du Forum d’examen des migrations internationales et d’examiner les progrès accomplis et les difficultés rencontrées dans l’action menée pour mettre fin à la pratique de la détention d’enfants dans le contexte des migrations internationales.

    Cette réunion en ligne rassemblera des gouvernements de toutes les régions et offrira un espace ouvert pour échanger des expériences concernant la mise en œuvre de l’objectif 13 du Pacte mondial pour des migrations sûres, ordonnées et régulières (Pacte mondial pour les migrations), en mettant l’accent sur les enfants, pour faire part des difficultés et des préoccupations, recenser les pratiques prometteuses et étudier les possibilités de poursuivre la coopération multipartite et les approches mobilisant l’ensemble des pouvoirs publics.

    Ce « GCM Talk » pour les États Membres bénéficiera de la participation de responsables gouvernementaux qui œuvrent à la mise en place de plateformes d’apprentissage entre pairs aux niveaux régional, national et infranational.

    La **première table ronde** portera sur les enseignements tirés des précédents échanges d’apprentissage entre pairs consacrés à l’élimination de la détention d’enfants liée à l’immigration, avec des exposés de la Plateforme régionale d’apprentissage entre pairs pour l’Asie et le Pacifique, ainsi que d’intervenants du Moyen-Orient et de l’Afrique du Nord. Les participants présenteront également des échanges d’apprentissage entre pairs interrégionaux et infranationaux et examineront les possibilités qui existent d’organiser de tels échanges à différents niveaux à l’avenir.

    La **deuxième table ronde** portera sur les mesures prises aux niveaux infranational et local pour favoriser l’accueil et la prise en charge des enfants et des familles au sein de la communauté, en tant que solution de substitution à la détention. Cités et gouvernements locaux unis (CGLU) présentera un aperçu des engagements pertinents figurant dans la Charte de Lampedusa en vue de promouvoir les solutions de substitution à la détention et d’améliorer la prise en charge, en particulier des enfants et des jeunes, ainsi que des mesures prises au niveau local pour favoriser des pratiques d’accueil et de prise en charge adaptées aux enfants et les relations des enfants et des familles avec les administrations nationales appelées à statuer sur leur situation migratoire. Des exemples de pratiques prometteuses à l’échelon infranational seront présentés par des responsables de l’État de Californie (États-Unis) et du Gouvernement régional de Catalogne (Espagne).

    Ce « GCM Talk » bénéficiera également de la participation de jeunes militants, coordonnée par la Plateforme des jeunes et des enfants pour la migration (MYCP), qui feront part de leur point de vue sur la question – notamment sur les répercussions qu’elle a eues sur leur vie et sur celle de leur famille et de leur communauté – et présenteront leurs recommandations. La contribution des jeunes à cet échange d’apprentissage entre pairs s’appuiera sur le « GCM Youth Talk » intitulé « Consultation mondiale des jeunes sur l’élimination de la détention d’enfants liée à l’immigration », organisé le 8 mai 2023.

    La **troisième table ronde** portera sur les prochaines étapes à franchir pour mettre fin à la détention d’enfants liée à l’immigration. Cette séance sera l’occasion d’examiner les mécanismes appropriés pour évaluer les progrès accomplis et les difficultés rencontrées en la matière, afin de traduire dans les faits cet engagement pris dans la Déclaration sur les progrès du Forum d’examen. Les exposés porteront sur le recensement des possibilités à venir – telles que l’élaboration d’indicateurs relatifs au Pacte mondial pour les migrations et la mise en place d’échanges ou de plateformes d’apprentissage entre pairs à différents niveaux ; la promotion de la mise en œuvre et de l’évaluation des engagements existants et l’encouragement de nouveaux engagements et de nouvelles mesures en prévision des examens régionaux du Pacte mondial pour les migrations ; et la recherche d’une complémentarité entre les engagements pris au titre du Pacte mondial pour les migrations et ceux pris au titre du pacte mondial sur les réfugiés dans la perspective du Forum mondial sur les réfugiés, qui se tiendra en décembre 2023.

    Des États qui ont récemment pris des mesures pour mettre fin à la détention d’enfants liée à l’immigration ou qui prévoient de le faire interviendront au cours de cette séance, notamment le Gouvernement colombien, qui s’est engagé, lors du Forum d’examen, à jouer un rôle moteur et à collaborer avec d’autres États et parties prenantes en vue de promouvoir, de développer et de faciliter, à l’échelle mondiale, des espaces d’échange et d’apprentissage entre pairs sur les solutions de substitution à la détention des migrants et sur l’élimination de la détention d’enfants liée à l’immigration.

# Participation: the same word in French; untranslated on purpose.
section-participation-heading = Participation
section-participation-body =
    Tous les États sont invités. La participation de représentants gouvernementaux travaillant dans les capitales, aux niveaux technique et politique, sur la gestion des migrations, la détention liée aux migrations et les solutions de substitution à la détention, y compris de ceux qui s’occupent des enfants et des familles migrants, est encouragée, de même que celle des responsables gouvernementaux concernés travaillant au niveau infranational. Des représentants du Groupe de travail du Réseau chargé des solutions de substitution à la détention des migrants participeront afin de faciliter l’échange et d’apporter leurs compétences spécialisées, de même que des intervenants extérieurs.

section-workstream-heading = Le Groupe de travail du Réseau des Nations Unies sur les migrations chargé des solutions de substitution à la détention des migrants
section-workstream-body =
    Le Groupe de travail du Réseau des Nations Unies sur les migrations chargé des solutions de substitution à la détention a pour objectif de fournir une assistance technique aux États afin de faciliter l’application concrète de solutions de substitution à la détention des migrants qui soient non privatives de liberté et fondées sur la communauté, conformes au droit international, respectueuses des droits de l’homme des migrants et adaptées aux besoins des gouvernements en matière de gouvernance des migrations.

    En 2022, le Groupe de travail a produit quatre synthèses de pratiques prometteuses portant sur : l’élimination de la détention d’enfants liée à l’immigration ; le renforcement des solutions de substitution à la détention des migrants fondées sur la communauté ; les programmes de régularisation temporaire ; et les approches mobilisant l’ensemble des pouvoirs publics et de la société.

    Ressources produites par le Groupe de travail : [Solutions de substitution à la détention | Réseau des Nations Unies sur les migrations](https://migrationnetwork.un.org/thematic-working-group-2-alternatives-detention)

    Le Groupe de travail est codirigé par le HCR, l’UNICEF et l’International Detention Coalition (IDC). Il compte parmi ses membres : l’Asia Pacific Refugee Rights Network (APRRN), Asylum Access Mexico, Asylum Access Thailand, la Defensoría del Pueblo de la Nación Argentina, HOST International, l’Initiative pour les droits de l’enfant dans les pactes mondiaux, l’Organisation internationale pour les migrations (OIM), la Commission nationale des droits de l’homme du Kenya, la Plateforme des jeunes et des enfants pour la migration (MYCP, Grand groupe des enfants et des jeunes), le Haut-Commissariat des Nations Unies aux droits de l’homme (HCDH), la Plateforme pour la coopération internationale sur les sans-papiers (PICUM), Cités et gouvernements locaux unis (CGLU), la Représentante spéciale du Secrétaire général chargée de la question de la violence contre les enfants et la Women’s Refugee Commission (WRC).

## Intitulés des points de l’ordre du jour
agenda-opening = Observations liminaires des coorganisateurs et d’un jeune militant
agenda-session-1 = Séance I – Quels enseignements avons-nous tirés des échanges d’apprentissage entre pairs consacrés à l’action menée pour mettre fin à la détention d’enfants dans le contexte des migrations internationales ?
agenda-session-2 = Séance II – Mesures prises au niveau local pour favoriser l’accueil et la prise en charge des enfants et des familles au sein de la communauté et éviter la détention
agenda-session-3 = Séance III – Aller de l’avant : prochaines étapes
agenda-qa = Questions-réponses et interventions des participants gouvernementaux

## Organisateurs
org-workstream-atd = Groupe de travail du Réseau des Nations Unies sur les migrations chargé des solutions de substitution à la détention des migrants
org-mission-colombia = Mission permanente de la Colombie auprès de l’Office des Nations Unies à Genève
org-mission-portugal = Mission permanente du Portugal auprès de l’Office des Nations Unies à Genève
org-mission-thailand = Mission permanente de la Thaïlande auprès de l’Office des Nations Unies à Genève

## Intervenants : description affichée après le nom (ou seule, pour un intervenant pas encore désigné)
person-colombia-cohost = Mission permanente de la Colombie
person-portugal-cohost = Mission permanente du Portugal
person-thailand-cohost = Mission permanente de la Thaïlande
person-youth-opening = Jeune militant
person-tri-nuke-pudjiastuti = Professeure-chercheuse, Agence nationale de la recherche et de l’innovation (BRIN), Indonésie
person-cross-regional = Apprentissage interrégional entre pairs
person-edgar-olvera = Fonctionnaire du Bureau du Procureur chargé de la protection de l’enfance à Tenosique, Tabasco, Mexique
person-mena = Moyen-Orient et Afrique du Nord
person-emilia-saiz = Secrétaire générale, Cités et gouvernements locaux unis
person-ester-cabanes = Directrice générale de la protection de l’enfance du Gouvernement régional de Catalogne
person-eliana-kaimowitz = Cheffe du Service de l’intégration des immigrants, Département des services sociaux de Californie, États-Unis
person-marcela-ruiz = Directrice du Bureau de l’équité, Département des services sociaux de Californie, États-Unis
person-youth-local = Jeune militant œuvrant au niveau local
person-jonathan-prentice = Chef du secrétariat, Réseau des Nations Unies sur les migrations
person-ils-salien = Office des étrangers, Gouvernement belge
person-colombia-government = Gouvernement colombien
person-other-states = Autres États ayant pris ou prenant des mesures pour mettre fin à la détention d’enfants liée à l’immigration
person-youth-advocate = Jeune militant

## Devise et logo du Réseau (en-tête)
org-workstream-atd-tagline = Mieux travailler ensemble
org-workstream-atd-logo = Emblème du Groupe de travail du Réseau des Nations Unies sur les migrations chargé des solutions de substitution à la détention des migrants (créé pour cet exemple)

## Termes que prépare une cabine pour cette réunion
-atd = solutions de substitution à la détention
-gcm = Pacte mondial pour des migrations sûres, ordonnées et régulières (Pacte mondial pour les migrations)
-imrf = Forum d’examen des migrations internationales
-imrf-declaration = Déclaration sur les progrès du Forum d’examen des migrations internationales
-chatham-house = règle de Chatham House
-unhcr = Haut-Commissariat des Nations Unies pour les réfugiés (HCR)
-unicef = Fonds des Nations Unies pour l’enfance (UNICEF)
# The coalition writes its name in English only; untranslated on purpose.
-idc = International Detention Coalition (IDC)
-uclg = Cités et gouvernements locaux unis (CGLU)
-mycp = Plateforme des jeunes et des enfants pour la migration (MYCP)
