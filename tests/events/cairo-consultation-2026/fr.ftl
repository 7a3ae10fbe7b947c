event-series = Consultation régionale sur la migration de main-d’œuvre dans la région arabe
event-title = Vers un recrutement équitable et des voies sûres : bilan de la période 2022–2025 et priorités pour 2026
event-short-title = Consultation du Caire 2026
event-intro = Le Ministère des affaires étrangères de la République arabe d’Égypte, avec l’Organisation internationale pour les migrations (OIM) et la Ligue des États arabes (LEA), organise cette consultation le 26 avril 2026, avec des représentants de 22 États Membres, de 9 entités des Nations Unies et de 15 organisations de la société civile.
event-venue = Hôtel Al-Masah, salle B (2e étage), Nouvelle capitale administrative, Le Caire, Égypte

section-background-heading = Contexte
section-background-body =
    Les migrants de la région arabe ont envoyé plus de 62 milliards de dollars des États-Unis de fonds en 2024, soit une hausse de 4,5 % par rapport à 2023. Pourtant, les frais de recrutement absorbent encore entre 20 % et 30 % des revenus de la première année d’un travailleur, selon l’enquête « Coûts du recrutement dans la région arabe » (2023).

    - Rapport du Secrétaire général A/79/590, paragraphes 15–22
    - Examen régional du { -gcm }, Beyrouth, 2024
    - Portail de données : https://www.migrationdataportal.org/regional-data-overview/middle-east-and-north-africa

section-objectives-heading = Objectifs
section-objectives-body =
    La consultation permettra de :

    - évaluer les progrès accomplis sur les objectifs 6 et 18 du { -gcm } depuis 2022 ;
    - convenir de 3 à 5 priorités régionales pour la période 2026–2030 ;
    - préparer une contribution commune au { -imrf } (mai 2026).

section-participation-heading = Participation et inscription
section-participation-body =
    La participation est ouverte aux délégations des États Membres, aux entités des Nations Unies et aux organisations accréditées. Veuillez vous inscrire au plus tard le **15 avril 2026** sur [la page d’inscription](https://events.iom.int/cairo-2026?lang=fr) ou par courriel à cairo2026@iom.int (tél. +20 2 2735 1100, de 9 h 00 à 16 h 00, heure du Caire).

section-logistics-heading = Informations pratiques
section-logistics-body =
    Les portes ouvrent à 8 h 15. Le déjeuner est offert à tous les participants de 13 h 00 à 14 h 15 au restaurant Le Nil (1er étage). L’interprétation simultanée est assurée en arabe, en anglais et en français ; 350 casques sont disponibles à l’entrée de la salle B contre une pièce d’identité.

agenda-panel-1 = Table ronde 1 : le coût du recrutement – données de 2022–2025
agenda-coffee-1 = Pause-café
agenda-panel-2 = Table ronde 2 : travail décent et protection sociale des travailleurs migrants (objectif 6)
agenda-qa-1 = Questions et réponses (interventions de 3 minutes au plus)
agenda-lunch = Déjeuner
agenda-panel-3 = Table ronde 3 : voies régulières et retour – l’expérience de la Tunisie et du Soudan
agenda-coffee-2 = Courte pause
agenda-recommendations = Présentation du projet de recommandations (« Messages du Caire »)
agenda-qa-2 = Débat général sur le projet de recommandations

org-egypt-mfa = Ministère des affaires étrangères, République arabe d’Égypte
org-egypt-mfa-tagline = Secteur des Égyptiens de l’étranger et des affaires migratoires
org-iom-mena = Organisation internationale pour les migrations (OIM), Bureau régional pour le Moyen-Orient et l’Afrique du Nord
org-las = Ligue des États arabes (LEA)

person-chair = Ministre adjointe des affaires étrangères chargée des Égyptiens de l’étranger, Présidente de la consultation
person-iom-director = Directeur régional, Bureau régional de l’OIM pour le Moyen-Orient et l’Afrique du Nord
person-las-asg = Secrétaire général adjoint, Chef du Secteur des affaires sociales, Ligue des États arabes
person-moderator-1 = Administrateur de programme principal, Organisation arabe du travail (OAT)
person-unhcr = Directrice régionale adjointe, Bureau régional du HCR pour le Moyen-Orient et l’Afrique du Nord
person-professor = Professeur de démographie, Université du Caire, Centre d’études sur les migrations et les réfugiés (CMRS)
person-researcher-fr = Chercheuse, Institut de recherche pour le développement (IRD), Marseille
person-jordan-gov = Représentant du Ministère du travail du Royaume hachémite de Jordanie (à confirmer)
person-moderator-2 = Directrice du Département des migrations, Ligue des États arabes
person-ilo = Spécialiste principal des migrations de main-d’œuvre, Bureau régional de l’OIT pour les États arabes, Beyrouth
person-civil-society = Représentant du Réseau arabe pour les droits des migrants (à confirmer)
person-youth = Représentante de la jeunesse, Grand groupe des enfants et des jeunes (MGCY), 24 ans
person-tunisia = Directeur général de l’Office des Tunisiens à l’étranger (OTE)
person-sudan = Représentant du Gouvernement du Soudan (à confirmer)
person-rapporteur = Rapporteuse de la consultation, Mission permanente de l’Égypte à Genève

-gcm = Pacte mondial pour des migrations sûres, ordonnées et régulières
-imrf = Forum d’examen des migrations internationales
-fair-recruitment = recrutement équitable
-kafala = kafala (système de parrainage)
