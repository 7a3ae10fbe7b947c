event-series = Intercambio mundial en línea de aprendizaje entre pares
event-title = Hacia el Foro de Examen de la Migración Internacional
event-short-title = Intercambio entre pares: hacia el Foro de Examen
event-intro = Este intercambio, organizado conjuntamente por la Red de las Naciones Unidas sobre la Migración y las Misiones Permanentes de Colombia, México, Portugal y Tailandia, reúne a gobiernos que preparan el Foro de Examen de la Migración Internacional.

section-background-heading = Antecedentes
section-background-body =
    El primer Foro de Examen de la Migración Internacional se celebrará en mayo de 2022. Véase la [página de la Red sobre el Foro](https://migrationnetwork.un.org/imrf) y https://www.un.org/en/migration2022 sobre los preparativos.

    [Tres intercambios anteriores](https://migrationnetwork.un.org/) tuvieron lugar en 2020 y 2021.
    **Los gobiernos** compartirán lo aprendido.

session-1 = Sesión I – Preparar los exámenes nacionales del Pacto Mundial
session-2 = Sesión II – Próximos pasos hacia el Foro
break-videos = Vídeos breves de las regiones

org-network = Red de las Naciones Unidas sobre la Migración
org-colombia = Misión Permanente de Colombia ante la Oficina de las Naciones Unidas en Ginebra
org-mexico = Misión Permanente de México ante la Oficina de las Naciones Unidas en Ginebra
org-portugal = Misión Permanente de Portugal ante la Oficina de las Naciones Unidas en Ginebra
org-thailand = Misión Permanente de Tailandia ante la Oficina de las Naciones Unidas en Ginebra

person-first-lady = Primera Dama de Colombia
person-network-head = Jefe de la Secretaría, Red de las Naciones Unidas sobre la Migración
person-moderator-1 = Asesora de Políticas Migratorias, Red de las Naciones Unidas sobre la Migración
person-scene-setter = Profesor de Estudios Migratorios, Universidad de Lisboa
person-panel-mexico = Directora de Política Migratoria, Secretaría de Gobernación, México
person-panel-thailand = Director, Ministerio de Relaciones Exteriores, Tailandia
person-panel-france = Asesora, Ministerio del Interior, Francia
person-deputy-rep = Representante Permanente Adjunto de Portugal

-imrf = Foro de Examen de la Migración Internacional
-gcm = Pacto Mundial para la Migración Segura, Ordenada y Regular
