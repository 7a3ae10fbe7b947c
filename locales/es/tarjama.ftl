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
honorific-mr = Sr.
honorific-ms = Sra.
# Una persona en el programa: el nombre y, a continuación, su cargo y afiliación.
person-line = { $name }, { $description }
page-footer = Página { $page } de { $pages }

## Formatos de reunión
format-online = Reunión en línea
format-in-person = Reunión presencial
format-hybrid = Reunión híbrida
platform = Plataforma: { $platform }
chatham-house-rule = La reunión se rige por la regla de Chatham House.

## Nombres de idiomas, tal como aparecen en el texto corrido
language-ar = árabe
language-en = inglés
language-fr = francés
language-es = español
language-ru = ruso
language-zh = chino
