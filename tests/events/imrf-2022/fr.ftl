event-series = Échange mondial en ligne d’apprentissage entre pairs
event-title = Vers le Forum d’examen des migrations internationales
event-short-title = Échange entre pairs : vers le Forum d’examen
event-intro = Cet échange, coorganisé par le Réseau des Nations Unies sur les migrations et les Missions permanentes de la Colombie, du Mexique, du Portugal et de la Thaïlande, réunit des gouvernements qui préparent le Forum d’examen des migrations internationales.

section-background-heading = Contexte
section-background-body =
    Le premier Forum d’examen des migrations internationales se tiendra en mai 2022. Voir la [page du Réseau consacrée au Forum](https://migrationnetwork.un.org/imrf) et https://www.un.org/en/migration2022 pour les préparatifs.

    [Trois échanges précédents](https://migrationnetwork.un.org/) ont eu lieu en 2020 et 2021.
    **Les gouvernements** partageront les enseignements tirés.

session-1 = Séance I – Préparer les examens nationaux du Pacte mondial
session-2 = Séance II – Prochaines étapes vers le Forum
break-videos = Courtes vidéos des régions

org-network = Réseau des Nations Unies sur les migrations
org-colombia = Mission permanente de la Colombie auprès de l’Office des Nations Unies à Genève
org-mexico = Mission permanente du Mexique auprès de l’Office des Nations Unies à Genève
org-portugal = Mission permanente du Portugal auprès de l’Office des Nations Unies à Genève
org-thailand = Mission permanente de la Thaïlande auprès de l’Office des Nations Unies à Genève

person-first-lady = Première dame de Colombie
person-network-head = Chef du secrétariat, Réseau des Nations Unies sur les migrations
person-moderator-1 = Conseillère en politiques migratoires, Réseau des Nations Unies sur les migrations
person-scene-setter = Professeur d’études migratoires, Université de Lisbonne
person-panel-mexico = Directrice des politiques migratoires, Ministère de l’intérieur, Mexique
person-panel-thailand = Directeur, Ministère des affaires étrangères, Thaïlande
person-panel-france = Conseillère, Ministère de l’intérieur, France
person-deputy-rep = Représentant permanent adjoint du Portugal

-imrf = Forum d’examen des migrations internationales
-gcm = Pacte mondial pour des migrations sûres, ordonnées et régulières
