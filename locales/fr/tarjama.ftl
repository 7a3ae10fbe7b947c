# Libellés propres à tarjama, en français. Chaque langue de locales/ a les mêmes
# identifiants ; un identifiant manquant est remplacé par l'anglais, avec un avertissement.

## Note de cadrage
concept-note = Note de cadrage
meeting-closed = Réunion privée
meeting-open = Réunion publique
# Ligne de date sous le titre : « mercredi 24 mai 2023, 14:30–17:30 (CEST) ».
date-time-line = { $date }, { $start }–{ $end } ({ $zone })
co-hosted-by = Coorganisé par { $hosts }
draft-agenda = Projet d'ordre du jour
agenda-time = Heure
agenda-item = Point
moderator = Modération :
scene-setter = Mise en contexte :
panel = Panélistes :
speakers = Intervenants :
agenda-opening-default = Observations liminaires
agenda-qa-default = Questions et réponses
agenda-break = Pause
agenda-closing-default = Observations finales
interpretation-heading = Interprétation
interpretation-body = L'interprétation simultanée sera assurée en { $languages }.
interpretation-none = Aucun service d'interprétation ne sera assuré.
honorific-mr = M.
honorific-ms = Mme
# Une personne dans l'ordre du jour : le nom, puis son titre et son affiliation.
person-line = { $name }, { $description }
page-footer = Page { $page } sur { $pages }

## Formats de réunion
format-online = Réunion en ligne
format-in-person = Réunion en présentiel
format-hybrid = Réunion hybride
platform = Plateforme : { $platform }
chatham-house-rule = La réunion se tient selon la règle de Chatham House.

## Noms de langues, tels qu'ils apparaissent dans le texte courant
language-ar = arabe
language-en = anglais
language-fr = français
language-es = espagnol
language-ru = russe
language-zh = chinois
