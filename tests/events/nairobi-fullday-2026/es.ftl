event-series = Diálogo Regional sobre Movilidad Laboral Justa en África, Oriente Medio y América Latina
event-title = De los compromisos a la práctica: fortalecer los acuerdos bilaterales y regionales de migración laboral, las alianzas para el desarrollo de competencias, la portabilidad de los derechos de seguridad social y la contratación ética en los corredores migratorios entre África Oriental, los Estados del Golfo y América Latina, de cara al segundo Foro de Examen de la Migración Internacional
event-short-title = Diálogo de Nairobi sobre movilidad laboral 2026
event-intro = La Oficina de las Naciones Unidas en Nairobi (ONUN), junto con las Misiones Permanentes de Kenya y México, celebra este diálogo de un día el 10 de marzo de 2026. Se espera la participación de unas 150 personas de 40 Estados, sindicatos, empleadores y sociedad civil. La reunión está abierta a todos los participantes acreditados.
event-venue = Oficina de las Naciones Unidas en Nairobi, Sala de Conferencias 2, Gigiri, Nairobi (Kenya)
section-background-heading = Antecedentes
section-background-body =
    Más de 28 millones de migrantes africanos trabajan fuera de su país de nacimiento, y las remesas al África Subsahariana alcanzaron 54.000 millones de dólares en 2023.

    - Examen del estudio de 2024 sobre alianzas para el desarrollo de competencias
    - Intercambio sobre la portabilidad de los derechos de seguridad social
    - Documentos de antecedentes: https://www.unon.org/labour-mobility-2026
section-registration-heading = Inscripción
section-registration-body =
    Los participantes deben inscribirse antes del **27 de febrero de 2026** en [Indico](https://indico.un.org/event/1234/). Las acreditaciones se recogen en la oficina de pases de Gigiri a partir de las 7.30 horas.
agenda-panel-1 = Mesa redonda de alto nivel: la gobernanza de la migración laboral en 2026 – ¿qué ha cambiado desde el primer FEMI?
agenda-parallel-a = Sesiones paralelas A (alianzas para el desarrollo de competencias, Sala 2) y B (portabilidad de la seguridad social, Sala 3); interpretación solo en la Sala 2
agenda-lunch = Pausa para el almuerzo
agenda-film = Proyección del cortometraje «Corredores» (12 min)
agenda-panel-2 = Mesa 2: la contratación ética y la norma IRIS
org-unon = Oficina de las Naciones Unidas en Nairobi
org-unon-tagline = Nairobi: la casa de la ONU en el Sur Global
org-mission-kenya = Misión Permanente de la República de Kenya ante la Oficina de las Naciones Unidas en Nairobi
org-mission-mexico = Embajada de México en Kenya
person-chair = Directora General, Oficina de las Naciones Unidas en Nairobi (Presidenta)
person-kenya-cs = Secretario del Gabinete de Trabajo y Protección Social, Kenya
person-mexico-amb = Embajadora de México en Kenya
person-moderator = Asesor Superior, Comisión de la Unión Africana (moderador)
person-ilo = Jefa, Servicio de Migración Laboral, OIT
person-iom = Director Regional para África Oriental y el Cuerno de África, OIM
person-au = Representante de la Comisión de la Unión Africana (por confirmar)
person-ecowas = Comisionada de Desarrollo Humano, CEDEAO
person-egypt = Ministerio de Emigración, Egipto
person-researcher = Profesor de Economía, Universidad de Nairobi
person-union = Coordinadora, Confederación Sindical de las Américas
person-employers = Organización Internacional de Empleadores
person-youth = Representante de la juventud, Grupo Principal de la Infancia y la Juventud
person-morocco = Embajador, Misión Permanente de Marruecos
person-moderator-2 = Oficial de Programas, ONUN (moderadora)
# untranslated on purpose
person-colombia = Migración Colombia
-iris = IRIS: contratación ética
-imrf = Foro de Examen de la Migración Internacional (FEMI)
