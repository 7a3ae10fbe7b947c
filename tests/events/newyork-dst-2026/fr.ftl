event-series = Réseau des Nations Unies sur les migrations – Consultation régionale
event-title = Mobilité climatique et voies de migration régulière : des engagements à l’action
event-short-title = Consultation de New York sur la mobilité climatique, 8 mars 2026
event-intro = Cette consultation hybride, coorganisée par les Missions permanentes de l’Équateur et de l’Égypte, réunit des États Membres et des experts autour des voies de migration régulière pour les personnes qui se déplacent dans le contexte des catastrophes et des changements climatiques. Veuillez noter qu’à New York les horloges avancent d’une heure à 02:00 le jour de la réunion : toutes les heures sont données en heure avancée de l’Est.
event-venue = Siège de l’Organisation des Nations Unies, salle de conférence 11, New York
section-background-heading = Contexte
section-background-body =
    Les objectifs 2 et 5 du { -gcm } invitent les États à accroître l’offre et la souplesse des filières de migration régulière, y compris pour les personnes touchées par des catastrophes soudaines ou à évolution lente.

    - Bilan des pratiques depuis la Déclaration sur les progrès de 2022
    - Échange entre régions sur les visas humanitaires et les programmes de mobilité de main-d’œuvre
    - Documents de référence : https://migrationnetwork.un.org/climate-mobility-2026
section-objectives-heading = Objectifs
section-objectives-body =
    La consultation vise à :

    - recenser les **pratiques prometteuses** en matière d’admission et de séjour pour motifs humanitaires ;
    - examiner le rôle des organisations régionales ;
    - préparer des recommandations pour le [Forum d’examen des migrations internationales](https://www.un.org/fr/migration2022) de 2026.
agenda-opening = Allocutions d’ouverture de la présidence et des coorganisateurs
agenda-panel-1 = Table ronde I – Voies régulières pour les personnes déplacées par des catastrophes : expériences d’Amérique latine, du Moyen-Orient, d’Asie centrale et d’Afrique de l’Ouest
agenda-panel-2 = Table ronde II – Coopération régionale et voix des jeunes
org-unnm = Réseau des Nations Unies sur les migrations
org-mission-ecuador = Mission permanente de l’Équateur auprès de l’Organisation des Nations Unies
org-mission-egypt = Mission permanente de l’Égypte auprès de l’Organisation des Nations Unies
person-chair = Directrice générale de l’Organisation internationale pour les migrations (présidence)
person-ecuador-amb = Représentant permanent de l’Équateur auprès de l’Organisation des Nations Unies
person-egypt-amb = Représentant permanent de l’Égypte auprès de l’Organisation des Nations Unies
person-moderator-1 = Conseillère principale, Réseau des Nations Unies sur les migrations (modératrice)
person-colombia-expert = Directrice de la politique migratoire, Migración Colombia
person-jordan-expert = Ministère du travail, Jordanie
person-kazakhstan-expert = Ministère du travail et de la protection sociale, Kazakhstan
person-senegal-expert = Direction des Sénégalais de l’extérieur, Sénégal
person-moderator-2 = Chef de section, HCR (modérateur)
person-mexico-expert = Commission mexicaine d’aide aux réfugiés (COMAR)
person-morocco-expert = Professeure de droit, Université Mohammed V, Rabat
person-youth = Jeune militante pour le climat, Plateforme des jeunes et des enfants migrants
-gcm = Pacte mondial pour des migrations sûres, ordonnées et régulières
-pdd = Plateforme sur les déplacements liés aux catastrophes
