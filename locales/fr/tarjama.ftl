# Libellés propres à tarjama, en français. Chaque langue de locales/ a les mêmes
# identifiants ; un identifiant manquant est remplacé par l’anglais, avec un avertissement.

## Note de cadrage
concept-note = Note de cadrage
meeting-closed = Réunion privée
meeting-open = Réunion publique
# Ligne de date sous le titre : « mercredi 24 mai 2023, 14:30–17:30 (CEST) ».
date-time-line = { $date }, { $start }–{ $end } ({ $zone })
co-hosted-by = Coorganisé par { $hosts }
draft-agenda = Projet d’ordre du jour
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
interpretation-body = L’interprétation simultanée sera assurée en { $languages }.
interpretation-none = Aucun service d’interprétation ne sera assuré.
# Une personne dans l’ordre du jour : le nom, puis son titre et son affiliation.
person-line = { $name }, { $description }
page-footer = Page { $page } sur { $pages }

## Formats de réunion
format-online = Réunion en ligne
format-in-person = Réunion en présentiel
format-hybrid = Réunion hybride
# The concept note's format line: "Hybrid meeting (Webex)".
format-with-platform = { $format } ({ $platform })
chatham-house-rule = La réunion se tient selon la règle de Chatham House.
revision-line = Révision { $n }

## Noms de langues, tels qu’ils apparaissent dans le texte courant
language-ar = arabe
language-en = anglais
language-fr = français
language-es = espagnol
language-ru = russe
language-zh = chinois

## Programmes des cabines (un par cabine d’interprétation, dans sa langue)
booth-schedule-title = Programme des interprètes : { $booth }
full-title = { $series } : { $title }
booth-ar = cabine arabe
booth-zh = cabine chinoise
booth-en = cabine anglaise
booth-fr = cabine française
booth-ru = cabine russe
booth-es = cabine espagnole
schedule-date = Date :
schedule-time = Heure :
schedule-format = Format :
remote-interpretation = interprétation simultanée à distance
connection-test = Test de connexion et de son :
arrival = Arrivée en cabine :
team-heading = Équipe
team-required = Équipe de { $count ->
        [one] { $count } interprète
        [many] { $count } interprètes
       *[other] { $count } interprètes
    } : { $reason }.
# A team listed larger than the rules require ($count: per shift).
team-larger = Équipe de { $count } interprètes, plus que les { $required } que demandent les règles : { $reason }.
team-smaller = Équipe de { $required } interprètes requise : { $reason }. Interprètes engagés : { $count }.
team-placeholder = à recruter
solo-length = Sans collègue pour prendre le relais : les règles limitent le travail seul au micro à { $minutes } minutes.
turn-length = Tours de { $minutes } minutes au plus.
rota-heading = Tours
rota-time = Heure
rota-item = Point de l’ordre du jour
rota-floor = Langue de l’orateur
rota-mic = Au micro
rota-relay = Relais
rota-continued = (suite)
mode-own = { $language } : langue de la cabine, micro fermé
mode-retour = { $language } : retour en { $into }
mode-relay = { $language } : relais sur { $booth }
mode-served = { $language } : micro fermé ; le retour de la { $booth } passe sur ce canal
relay-takes = Relais pris sur { $booth } ({ $language })
relay-gives = Donne le relais à { $booths } ({ $language })
timeline-heading = Vue d’ensemble des cabines
findings-heading = Points d’attention
findings-none = Aucune règle n’est enfreinte : composition des équipes, durée des tours, relais et limites journalières sont conformes aux règles de planification.
finding-error = Règle enfreinte :
finding-warning = Avertissement :
rule-source = Source : { $source }
requirement-team-size = au moins deux interprètes par cabine (Normes professionnelles de l’AIIC, art. 6)
requirement-retour-relay-team = une cabine qui travaille dans les deux sens et donne le relais compte trois interprètes (AIIC ; pratique de l’ONU)
requirement-remote-reinforced = réunion à distance de plus de trois heures (Lignes directrices de l’AIIC pour l’interprétation à distance ; pratique de l’ONU)
requirement-solo = réunion courte : un seul interprète peut travailler
requirement-idle-booth = la cabine n’est jamais au micro
# Team languages.
team-lang-a = A : { $languages }
team-lang-b = B : { $languages }
team-lang-c = C : { $languages }
list-separator = { " ; " }

## Constats du planificateur (les « Points d’attention » d’un programme de
## cabine). Variables : $booth, $from : codes de cabine (« AR ») ; $floor :
## nom d’une langue ; $item : numéro d’un point de l’ordre du jour ; $has,
## $needs, $minutes, $max : nombres ; $interpreter : un nom ; $what : la
## limite dépassée, telle que le planificateur la décrit.
plan-team-too-small = la cabine { $booth } ne compte que { $has ->
        [one] { $has } interprète
        [many] { $has } interprètes
       *[other] { $has } interprètes
    } alors qu’il en faut { $needs }
plan-two-step-relay = lorsque l’orateur s’exprime en { $floor }, la cabine { $booth } prend le relais sur la cabine { $from }, elle-même sur relais (double relais)
plan-partial-language = seuls certains interprètes de la cabine { $booth } comprennent les interventions en { $floor } ; le plan prévoit donc le relais pour cette cabine (l’interprète chef d’équipe peut organiser la prise en direct des interventions en { $floor } par ces interprètes)
plan-idle-booth = la cabine { $booth } n’est jamais au micro (aucun point de l’ordre du jour ne prévoit d’orateur dans une langue qu’elle interprète) ; vérifiez les langues des orateurs ou supprimez la cabine
plan-idle-booth-served = la cabine { $booth } n’est jamais au micro : le retour de la cabine { $from } passe sur son canal, aucun interprète de la cabine { $booth } ne travaillant à partir de la langue de l’orateur ; pour faire travailler la cabine { $booth }, indiquez ses interprètes dans [[interpreters]] avec la langue de l’orateur en C
plan-daily-limit-session = { $interpreter } travaillerait une vacation de { $minutes } minutes ({ $start }–{ $end }), au-delà de la limite de { $max } minutes
plan-daily-limit-sessions = { $interpreter } travaillerait { $count } vacations dans la journée, au-delà de la limite de { $max }
plan-daily-limit-day = { $interpreter } travaillerait { $minutes } minutes dans la journée, au-delà de la limite de { $max } minutes
plan-solo-too-long = { $interpreter } resterait au micro sans relève pendant { $minutes } minutes (au plus { $max } minutes)
# Where each planning rule comes from (shown after a finding).
rule-source-team-size = Normes professionnelles de l’AIIC, art. 6
rule-source-retour-relay-team = Normes professionnelles de l’AIIC, art. 6 (relais assuré par une cabine travaillant dans les deux sens) ; pratique de l’ONU
rule-source-remote-reinforced = Lignes directrices de l’AIIC pour l’interprétation à distance (2019) ; pratique de l’ONU pour les réunions à distance
rule-source-solo = Normes professionnelles de l’AIIC, art. 6 (un seul interprète uniquement pour les réunions courtes)
rule-source-turn-length = pratique courante en cabine (tours d’environ 30 minutes, 20 dans une cabine de trois)
rule-source-daily-limit = conditions de travail des associations affiliées à l’AIIC (deux vacations de 4 heures au plus, 7 heures par jour)
rule-source-two-step-relay = Normes professionnelles de l’AIIC, art. 6 (éviter le relais systématique)
rule-source-partial-language = composition de l’équipe : le plan suppose que chaque membre peut être au micro
rule-source-no-floor-language = description de la réunion
rule-source-idle-booth = description de la réunion

## Modèles qui assemblent les éléments construits (l’ordre peut changer)
document-title = { $title } – { $document }
running-header = { $title } – { $part }
time-with-zone = { $range } ({ $zone })
format-remote = { $format } ({ $remote })
fact-line = { $label } { $value }
schedule-venue = Lieu :
schedule-platform = Plateforme :
finding-line = { $severity } { $finding } ({ $source })
placeholder-interpreter = { $booth } { $n }
item-whole-meeting = Toute la réunion
plan-no-floor-language = le point « { $item } » de l’ordre du jour n’indique aucune langue de l’orateur ; aucune cabine n’est donc prévue au micro

## `tarjama plan` (le plan complet dans un terminal)
plan-overview-title = Plan d’interprétation
plan-booths = Cabines : { $booths }.
plan-teams-per-booth = La journée est trop longue pour une seule équipe : { $teams } équipes par cabine se relaient par vacation.
plan-teams-short = La journée est trop longue pour une seule équipe : les règles demandent { $teams } équipes par cabine qui se relaient par vacation, soit { $needed } interprètes ; { $count } sont engagés.
team-shift-arrivals = { $remote ->
        [yes] Test de connexion et de son de chaque équipe : { $times }.
       *[no] Arrivée de chaque équipe en cabine : { $times }.
    }

## Calendriers des interprètes
cal-connection-summary = Test de connexion et de son – { $booth } : { $title }
cal-arrival-summary = Arrivée en cabine – { $booth } : { $title }
cal-turn-summary = Au micro – { $booth } : { $title }
cal-part = { $time } { $item }
cal-online = En ligne
cal-alarm-test = Test de connexion et de son dans { $minutes } minutes
cal-alarm-arrival = Arrivée en cabine dans { $minutes } minutes
cal-alarm-turn = Votre tour au micro dans { $minutes } minutes
team-member = { $recruit ->
    [yes] { $name } (à recruter) – { $languages } – { $work }
   *[no] { $name } – { $languages } – { $work }
}

## Dates et heures pas encore connues
date-tbc = Date et heure à confirmer
date-tbc-short = à confirmer
date-line-time-tbc = { $date }, heure à confirmer
date-tbc-time-line = Date à confirmer, { $start }–{ $end } ({ $zone })
time-tbc = À confirmer
# "CEST, UTC+2": codes, the same in every language; untranslated on purpose.
zone-with-offset = { $zone }, UTC{ $offset }
# "UTC+7": a code, the same in every language; untranslated on purpose.
zone-offset = UTC{ $offset }

## Titres protocolaires (M., Mme, Dr, Pr, S. E.)
honorific = { $title ->
    [mr] M.
    [ms] Mme
    [mrs] Mme
    [dr] { $gender ->
       *[other] Dr
    }
   *[prof] { $gender ->
       *[other] Pr
    }
}
excellency = { $gender ->
   *[other] S. E.
} { $title }
excellency-alone = { $gender ->
   *[other] S. E.
}
person-name = { $title } { $name }
remarks-by = Allocutions :
break-interpreted = Avec interprétation
break-not-interpreted = Sans interprétation (micros des cabines fermés)
# The same in the concept note, for participants (no booth detail).
break-without-interpretation = Sans interprétation

## Programmes des cabines : informations pratiques, équipe, programme
schedule-link = Lien :
schedule-meeting-id = ID de la réunion :
schedule-revision = Révision :
schedule-channel = Canal :
your-channel = vous interprétez sur le canal { $channel }
schedule-chief-interpreter = Interprète chef d’équipe :
schedule-technical-contact = Contact technique :
team-not-on-duty = pas en service
# The team section of a booth nobody works in ($from: booth codes; $language: the booth's).
team-idle = Aucun interprète ne travaille dans cette cabine : aucun point de l’ordre du jour n’a une langue de l’orateur qu’elle interprète, et son canal transmet le son de la salle.
team-idle-served = Aucun interprète ne travaille dans cette cabine : son canal transmet le retour de la cabine { $from }, ou le son de la salle quand l’orateur parle { $language }.
team-duty = en service { $duty } ; { $turns ->
        [one] { $turns } tour
        [many] { $turns } tours
       *[other] { $turns } tours
    }, { $minutes } min au micro
booth-live-share = La cabine interprète pendant { $live } des { $meeting } minutes de la réunion ({ $percent } %) : ses tours couvrent chaque point où une langue qu’elle interprète peut être parlée.
rota-how-to-read = Chaque point de l’ordre du jour indique ses orateurs et ce que fait la cabine lorsqu’ils parlent. Une relève au cours d’un point a lieu au premier changement d’orateur après l’heure indiquée.
rota-off-break = Pause : micro fermé
rota-off-no-floor = Micro fermé : aucune langue de l’orateur n’est indiquée
rota-off-own = Micro fermé : l’orateur parle la langue de la cabine
rota-off-served = Micro fermé : le retour d’une autre cabine passe sur ce canal
handover-at-speaker = relève au premier changement d’orateur après { $time }
handover-at-pause = relève à une pause naturelle vers { $time }
language-expected = { $what } (prévu, à confirmer)
speaker-language = { " – " }{ $what }
mode-direct = { $language } : en direct
mode-retour-channel = { $language } : retour en { $into }, sur le canal { $into }
mode-relay-channel = { $language } : relais sur le canal { $channel }
mode-relay-retour-channel = { $language } : relais sur le canal { $channel } (retour de la { $booth })
mode-relay-retour = { $language } : relais sur { $booth } (son retour en { $into })
relay-takes-channel = Relais ({ $language }) : canal { $channel }
timeline-break = Pause
timeline-legend = Chaque barre est un tour au micro ; les couleurs distinguent les interprètes d’une cabine. La ligne de la cabine { $booth } est surlignée ; les bandes grisées sont des pauses.
timeline-legend-all = Chaque barre est un tour au micro ; les couleurs distinguent les interprètes d’une cabine ; les bandes grisées sont des pauses.
names-heading = Noms et termes
names-intro = Les personnes, les organisateurs et les termes de la réunion dans chaque langue d’interprétation.
# Under names-intro when a booth language has no .ftl file of the meeting's.
names-left-out = Les langues dans lesquelles le texte de la réunion n’a pas été fourni n’ont pas de colonne : { $languages }.
# Under names-intro when such a language keeps its column for the names the event file writes in it.
names-fallback = Le texte de la réunion n’a pas été fourni en { $languages } : dans cette colonne, seuls les noms sont dans cette langue, le reste est en { $fallback }.
plan-high-live-share = la cabine { $booth }, une équipe de deux, est au micro { $live } des { $meeting } minutes de cette réunion à distance, soit plus de { $max } % : un coordinateur demanderait un troisième interprète
rule-source-remote-live-share = Lignes directrices de l’AIIC pour l’interprétation à distance (2019) sur la fatigue du travail à distance ; seuil de tarjama

## Relecture bilingue (tarjama proof) : $lang est la langue relue, $against
## celle à laquelle on la compare (noms de langues comme dans le texte courant).
proof-title = Relecture bilingue : { $lang } et { $against }
proof-intro = Chaque ligne réunit un message dans les deux langues, dans l’ordre du document en { $against }. Les lignes grisées manquent en { $lang } (le texte en { $against } est repris) ; les notes sous l’identifiant d’un message sont les constats de tarjama check.
proof-message = Identifiant du message
proof-missing = manque en { $lang } : le document reprend le texte en { $fallback }
proof-summary = Lignes : { $rows } · manquants : { $missing } · constats : { $findings }
proof-finding-error = erreur :
proof-finding-warning = avertissement :
