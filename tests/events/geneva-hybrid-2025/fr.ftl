event-series = Dialogue d’experts sur la migration de main-d’œuvre
event-title = Mobilité équitable des travailleurs entre l’Afrique du Nord et l’Amérique latine : pratiques, droits et recrutement éthique
event-short-title = Dialogue d’experts de Genève 2025
event-intro = Ce dialogue d’experts, organisé par l’Organisation internationale pour les migrations (OIM) avec les Missions permanentes du Royaume du Maroc et de la République du Chili, se tiendra en format hybride au Palais des Nations et en ligne. Il réunira environ 120 participants de 35 États.
event-venue = Palais des Nations, salle XIX (bâtiment E, 3e étage), Genève
section-contexte-heading = Contexte
section-contexte-body =
    Selon l’OIM, 169 millions de travailleurs migrants représentaient 4,9 % de la main-d’œuvre mondiale en 2019. Le **recrutement éthique** reste un défi dans les deux régions.

    - Présentation de l’étude conjointe (2024)
    - Échange sur les accords bilatéraux de main-d’œuvre
    - Pour en savoir plus : [Initiative IRIS](https://iris.iom.int/fr) ou écrire à labourmobility@example.org
section-modalites-heading = Modalités pratiques
section-modalites-body =
    Les participants en ligne recevront le lien de connexion la veille. Les participants sur place doivent se munir d’un badge de l’ONUG, à retirer au Pavillon d’accueil (portail de Pregny) dès 8 h 30.
agenda-table-ronde-1 = Table ronde 1 – Les voies de migration de main-d’œuvre : ce que disent les données
agenda-table-ronde-2 = Table ronde 2 – Protéger les droits des travailleurs tout au long du cycle migratoire
agenda-dejeuner = Pause déjeuner offerte par la Mission permanente du Chili (Serpentin Bar)
org-oim-geneve = Organisation internationale pour les migrations (OIM)
org-mission-maroc = Mission permanente du Royaume du Maroc auprès de l’Office des Nations Unies à Genève
org-mission-chili = Mission permanente de la République du Chili auprès de l’Office des Nations Unies à Genève
person-moderatrice = Directrice adjointe, Département de la gouvernance des migrations, OIM
person-ambassadeur-maroc = Ambassadeur extraordinaire et plénipotentiaire, Représentant permanent du Royaume du Maroc auprès de l’Office des Nations Unies à Genève et des autres organisations internationales en Suisse
person-ambassadrice-chili = Ambassadrice, Représentante permanente de la République du Chili auprès de l’Office des Nations Unies et des autres organisations internationales à Genève
person-experte-oim = Directrice générale, Organisation internationale pour les migrations
person-chercheur = Professeur de droit international, Université Mohammed V de Rabat
person-juriste = Juriste, Direction nationale des migrations, Chili
person-delegue-tunisie = Délégation de la République tunisienne (à confirmer)
-iris = Initiative IRIS pour le recrutement éthique
-bla = accords bilatéraux de main-d’œuvre
