event-series = Dialogue du Pacifique sur la mobilité humaine
event-title = Rester, partir, revenir : regards du Pacifique sur la mobilité climatique
event-short-title = Dialogue du Pacifique 2026
event-intro = Ce dialogue en ligne, organisé par le Ministère des affaires étrangères et du commerce de la Nouvelle-Zélande avec le Réseau des Nations Unies sur les migrations, se tient selon la règle de Chatham House. Les heures sont celles de l’heure avancée de la Nouvelle-Zélande (Auckland) ; pour les participants à Genève, la réunion commence le lundi 16 février à 22:00.
section-context-heading = Contexte
section-context-body =
    Les pays insulaires du Pacifique font face à la montée des eaux, aux cyclones et à la sécheresse. Le { -pcrf } de 2023 fixe des principes pour la réinstallation planifiée.
section-format-heading = Déroulement
section-format-body =
    Le dialogue s’ouvre sur une courte vidéo et une conférence inaugurale. Les discussions en petits groupes, à partir de 13:30, se tiennent en anglais seulement, sans interprétation.
agenda-video = Vidéo : « Voix de Funafuti » (15 minutes, en anglais)
agenda-keynote = Conférence inaugurale : la mobilité climatique dans le Pacifique – droit, culture et terre
agenda-panel = Table ronde – Réponses régionales et interrégionales : le Pacifique et le Golfe
agenda-breakouts = Discussions en petits groupes (en anglais seulement, sans interprétation)
agenda-film-subtitled = Extrait du film « Rising Tide » (sous-titré, sans interprétation)
org-nz-mfat = Ministère des affaires étrangères et du commerce de la Nouvelle-Zélande
org-unnm = Réseau des Nations Unies sur les migrations
person-host-chair = Secrétaire adjointe, Ministère des affaires étrangères et du commerce, Nouvelle-Zélande (présidence)
person-keynote = Professeur d’études du Pacifique, Université du Pacifique Sud
person-moderator = Directrice, Communauté du Pacifique (CPS) (modératrice)
person-fiji = Ministère du développement rural et maritime, Fidji
person-gulf = Ministère des ressources humaines et de l’émiratisation, Émirats arabes unis
person-tuvalu = Cabinet du Premier Ministre, Tuvalu
-pcrf = Cadre régional du Pacifique sur la mobilité climatique
