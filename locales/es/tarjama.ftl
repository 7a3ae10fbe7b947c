# Textos propios de tarjama, en español. Todas las lenguas de locales/ tienen los
# mismos identificadores; si falta uno, se usa el inglés y se emite una advertencia.

## Nota conceptual
concept-note = Nota conceptual
meeting-closed = Reunión privada
meeting-open = Reunión pública
# Línea de fecha bajo el título: "miércoles 24 de mayo de 2023, 14:30–17:30 (CEST)".
date-time-line = { $date }, { $start }–{ $end } ({ $zone })
co-hosted-by = Coorganizado por { $hosts }
draft-agenda = Proyecto de programa
agenda-time = Hora
agenda-item = Tema
moderator = Moderación:
scene-setter = Presentación introductoria:
panel = Panelistas:
speakers = Oradores:
agenda-opening-default = Observaciones iniciales
agenda-qa-default = Preguntas y respuestas
agenda-break = Pausa
agenda-closing-default = Observaciones finales
interpretation-heading = Interpretación
interpretation-body = Se proporcionará interpretación simultánea en { $languages }.
interpretation-none = No se proporcionará interpretación.
# Una persona en el programa: el nombre y, a continuación, su cargo y afiliación.
person-line = { $name }, { $description }
page-footer = Página { $page } de { $pages }

## Formatos de reunión
format-online = Reunión en línea
format-in-person = Reunión presencial
format-hybrid = Reunión híbrida
# The concept note's format line: "Hybrid meeting (Webex)".
format-with-platform = { $format } ({ $platform })
chatham-house-rule = La reunión se rige por la regla de Chatham House.
revision-line = Revisión { $n }

## Nombres de idiomas, tal como aparecen en el texto corrido
language-ar = árabe
language-en = inglés
language-fr = francés
language-es = español
language-ru = ruso
language-zh = chino

## Programas de las cabinas (uno por cabina de interpretación, en su idioma)
booth-schedule-title = Programa de intérpretes: { $booth }
full-title = { $series }: { $title }
booth-ar = cabina árabe
booth-zh = cabina china
booth-en = cabina inglesa
booth-fr = cabina francesa
booth-ru = cabina rusa
booth-es = cabina española
schedule-date = Fecha:
schedule-time = Hora:
schedule-format = Formato:
remote-interpretation = interpretación simultánea a distancia
connection-test = Prueba de conexión y sonido:
arrival = Llegada a la cabina:
team-heading = Equipo
team-required = Equipo de { $count ->
        [one] { $count } intérprete
        [many] { $count } intérpretes
       *[other] { $count } intérpretes
    }: { $reason }.
# A team listed larger than the rules require ($count: per shift).
team-larger = Equipo de { $count } intérpretes, más de los { $required } que exigen las normas: { $reason }.
team-smaller = Se requiere un equipo de { $required } intérpretes: { $reason }. Intérpretes contratados: { $count }.
team-placeholder = por contratar
solo-length = Sin colega que tome el relevo: las normas limitan el trabajo en solitario ante el micrófono a { $minutes } minutos.
turn-length = Turnos de { $minutes } minutos como máximo.
rota-heading = Turnos
rota-time = Hora
rota-item = Tema del orden del día
rota-floor = Idioma del orador
rota-mic = Ante el micrófono
rota-relay = Relé
rota-continued = (continuación)
mode-own = { $language }: idioma de la cabina, micrófono cerrado
mode-retour = { $language }: retour hacia { $into }
mode-relay = { $language }: relé de { $booth }
mode-served = { $language }: micrófono cerrado; el retour de la { $booth } sale por este canal
relay-takes = Toma el relé de { $booth } ({ $language })
relay-gives = Da relé a { $booths } ({ $language })
timeline-heading = Todas las cabinas de un vistazo
findings-heading = Observaciones
findings-none = No se incumple ninguna regla: la composición del equipo, la duración de los turnos, el relé y los límites diarios se ajustan a las reglas.
finding-error = Regla incumplida:
finding-warning = Advertencia:
rule-source = Fuente: { $source }
requirement-team-size = al menos dos intérpretes por cabina (Normas profesionales de la AIIC, art. 6)
requirement-retour-relay-team = una cabina que trabaja en ambos sentidos y da relé necesita tres intérpretes (AIIC; práctica de las Naciones Unidas)
requirement-remote-reinforced = reunión a distancia de más de tres horas (Directrices de la AIIC sobre interpretación a distancia; práctica de las Naciones Unidas)
requirement-solo = reunión breve: un solo intérprete puede trabajar
requirement-idle-booth = la cabina nunca está ante el micrófono
# Team languages.
team-lang-a = A: { $languages }
team-lang-b = B: { $languages }
team-lang-c = C: { $languages }
list-separator = { "; " }

## Observaciones del planificador (las «Observaciones» del programa de una
## cabina). Variables: $booth, $from: códigos de cabina («AR»); $floor:
## nombre de un idioma; $item: título de un tema del orden del día; $has,
## $needs, $minutes, $max: números; $interpreter: un nombre; $what: el
## límite superado, tal como lo describe el planificador.
plan-team-too-small = la cabina { $booth } solo cuenta con { $has ->
        [one] { $has } intérprete
        [many] { $has } intérpretes
       *[other] { $has } intérpretes
    }, pero necesita { $needs }
plan-two-step-relay = cuando se habla en { $floor }, la cabina { $booth } toma el relé de la cabina { $from }, que a su vez trabaja con relé (doble relé)
plan-partial-language = solo algunos intérpretes de la cabina { $booth } comprenden el { $floor }; el plan prevé que la cabina tome el relé (el jefe de equipo puede disponer que esos intérpretes trabajen directamente con las intervenciones en { $floor })
plan-idle-booth = la cabina { $booth } nunca está ante el micrófono (ningún tema del orden del día tiene un idioma del orador que interprete); revise los idiomas de los oradores o suprima la cabina
plan-idle-booth-served = la cabina { $booth } nunca está ante el micrófono: el retour de la cabina { $from } sale por su canal, ya que ningún intérprete de la cabina { $booth } trabaja desde el idioma del orador; para que la cabina { $booth } trabaje, indique sus intérpretes en [[interpreters]] con el idioma del orador como C
plan-daily-limit-session = { $interpreter } trabajaría una sesión de { $minutes } minutos ({ $start }–{ $end }), por encima del límite de { $max } minutos
plan-daily-limit-sessions = { $interpreter } trabajaría { $count } sesiones en el día, por encima del límite de { $max }
plan-daily-limit-day = { $interpreter } trabajaría { $minutes } minutos en el día, por encima del límite de { $max } minutos
plan-solo-too-long = { $interpreter } trabajaría sin relevo ante el micrófono durante { $minutes } minutos (como máximo { $max } minutos)
# Where each planning rule comes from (shown after a finding).
rule-source-team-size = Normas profesionales de la AIIC, art. 6
rule-source-retour-relay-team = Normas profesionales de la AIIC, art. 6 (relé desde una cabina que trabaja en ambos sentidos); práctica de las Naciones Unidas
rule-source-remote-reinforced = Directrices de la AIIC sobre interpretación a distancia (2019); práctica de las Naciones Unidas para reuniones a distancia
rule-source-solo = Normas profesionales de la AIIC, art. 6 (un solo intérprete únicamente en reuniones breves)
rule-source-turn-length = práctica habitual en cabina (turnos de unos 30 minutos, 20 en una cabina de tres)
rule-source-daily-limit = condiciones de trabajo de las asociaciones afiliadas a la AIIC (dos sesiones de 4 horas como máximo, 7 horas al día)
rule-source-two-step-relay = Normas profesionales de la AIIC, art. 6 (evitar el relé sistemático)
rule-source-partial-language = composición del equipo: el plan supone que cualquier miembro puede estar ante el micrófono
rule-source-no-floor-language = descripción de la reunión
rule-source-idle-booth = descripción de la reunión

## Patrones que unen las piezas construidas (el orden puede cambiar)
document-title = { $title } – { $document }
running-header = { $title } – { $part }
time-with-zone = { $range } ({ $zone })
format-remote = { $format } ({ $remote })
fact-line = { $label } { $value }
schedule-venue = Lugar:
schedule-platform = Plataforma:
finding-line = { $severity } { $finding } ({ $source })
placeholder-interpreter = { $booth } { $n }
item-whole-meeting = Toda la reunión
plan-no-floor-language = el tema «{ $item }» del orden del día no indica ningún idioma del orador, por lo que no se prevé ninguna cabina ante el micrófono

## `tarjama plan` (el plan completo en un terminal)
plan-overview-title = Plan de interpretación
plan-booths = Cabinas: { $booths }.
plan-teams-per-booth = La jornada es demasiado larga para un solo equipo: { $teams } equipos por cabina se turnan por sesión.
plan-teams-short = La jornada es demasiado larga para un solo equipo: las normas piden { $teams } equipos por cabina que se turnen por sesión, { $needed } intérpretes en total; hay { $count } contratados.
team-shift-arrivals = { $remote ->
        [yes] Prueba de conexión y sonido de cada equipo: { $times }.
       *[no] Llegada de cada equipo a la cabina: { $times }.
    }

## Calendarios de los intérpretes
cal-connection-summary = Prueba de conexión y sonido – { $booth }: { $title }
cal-arrival-summary = Llegada a la cabina – { $booth }: { $title }
cal-turn-summary = Ante el micrófono – { $booth }: { $title }
cal-part = { $time } { $item }
cal-online = En línea
cal-alarm-test = Prueba de conexión y sonido dentro de { $minutes } minutos
cal-alarm-arrival = Llegada a la cabina dentro de { $minutes } minutos
cal-alarm-turn = Su turno ante el micrófono dentro de { $minutes } minutos
team-member = { $recruit ->
    [yes] { $name } (por contratar) – { $languages } – { $work }
   *[no] { $name } – { $languages } – { $work }
}

## Fechas y horas aún no conocidas
date-tbc = Fecha y hora por confirmar
date-tbc-short = por confirmar
date-line-time-tbc = { $date }, hora por confirmar
date-tbc-time-line = Fecha por confirmar, { $start }–{ $end } ({ $zone })
time-tbc = Por confirmar
# "CEST, UTC+2": codes, the same in every language; untranslated on purpose.
zone-with-offset = { $zone }, UTC{ $offset }
# "UTC+7": a code, the same in every language; untranslated on purpose.
zone-offset = UTC{ $offset }

## Tratamientos protocolarios (RAE, Diccionario panhispánico de dudas, lista de abreviaturas)
honorific = { $title ->
    [mr] Sr.
    [ms] Sra.
    [mrs] Sra.
    [dr] { $gender ->
        [female] Dra.
       *[other] Dr.
    }
   *[prof] { $gender ->
        [female] Profa.
       *[other] Prof.
    }
}
excellency = { $gender ->
    [female] Excma.
   *[other] Excmo.
} { $title }
excellency-alone = { $gender ->
    [female] Excma. Sra.
   *[other] Excmo. Sr.
}
person-name = { $title } { $name }
remarks-by = Intervenciones:
break-interpreted = Con interpretación
break-not-interpreted = Sin interpretación (micrófonos de las cabinas cerrados)
# The same in the concept note, for participants (no booth detail).
break-without-interpretation = Sin interpretación

## Programas de las cabinas: datos prácticos, equipo, programa
schedule-link = Enlace:
schedule-meeting-id = ID de la reunión:
schedule-revision = Revisión:
schedule-channel = Canal:
your-channel = interpretan en el canal { $channel }
schedule-chief-interpreter = Intérprete jefe de equipo:
schedule-technical-contact = Contacto técnico:
team-not-on-duty = sin servicio
# The team section of a booth nobody works in ($from: booth codes; $language: the booth's).
team-idle = Ningún intérprete trabaja en esta cabina: ningún punto del orden del día tiene un idioma del orador que ella interprete, y su canal transmite el sonido de sala.
team-idle-served = Ningún intérprete trabaja en esta cabina: su canal transmite el retour de la cabina { $from }, o el sonido de sala cuando el orador habla { $language }.
team-duty = de servicio { $duty }; { $turns ->
        [one] { $turns } turno
        [many] { $turns } turnos
       *[other] { $turns } turnos
    }, { $minutes } min ante el micrófono
booth-live-share = La cabina interpreta durante { $live } de los { $meeting } minutos de la reunión ({ $percent } %): sus turnos cubren cada tema en el que puede hablarse un idioma que interpreta.
rota-how-to-read = Cada tema del orden del día indica sus oradores y lo que hace la cabina cuando hablan. Un relevo dentro de un tema se hace en el primer cambio de orador después de la hora indicada.
rota-off-break = Pausa: micrófono cerrado
rota-off-no-floor = Micrófono cerrado: no se indica ningún idioma del orador
rota-off-own = Micrófono cerrado: el orador habla el idioma de la cabina
rota-off-served = Micrófono cerrado: el retour de otra cabina sale por este canal
handover-at-speaker = relevo en el primer cambio de orador después de las { $time }
handover-at-pause = relevo en una pausa natural hacia las { $time }
language-expected = { $what } (previsto, por confirmar)
speaker-language = { " – " }{ $what }
mode-direct = { $language }: directo
mode-retour-channel = { $language }: retour hacia el { $into }, en el canal { $into }
mode-relay-channel = { $language }: relé en el canal { $channel }
mode-relay-retour-channel = { $language }: relé en el canal { $channel } (retour de la { $booth })
mode-relay-retour = { $language }: relé de { $booth } (su retour hacia el { $into })
relay-takes-channel = Relé ({ $language }): canal { $channel }
timeline-break = Pausa
timeline-legend = Cada barra es un turno ante el micrófono; los colores distinguen a los intérpretes de una cabina. La fila de la cabina { $booth } está resaltada; las bandas sombreadas son pausas.
timeline-legend-all = Cada barra es un turno ante el micrófono; los colores distinguen a los intérpretes de una cabina; las bandas sombreadas son pausas.
names-heading = Nombres y términos
names-intro = Las personas, los organizadores y los términos de la reunión en cada idioma de interpretación.
# Under names-intro when a booth language has no .ftl file of the meeting's.
names-left-out = Los idiomas en los que no se ha facilitado el texto de la reunión no tienen columna: { $languages }.
# Under names-intro when such a language keeps its column for the names the event file writes in it.
names-fallback = No se ha facilitado el texto de la reunión en { $languages }: en esa columna solo los nombres están en ese idioma; el resto, en { $fallback }.
plan-high-live-share = la cabina { $booth }, un equipo de dos, está ante el micrófono { $live } de los { $meeting } minutos de esta reunión a distancia, más del { $max } %: un coordinador pediría un tercer intérprete
rule-source-remote-live-share = Directrices de la AIIC para la interpretación a distancia (2019) sobre el esfuerzo del trabajo a distancia; umbral de tarjama

## Revisión bilingüe (tarjama proof): $lang es el idioma revisado, $against
## aquel con el que se compara (nombres de idiomas como en el texto corrido).
proof-title = Revisión bilingüe: { $lang } frente al { $against }
proof-intro = Cada fila reúne un mensaje en los dos idiomas, en el orden del documento en { $against }. Las filas sombreadas faltan en { $lang } (se muestra el texto en { $against }); las notas bajo el identificador de un mensaje son observaciones de tarjama check.
proof-message = Mensaje
proof-missing = falta en { $lang }: el documento muestra el texto en { $fallback }
proof-summary = Filas: { $rows } · faltan: { $missing } · observaciones: { $findings }
proof-finding-error = Error:
proof-finding-warning = advertencia:
