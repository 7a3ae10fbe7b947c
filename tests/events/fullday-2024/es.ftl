event-series = Foro Mundial sobre Migración y Desarrollo (FMMD) – Jornada temática
event-title = Vías regulares, movilidad laboral y asociaciones de competencias: de los compromisos a la aplicación en las regiones
event-short-title = Jornada temática del FMMD 2024
event-intro = Esta reunión temática de una jornada reúne a Estados Miembros, entidades de las Naciones Unidas, la sociedad civil, el sector privado y las autoridades locales para examinar los progresos.
event-venue = Palacio de las Naciones, sala XVII, Ginebra, Suiza
section-rationale-heading = Justificación
section-rationale-body =
    Párrafo 1 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 1 y la sigla OIT.

    Párrafo 2 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 2 y la sigla OIT.

    Párrafo 3 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 3 y la sigla OIT.

    Párrafo 4 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 4 y la sigla OIT.

    Párrafo 5 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 5 y la sigla OIT.

    Párrafo 6 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 6 y la sigla OIT.

    Párrafo 7 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 7 y la sigla OIT.

    Párrafo 8 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 8 y la sigla OIT.

    Párrafo 9 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 9 y la sigla OIT.

    Párrafo 10 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 10 y la sigla OIT.

    Párrafo 11 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 11 y la sigla OIT.

    Párrafo 12 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 12 y la sigla OIT.

    Párrafo 13 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 13 y la sigla OIT.

    Párrafo 14 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 14 y la sigla OIT.

    Párrafo 15 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 15 y la sigla OIT.

    Párrafo 16 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 16 y la sigla OIT.

    Párrafo 17 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 17 y la sigla OIT.

    Párrafo 18 de la justificación. Los programas de movilidad laboral se han multiplicado desde 2018, pero su evaluación sigue siendo escasa y desigual entre regiones, y la participación de los propios trabajadores en su diseño sigue siendo limitada; este párrafo prueba una prosa larga en varias páginas con el número 18 y la sigla OIT.

section-participation-heading = Participación
section-participation-body =
    Esta reunión temática de una jornada reúne a Estados Miembros, entidades de las Naciones Unidas, la sociedad civil, el sector privado y las autoridades locales para examinar los progresos.

agenda-panel-1 = Panel 1 – Asociaciones de competencias: lecciones de los proyectos piloto en el Norte y el Oeste de África y en América Latina
agenda-panel-2 = Panel 2 – Vías regulares para comunidades afectadas por el clima
agenda-panel-3 = Panel 3 – Contratación ética, salarios justos y portabilidad de los derechos de seguridad social
agenda-panel-4 = Panel 4 – Las autoridades locales y la integración de los trabajadores migrantes
agenda-panel-5 = Panel 5 – Datos, indicadores y el camino hacia el FEMI de 2026
agenda-lunch = Pausa para el almuerzo (12.45–14.00)
org-gfmd = Foro Mundial sobre Migración y Desarrollo
org-gfmd-logo = Foro Mundial sobre Migración y Desarrollo
org-mission-morocco = Misión Permanente del Reino de Marruecos ante la Oficina de las Naciones Unidas y otros organismos internacionales en Ginebra
org-mission-ecuador = Misión Permanente de la República del Ecuador ante la Oficina de las Naciones Unidas y otros organismos internacionales en Ginebra
person-amina-diallo = Asesora principal sobre movilidad laboral, asociaciones de competencias y vías regulares, Dirección General de Cooperación Internacional y Desarrollo, Ministerio de Relaciones Exteriores, Cooperación Internacional y Diáspora 0
person-jean-pierre-lefevre = Orador 1, Foro Mundial sobre Migración y Desarrollo
person-maria-jose-gutierrez = Orador 2, Foro Mundial sobre Migración y Desarrollo
person-carlos-ramirez = Asesora principal sobre movilidad laboral, asociaciones de competencias y vías regulares, Dirección General de Cooperación Internacional y Desarrollo, Ministerio de Relaciones Exteriores, Cooperación Internacional y Diáspora 3
person-john-smith = Orador 4, Foro Mundial sobre Migración y Desarrollo
person-fatima-zahra = Orador 5, Foro Mundial sobre Migración y Desarrollo
person-khaled-yousef = Asesora principal sobre movilidad laboral, asociaciones de competencias y vías regulares, Dirección General de Cooperación Internacional y Desarrollo, Ministerio de Relaciones Exteriores, Cooperación Internacional y Diáspora 6
person-priya-raman = Orador 7, Foro Mundial sobre Migración y Desarrollo
person-olga-petrova = Orador 8, Foro Mundial sobre Migración y Desarrollo
person-luis-fernando = Asesora principal sobre movilidad laboral, asociaciones de competencias y vías regulares, Dirección General de Cooperación Internacional y Desarrollo, Ministerio de Relaciones Exteriores, Cooperación Internacional y Diáspora 9
person-sophie-martin = Orador 10, Foro Mundial sobre Migración y Desarrollo
person-ahmed-benali = Orador 11, Foro Mundial sobre Migración y Desarrollo
person-grace-otieno = Asesora principal sobre movilidad laboral, asociaciones de competencias y vías regulares, Dirección General de Cooperación Internacional y Desarrollo, Ministerio de Relaciones Exteriores, Cooperación Internacional y Diáspora 12
person-pablo-neruda-diaz = Orador 13, Foro Mundial sobre Migración y Desarrollo
person-mei-lin = Orador 14, Foro Mundial sobre Migración y Desarrollo
person-youssef-amrani = Asesora principal sobre movilidad laboral, asociaciones de competencias y vías regulares, Dirección General de Cooperación Internacional y Desarrollo, Ministerio de Relaciones Exteriores, Cooperación Internacional y Diáspora 15
person-isabelle-dupont = Orador 16, Foro Mundial sobre Migración y Desarrollo
person-ana-lucia = Orador 17, Foro Mundial sobre Migración y Desarrollo
person-david-okafor = Asesora principal sobre movilidad laboral, asociaciones de competencias y vías regulares, Dirección General de Cooperación Internacional y Desarrollo, Ministerio de Relaciones Exteriores, Cooperación Internacional y Diáspora 18
person-leila-haddad = Orador 19, Foro Mundial sobre Migración y Desarrollo
person-rafael-torres = Orador 20, Foro Mundial sobre Migración y Desarrollo
person-claire-bernard = Asesora principal sobre movilidad laboral, asociaciones de competencias y vías regulares, Dirección General de Cooperación Internacional y Desarrollo, Ministerio de Relaciones Exteriores, Cooperación Internacional y Diáspora 21
person-moderator-1 = Orador 22, Foro Mundial sobre Migración y Desarrollo
person-moderator-2 = Orador 23, Foro Mundial sobre Migración y Desarrollo
person-chair = Asesora principal sobre movilidad laboral, asociaciones de competencias y vías regulares, Dirección General de Cooperación Internacional y Desarrollo, Ministerio de Relaciones Exteriores, Cooperación Internacional y Diáspora 24
