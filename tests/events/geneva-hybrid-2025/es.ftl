event-series = Diálogo de expertos sobre la migración laboral
event-title = Movilidad equitativa de los trabajadores entre el Norte de África y América Latina: prácticas, derechos y contratación ética
event-short-title = Diálogo de expertos de Ginebra 2025
event-intro = Este diálogo de expertos, organizado por la Organización Internacional para las Migraciones (OIM) con las Misiones Permanentes del Reino de Marruecos y de la República de Chile, se celebrará en formato híbrido en el Palacio de las Naciones y en línea. Reunirá a unos 120 participantes de 35 Estados.
event-venue = Palacio de las Naciones, sala XIX (edificio E, 3.er piso), Ginebra
section-contexte-heading = Contexto
section-contexte-body =
    Según la OIM, 169 millones de trabajadores migrantes representaban el 4,9 % de la fuerza laboral mundial en 2019. La **contratación ética** sigue siendo un desafío en ambas regiones.

    - Presentación del estudio conjunto (2024)
    - Intercambio sobre los acuerdos bilaterales de trabajo
    - Para más información: [Iniciativa IRIS](https://iris.iom.int/fr) o escribir a labourmobility@example.org
section-modalites-heading = Modalidades prácticas
section-modalites-body =
    Los participantes en línea recibirán el enlace de conexión la víspera. Los participantes presenciales deberán llevar una tarjeta de acceso de la ONUG, que se recoge en el Pabellón de acogida (puerta de Pregny) a partir de las 8.30 horas.
agenda-table-ronde-1 = Mesa redonda 1 – Las vías de migración laboral: lo que dicen los datos
agenda-table-ronde-2 = Mesa redonda 2 – Proteger los derechos de los trabajadores a lo largo del ciclo migratorio
agenda-dejeuner = Almuerzo ofrecido por la Misión Permanente de Chile (Serpentin Bar)
org-oim-geneve = Organización Internacional para las Migraciones (OIM)
org-mission-maroc = Misión Permanente del Reino de Marruecos ante la Oficina de las Naciones Unidas en Ginebra
org-mission-chili = Misión Permanente de la República de Chile ante la Oficina de las Naciones Unidas en Ginebra
person-moderatrice = Directora Adjunta, Departamento de Gobernanza de la Migración, OIM
person-ambassadeur-maroc = Embajador Extraordinario y Plenipotenciario, Representante Permanente del Reino de Marruecos ante la Oficina de las Naciones Unidas en Ginebra y otras organizaciones internacionales en Suiza
person-ambassadrice-chili = Embajadora, Representante Permanente de la República de Chile ante la Oficina de las Naciones Unidas y otras organizaciones internacionales en Ginebra
person-experte-oim = Directora General, Organización Internacional para las Migraciones
person-chercheur = Profesor de Derecho Internacional, Universidad Mohammed V de Rabat
person-juriste = Jurista, Servicio Nacional de Migraciones, Chile
person-delegue-tunisie = Delegación de la República de Túnez (por confirmar)
-iris = Iniciativa IRIS para la contratación ética
-bla = acuerdos bilaterales de trabajo
