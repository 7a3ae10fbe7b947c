event-series = Red de las Naciones Unidas sobre la Migración – Consulta regional
event-title = Movilidad climática y vías de migración regular: de los compromisos a la acción
event-short-title = Consulta de Nueva York sobre movilidad climática, 8 de marzo de 2026
event-intro = Esta consulta híbrida, coorganizada por las Misiones Permanentes del Ecuador y de Egipto, reúne a Estados Miembros y personas expertas para intercambiar sobre las vías de migración regular para las personas que se desplazan en el contexto de desastres y del cambio climático. Tenga en cuenta que en Nueva York los relojes se adelantan una hora a las 02:00 del día de la reunión: todas las horas corresponden al horario de verano del Este.
event-venue = Sede de las Naciones Unidas, Sala de Conferencias 11, Nueva York
section-background-heading = Antecedentes
section-background-body =
    Los objetivos 2 y 5 del { -gcm } instan a los Estados a aumentar la disponibilidad y flexibilidad de las vías de migración regular, incluso para las personas afectadas por desastres repentinos o de evolución lenta.

    - Examen de las prácticas desde la Declaración sobre los Progresos de 2022
    - Intercambio entre regiones sobre visados humanitarios y programas de movilidad laboral
    - Documentos de referencia: https://migrationnetwork.un.org/climate-mobility-2026
section-objectives-heading = Objetivos
section-objectives-body =
    La consulta tiene por objeto:

    - determinar **prácticas prometedoras** en materia de admisión y estancia por razones humanitarias;
    - examinar el papel de las organizaciones regionales;
    - preparar recomendaciones para el [Foro de Examen de la Migración Internacional](https://www.un.org/es/migration2022) de 2026.
agenda-opening = Palabras de apertura de la Presidencia y de los coorganizadores
agenda-panel-1 = Panel I – Vías regulares para las personas desplazadas por desastres: experiencias de América Latina, Oriente Medio, Asia Central y África Occidental
agenda-panel-2 = Panel II – Cooperación regional y la voz de la juventud
org-unnm = Red de las Naciones Unidas sobre la Migración
org-mission-ecuador = Misión Permanente del Ecuador ante las Naciones Unidas
org-mission-egypt = Misión Permanente de Egipto ante las Naciones Unidas
person-chair = Directora General de la Organización Internacional para las Migraciones (Presidencia)
person-ecuador-amb = Representante Permanente del Ecuador ante las Naciones Unidas
person-egypt-amb = Representante Permanente de Egipto ante las Naciones Unidas
person-moderator-1 = Asesora principal de políticas, Red de las Naciones Unidas sobre la Migración (moderadora)
person-colombia-expert = Directora de Política Migratoria, Migración Colombia
person-jordan-expert = Ministerio de Trabajo, Jordania
person-kazakhstan-expert = Ministerio de Trabajo y Protección Social, Kazajstán
person-senegal-expert = Dirección de Senegaleses en el Exterior, Senegal
person-moderator-2 = Jefe de Sección, ACNUR (moderador)
person-mexico-expert = Comisión Mexicana de Ayuda a Refugiados (COMAR)
person-morocco-expert = Profesora de Derecho, Universidad Mohammed V, Rabat
person-youth = Joven activista por el clima, Plataforma de Jóvenes y Niños Migrantes
-gcm = Pacto Mundial para una Migración Segura, Ordenada y Regular
-pdd = Plataforma sobre el Desplazamiento por Desastres
