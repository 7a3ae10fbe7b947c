event-series = Diálogo del Pacífico sobre la Movilidad Humana
event-title = Quedarse, partir, regresar: perspectivas del Pacífico sobre la movilidad climática
event-short-title = Diálogo del Pacífico 2026
event-intro = Este diálogo en línea, organizado por el Ministerio de Relaciones Exteriores y Comercio de Nueva Zelandia con la Red de las Naciones Unidas sobre la Migración, se celebra con arreglo a la regla de Chatham House. Las horas corresponden al horario de verano de Nueva Zelandia (Auckland); para los participantes en Ginebra la reunión comienza el lunes 16 de febrero a las 22:00.
section-context-heading = Contexto
section-context-body =
    Los países insulares del Pacífico se enfrentan al aumento del nivel del mar, los ciclones y la sequía. El { -pcrf } de 2023 establece principios para la reubicación planificada.
section-format-heading = Formato
section-format-body =
    El diálogo comienza con un breve vídeo y una conferencia magistral. Los debates en grupos, a partir de las 13:30, se celebran solo en inglés, sin interpretación.
agenda-video = Vídeo: «Voces de Funafuti» (15 minutos, en inglés)
agenda-keynote = Conferencia magistral: La movilidad climática en el Pacífico – derecho, cultura y tierra
agenda-panel = Panel – Respuestas regionales e interregionales: el Pacífico y el Golfo
agenda-breakouts = Debates en grupos (solo en inglés, sin interpretación)
agenda-film-subtitled = Fragmento de la película «Rising Tide» (subtitulada, sin interpretación)
org-nz-mfat = Ministerio de Relaciones Exteriores y Comercio de Nueva Zelandia
org-unnm = Red de las Naciones Unidas sobre la Migración
person-host-chair = Secretaria Adjunta, Ministerio de Relaciones Exteriores y Comercio, Nueva Zelandia (Presidencia)
person-keynote = Profesor de Estudios del Pacífico, Universidad del Pacífico Sur
person-moderator = Directora, Comunidad del Pacífico (CPS) (moderadora)
person-fiji = Ministerio de Desarrollo Rural y Marítimo, Fiji
person-gulf = Ministerio de Recursos Humanos y Emiratización, Emiratos Árabes Unidos
person-tuvalu = Oficina del Primer Ministro, Tuvalu
-pcrf = Marco Regional del Pacífico sobre la Movilidad Climática
