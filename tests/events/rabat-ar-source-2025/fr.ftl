event-series = Examen régional du Pacte mondial sur les migrations en Afrique du Nord
event-title = Le Pacte de 2018 (PMM) après 7 ans : coopération internationale et cible 10.7 des objectifs de développement durable (ODD 10.7)
event-short-title = Examen de Rabat 2025 (PMM)
event-intro = Le Ministère des affaires étrangères, de la coopération africaine et des Marocains résidant à l’étranger, en partenariat avec le Réseau des Nations Unies sur les migrations (RNUM), organise cette réunion le 22 octobre 2025, avec la participation de 14 États et de 6 organisations internationales, afin de préparer le Forum d’examen des migrations internationales (FEMI) de 2026.
event-venue = Siège du Ministère des affaires étrangères, salle Ibn Battouta (3e étage), avenue Al Fourat, Rabat, Maroc
section-context-heading = Contexte
section-context-body =
    Le Pacte mondial pour des migrations sûres, ordonnées et régulières a été adopté à Marrakech le 10 décembre 2018. Son **objectif 23** porte sur le renforcement de la coopération internationale et des partenariats mondiaux.

    - Résultats de l’enquête de 2024 auprès de 2 400 migrants (taux de réponse de 71,3 %)
    - Rapport A/80/245 du Secrétaire général, paragraphes 12 à 19
    - Documents de la réunion : [portail du Réseau](https://migrationnetwork.un.org/fr/rabat-2025) ou www.diplomatie.ma
section-objectives-heading = Objectifs
section-objectives-body =
    La réunion vise à : a) évaluer les progrès accomplis depuis 2018 ; b) définir 3 priorités pour la période 2026-2028 ; c) adopter des messages communs pour le FEMI.
section-practical-heading = Informations pratiques
section-practical-body =
    Les participants sont priés de se présenter dans la salle à partir de 9 h 00. Les participants à distance peuvent se connecter sur Webex au moyen du lien envoyé par courriel.
agenda-opening = Séance d’ouverture
agenda-session-1 = Séance 1 : le Pacte de 2018 (PMM) – objectif 23 et coopération internationale
agenda-session-2 = Séance 2 : mise en œuvre de l’ODD 10.7 dans 5 pays d’Afrique du Nord (2019-2025)
agenda-coffee = Pause-café
agenda-qa = Débat général (interventions de 3 minutes au plus)
org-morocco-mfa = Ministère des affaires étrangères, de la coopération africaine et des Marocains résidant à l’étranger, Royaume du Maroc
org-morocco-mfa-logo = Logo du Ministère des affaires étrangères
org-unnm-rabat = Réseau des Nations Unies sur les migrations (RNUM)
org-unnm-rabat-tagline = Ensemble pour des migrations sûres, ordonnées et régulières
person-minister = Ministre des affaires étrangères, de la coopération africaine et des Marocains résidant à l’étranger
person-patron = Présidente d’honneur de la réunion
person-ulema = Secrétaire général de la Rabita Mohammadia des oulémas
person-moderator = Professeure de relations internationales, Université Mohammed V de Rabat (modératrice)
person-iom = Directeur du Bureau régional de l’Organisation internationale pour les migrations (OIM), Le Caire
person-lahlou = Professeur d’économie, Institut national de statistique et d’économie appliquée (INSEA)
person-ilo = Spécialiste des migrations de main-d’œuvre, Organisation internationale du Travail (OIT)
person-civil-society = Représentant des organisations de la société civile (à confirmer)
person-youth = Représentant des jeunes, Grand groupe des enfants et des jeunes (MGCY)
-gcm = Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM)
-imrf = Forum d’examen des migrations internationales (FEMI)
