# GCM Talk, 24 de mayo de 2023: texto de la nota conceptual, en español.
# Los identificadores de mensaje son los mismos en en.ftl, fr.ftl, es.ftl y ar.ftl.

## Título
event-series = Intercambio mundial en línea de aprendizaje entre pares
event-title = Trabajar para poner fin a la detención de niños en el contexto de la migración internacional
event-short-title = GCM Talk: trabajar para poner fin a la detención de niños
event-intro = Este “GCM Talk” (diálogo sobre el Pacto Mundial para la Migración), que adopta la forma de un intercambio de aprendizaje entre pares entre Gobiernos, está coorganizado por el Grupo de Trabajo sobre Alternativas a la Detención de Migrantes de la Red de las Naciones Unidas sobre la Migración y las Misiones Permanentes de Colombia, Portugal y Tailandia en Ginebra. Este intercambio se regirá por la regla de Chatham House y la participación se limita a los actores gubernamentales de los distintos niveles y a los miembros del Grupo de Trabajo.

## Secciones
section-rationale-heading = Justificación
section-rationale-body =
    Tras los tres intercambios mundiales de aprendizaje entre pares celebrados en 2020, 2021 y 2022, el cuarto intercambio mundial en línea de aprendizaje entre pares (“GCM Talk para los Estados Miembros”) se celebrará el 24 de mayo y se centrará especialmente en la labor para poner fin a la detención de niños por motivos migratorios. Este evento brindará la oportunidad de seguir haciendo realidad los compromisos contraídos en la Declaración sobre los Progresos del Foro de Examen de la Migración Internacional y de examinar los progresos realizados y las dificultades encontradas en la labor para poner fin a la práctica de la detención de niños en el contexto de la migración internacional.

    Esta reunión en línea congregará a Gobiernos de todas las regiones y ofrecerá un espacio abierto para intercambiar experiencias relativas a la aplicación del Objetivo 13 del Pacto Mundial para la Migración Segura, Ordenada y Regular (Pacto Mundial para la Migración), con especial atención a los niños, compartir dificultades y preocupaciones, determinar prácticas prometedoras y explorar oportunidades para mantener la cooperación entre múltiples interesados y los enfoques pangubernamentales.

    Este GCM Talk para los Estados Miembros contará con la participación de funcionarios gubernamentales que trabajan en la creación de plataformas de aprendizaje entre pares a nivel regional, nacional y subnacional.

    La **primera mesa redonda** se centrará en las lecciones aprendidas de anteriores intercambios de aprendizaje entre pares sobre la eliminación de la detención de niños por motivos migratorios, con presentaciones de la Plataforma Regional de Aprendizaje entre Pares de Asia y el Pacífico, así como de Oriente Medio y Norte de África. Los participantes también harán presentaciones sobre intercambios de aprendizaje entre pares interregionales y subnacionales y examinarán las oportunidades existentes para organizar en el futuro intercambios de ese tipo a distintos niveles.

    La **segunda mesa redonda** se centrará en las medidas adoptadas a nivel subnacional y local que apoyan la acogida y el cuidado de niños y familias en la comunidad como alternativa a la detención. Ciudades y Gobiernos Locales Unidos (CGLU) ofrecerá un panorama general de los compromisos pertinentes recogidos en la Carta de Lampedusa para promover alternativas a la detención y mejorar el cuidado, en particular de los niños y los jóvenes, así como de las medidas adoptadas a nivel local que apoyan prácticas de acogida y cuidado adaptadas a los niños y la relación de los niños y las familias con los sistemas gubernamentales nacionales que resolverán su situación migratoria. Funcionarios del estado de California (Estados Unidos) y de la Generalitat de Cataluña (España) presentarán ejemplos de prácticas prometedoras a nivel subnacional.

    Este GCM Talk contará también con la participación de jóvenes activistas, coordinada por la Plataforma de Jóvenes y Niños sobre Migración (MYCP), que aportarán su perspectiva sobre la cuestión —sobre las repercusiones que ha tenido en sus vidas y en las de sus familias y comunidades— e informarán sobre sus recomendaciones. La participación de los jóvenes en este intercambio de aprendizaje entre pares se basará en el GCM Youth Talk “Consulta Mundial de Jóvenes sobre la Eliminación de la Detención de Niños por Motivos Migratorios”, celebrado el 8 de mayo de 2023.

    La **tercera mesa redonda** se centrará en los próximos pasos para poner fin a la detención de niños por motivos migratorios. Esta sesión brindará la oportunidad de debatir los mecanismos adecuados para examinar los progresos y las dificultades en esta cuestión, de modo que este compromiso de la Declaración sobre los Progresos del Foro de Examen se lleve a la práctica. Las presentaciones se centrarán en determinar las próximas oportunidades —como la elaboración de indicadores del Pacto Mundial para la Migración y el establecimiento de intercambios o plataformas de aprendizaje entre pares a distintos niveles—; promover la aplicación y la evaluación de los compromisos existentes y alentar nuevos compromisos y medidas en el período previo a los exámenes regionales del Pacto Mundial para la Migración; y buscar la complementariedad entre los compromisos asumidos en el marco del Pacto Mundial para la Migración y los asumidos en el marco del Pacto Mundial sobre los Refugiados en el período previo al Foro Mundial sobre los Refugiados, que se celebrará en diciembre de 2023.

    En esta sesión intervendrán Estados que recientemente han adoptado medidas para poner fin a la detención de niños por motivos migratorios o que tienen previsto hacerlo, entre ellos el Gobierno de Colombia, que se comprometió en el Foro de Examen a ejercer el liderazgo y a colaborar con otros Estados y partes interesadas para la promoción, el desarrollo y la facilitación a nivel mundial de espacios de intercambio y aprendizaje entre pares sobre las alternativas a la detención de migrantes y la eliminación de la detención de niños por motivos migratorios.

section-participation-heading = Participación
section-participation-body =
    Se invita a todos los Estados. Se alienta la participación de los representantes gubernamentales que trabajan en las capitales, a nivel técnico y normativo, en la gestión de la migración y en la detención relacionada con la migración y las alternativas a la detención, incluidos quienes trabajan con niños y familias migrantes, así como la participación de los funcionarios gubernamentales competentes que trabajan a nivel subnacional. Participarán representantes del Grupo de Trabajo de la Red sobre Alternativas a la Detención de Migrantes para facilitar el intercambio y aportar sus conocimientos especializados, así como oradores externos.

section-workstream-heading = El Grupo de Trabajo sobre Alternativas a la Detención de Migrantes de la Red de las Naciones Unidas sobre la Migración
section-workstream-body =
    El Grupo de Trabajo sobre Alternativas a la Detención de la Red de las Naciones Unidas sobre la Migración tiene por objeto prestar asistencia técnica a los Estados para facilitar la aplicación práctica de alternativas a la detención de migrantes no privativas de libertad y basadas en la comunidad que sean acordes con el derecho internacional, respeten los derechos humanos de los migrantes y respondan a las necesidades de los Gobiernos en materia de gobernanza de la migración.

    En 2022, el Grupo de Trabajo elaboró cuatro reseñas de prácticas prometedoras sobre: la eliminación de la detención de niños por motivos migratorios; la ampliación de las alternativas a la detención de migrantes basadas en la comunidad; los programas de regularización temporal; y los enfoques pangubernamentales y pansociales.

    Recursos elaborados por el Grupo de Trabajo: [Alternativas a la detención | Red de las Naciones Unidas sobre la Migración](https://migrationnetwork.un.org/thematic-working-group-2-alternatives-detention)

    El Grupo de Trabajo está codirigido por el ACNUR, el UNICEF y la International Detention Coalition (IDC). Entre los miembros del Grupo de Trabajo figuran: Asia Pacific Refugee Rights Network (APRRN), Asylum Access México, Asylum Access Thailand, la Defensoría del Pueblo de la Nación Argentina, HOST International, la Iniciativa por los Derechos del Niño en los Pactos Mundiales, la Organización Internacional para las Migraciones (OIM), la Comisión Nacional de Derechos Humanos de Kenya, la Plataforma de Jóvenes y Niños sobre Migración (MYCP, Grupo Principal de los Niños y los Jóvenes), la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos (ACNUDH), la Plataforma para la Cooperación Internacional sobre Migrantes Indocumentados (PICUM), Ciudades y Gobiernos Locales Unidos (CGLU), la Representante Especial del Secretario General sobre la Violencia contra los Niños y la Women's Refugee Commission (WRC).

## Títulos de los temas del programa
agenda-opening = Observaciones iniciales de los coorganizadores y de un joven activista
agenda-session-1 = Sesión I – ¿Qué hemos aprendido de los intercambios de aprendizaje entre pares sobre la labor para poner fin a la detención de niños en el contexto de la migración internacional?
agenda-session-2 = Sesión II – Medidas a nivel local que apoyan la acogida y el cuidado de niños y familias en la comunidad y evitan la detención
agenda-session-3 = Sesión III – Avanzar: próximos pasos
agenda-qa = Preguntas y respuestas e intervenciones de los participantes gubernamentales

## Coorganizadores
org-workstream-atd = Grupo de Trabajo sobre Alternativas a la Detención de Migrantes de la Red de las Naciones Unidas sobre la Migración
org-mission-colombia = Misión Permanente de Colombia ante la Oficina de las Naciones Unidas en Ginebra
org-mission-portugal = Misión Permanente de Portugal ante la Oficina de las Naciones Unidas en Ginebra
org-mission-thailand = Misión Permanente de Tailandia ante la Oficina de las Naciones Unidas en Ginebra

## Oradores: descripción que figura tras el nombre (o sola, si el orador aún no se ha designado)
person-colombia-cohost = Misión Permanente de Colombia
person-portugal-cohost = Misión Permanente de Portugal
person-thailand-cohost = Misión Permanente de Tailandia
person-youth-opening = Joven activista
person-tri-nuke-pudjiastuti = Profesora investigadora, Agencia Nacional de Investigación e Innovación (BRIN), Indonesia
person-cross-regional = Aprendizaje interregional entre pares
person-edgar-olvera = Funcionario de la Procuraduría de Protección de Niñas, Niños y Adolescentes en Tenosique, Tabasco, México
person-mena = Oriente Medio y Norte de África
person-emilia-saiz = Secretaria General, Ciudades y Gobiernos Locales Unidos
person-ester-cabanes = Directora General de Atención a la Infancia de la Generalitat de Cataluña
person-eliana-kaimowitz = Jefa de la Sección de Integración de Inmigrantes, Departamento de Servicios Sociales de California, Estados Unidos
person-marcela-ruiz = Directora de la Oficina de Equidad, Departamento de Servicios Sociales de California, Estados Unidos
person-youth-local = Joven activista que trabaja a nivel local
person-jonathan-prentice = Jefe de la Secretaría, Red de las Naciones Unidas sobre la Migración
person-ils-salien = Oficina de Extranjería, Gobierno de Bélgica
person-colombia-government = Gobierno de Colombia
person-other-states = Otros Estados que han adoptado o están adoptando medidas para poner fin a la detención de niños por motivos migratorios
person-youth-advocate = Joven activista

## Lema y logotipo de la Red (membrete)
org-workstream-atd-tagline = Trabajar mejor juntos
org-workstream-atd-logo = Emblema del Grupo de Trabajo de la Red de las Naciones Unidas sobre la Migración sobre Alternativas a la Detención (creado para este ejemplo)

## Términos que prepara una cabina para esta reunión
-atd = alternativas a la detención
-gcm = Pacto Mundial para la Migración Segura, Ordenada y Regular (Pacto Mundial para la Migración)
-imrf = Foro de Examen de la Migración Internacional
-imrf-declaration = Declaración sobre los Progresos del Foro de Examen de la Migración Internacional
-chatham-house = regla de Chatham House
-unhcr = Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)
-unicef = Fondo de las Naciones Unidas para la Infancia (UNICEF)
# The coalition writes its name in English only; untranslated on purpose.
-idc = International Detention Coalition (IDC)
-uclg = Ciudades y Gobiernos Locales Unidos (CGLU)
-mycp = Plataforma de Jóvenes y Niños sobre Migración (MYCP)
