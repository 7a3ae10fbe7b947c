event-series = Forum mondial sur la migration et le développement (FMMD) – Journée thématique
event-title = Voies régulières, mobilité de la main-d'œuvre et partenariats de compétences : des engagements à la mise en œuvre dans les régions
event-short-title = Journée thématique du FMMD 2024
event-intro = Cette réunion thématique d'une journée réunit des États Membres, des entités des Nations Unies, la société civile, le secteur privé et les autorités locales afin d'examiner les progrès accomplis.
event-venue = Palais des Nations, salle XVII, Genève, Suisse
section-rationale-heading = Justification
section-rationale-body =
    Paragraphe 1 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 1 et le sigle OIT.

    Paragraphe 2 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 2 et le sigle OIT.

    Paragraphe 3 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 3 et le sigle OIT.

    Paragraphe 4 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 4 et le sigle OIT.

    Paragraphe 5 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 5 et le sigle OIT.

    Paragraphe 6 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 6 et le sigle OIT.

    Paragraphe 7 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 7 et le sigle OIT.

    Paragraphe 8 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 8 et le sigle OIT.

    Paragraphe 9 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 9 et le sigle OIT.

    Paragraphe 10 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 10 et le sigle OIT.

    Paragraphe 11 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 11 et le sigle OIT.

    Paragraphe 12 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 12 et le sigle OIT.

    Paragraphe 13 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 13 et le sigle OIT.

    Paragraphe 14 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 14 et le sigle OIT.

    Paragraphe 15 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 15 et le sigle OIT.

    Paragraphe 16 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 16 et le sigle OIT.

    Paragraphe 17 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 17 et le sigle OIT.

    Paragraphe 18 de la justification. Les programmes de mobilité de la main-d'œuvre se sont multipliés depuis 2018, mais leur évaluation reste rare et inégale selon les régions, et la participation des travailleurs eux-mêmes à leur conception demeure limitée ; ce paragraphe teste une longue prose sur plusieurs pages avec le nombre 18 et le sigle OIT.

section-participation-heading = Participation
section-participation-body =
    Cette réunion thématique d'une journée réunit des États Membres, des entités des Nations Unies, la société civile, le secteur privé et les autorités locales afin d'examiner les progrès accomplis.

agenda-panel-1 = Table ronde 1 – Partenariats de compétences : enseignements des projets pilotes en Afrique du Nord et de l'Ouest et en Amérique latine
agenda-panel-2 = Table ronde 2 – Voies régulières pour les communautés touchées par les changements climatiques
agenda-panel-3 = Table ronde 3 – Recrutement éthique, salaires équitables et portabilité des droits à la sécurité sociale
agenda-panel-4 = Table ronde 4 – Les autorités locales et l'intégration des travailleurs migrants
agenda-panel-5 = Table ronde 5 – Données, indicateurs et perspectives jusqu'au FIEM de 2026
agenda-lunch = Pause déjeuner (12 h 45–14 h)
org-gfmd = Forum mondial sur la migration et le développement
org-gfmd-logo = Forum mondial sur la migration et le développement
org-mission-morocco = Mission permanente du Royaume du Maroc auprès de l'Office des Nations Unies et des autres organisations internationales à Genève
org-mission-ecuador = Mission permanente de la République de l'Équateur auprès de l'Office des Nations Unies et des autres organisations internationales à Genève
person-amina-diallo = Conseillère principale pour la mobilité de la main-d'œuvre, les partenariats de compétences et les voies régulières, Direction générale de la coopération internationale et du développement, Ministère des affaires étrangères, de la coopération internationale et de la diaspora 0
person-jean-pierre-lefevre = Intervenant 1, Forum mondial sur la migration et le développement
person-maria-jose-gutierrez = Intervenant 2, Forum mondial sur la migration et le développement
person-carlos-ramirez = Conseillère principale pour la mobilité de la main-d'œuvre, les partenariats de compétences et les voies régulières, Direction générale de la coopération internationale et du développement, Ministère des affaires étrangères, de la coopération internationale et de la diaspora 3
person-john-smith = Intervenant 4, Forum mondial sur la migration et le développement
person-fatima-zahra = Intervenant 5, Forum mondial sur la migration et le développement
person-khaled-yousef = Conseillère principale pour la mobilité de la main-d'œuvre, les partenariats de compétences et les voies régulières, Direction générale de la coopération internationale et du développement, Ministère des affaires étrangères, de la coopération internationale et de la diaspora 6
person-priya-raman = Intervenant 7, Forum mondial sur la migration et le développement
person-olga-petrova = Intervenant 8, Forum mondial sur la migration et le développement
person-luis-fernando = Conseillère principale pour la mobilité de la main-d'œuvre, les partenariats de compétences et les voies régulières, Direction générale de la coopération internationale et du développement, Ministère des affaires étrangères, de la coopération internationale et de la diaspora 9
person-sophie-martin = Intervenant 10, Forum mondial sur la migration et le développement
person-ahmed-benali = Intervenant 11, Forum mondial sur la migration et le développement
person-grace-otieno = Conseillère principale pour la mobilité de la main-d'œuvre, les partenariats de compétences et les voies régulières, Direction générale de la coopération internationale et du développement, Ministère des affaires étrangères, de la coopération internationale et de la diaspora 12
person-pablo-neruda-diaz = Intervenant 13, Forum mondial sur la migration et le développement
person-mei-lin = Intervenant 14, Forum mondial sur la migration et le développement
person-youssef-amrani = Conseillère principale pour la mobilité de la main-d'œuvre, les partenariats de compétences et les voies régulières, Direction générale de la coopération internationale et du développement, Ministère des affaires étrangères, de la coopération internationale et de la diaspora 15
person-isabelle-dupont = Intervenant 16, Forum mondial sur la migration et le développement
person-ana-lucia = Intervenant 17, Forum mondial sur la migration et le développement
person-david-okafor = Conseillère principale pour la mobilité de la main-d'œuvre, les partenariats de compétences et les voies régulières, Direction générale de la coopération internationale et du développement, Ministère des affaires étrangères, de la coopération internationale et de la diaspora 18
person-leila-haddad = Intervenant 19, Forum mondial sur la migration et le développement
person-rafael-torres = Intervenant 20, Forum mondial sur la migration et le développement
person-claire-bernard = Conseillère principale pour la mobilité de la main-d'œuvre, les partenariats de compétences et les voies régulières, Direction générale de la coopération internationale et du développement, Ministère des affaires étrangères, de la coopération internationale et de la diaspora 21
person-moderator-1 = Intervenant 22, Forum mondial sur la migration et le développement
person-moderator-2 = Intervenant 23, Forum mondial sur la migration et le développement
person-chair = Conseillère principale pour la mobilité de la main-d'œuvre, les partenariats de compétences et les voies régulières, Direction générale de la coopération internationale et du développement, Ministère des affaires étrangères, de la coopération internationale et de la diaspora 24
