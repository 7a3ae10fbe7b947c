event-series = Red de las Naciones Unidas sobre la Migración – Reunión informativa regional para las Américas
event-title = Vías regulares y protección de los migrantes en tránsito
event-short-title = Reunión informativa de las Américas, 3 de noviembre de 2024
event-intro = Reunión informativa en línea para los Estados Miembros de las Américas, celebrada con arreglo a la regla de Chatham House. Tengan en cuenta que en Nueva York los relojes se atrasan una hora a las 02:00 el día de la reunión.
section-rationale-heading = Justificación
section-rationale-body =
    La reunión examina las vías regulares en la región desde la Declaración de Los Ángeles (2022).
agenda-session-1 = Panel – Vías regulares en la práctica: México, Guatemala, Haití y Jordania
org-unnm = Red de las Naciones Unidas sobre la Migración
person-moderator = Coordinadora regional, Red de las Naciones Unidas sobre la Migración
person-mexico = Subsecretario para Asuntos Multilaterales y Derechos Humanos, Secretaría de Relaciones Exteriores de México
person-guatemala = Directora del Instituto Guatemalteco de Migración
person-haiti = Director General, Oficina Nacional de Migración, Haití
person-jordan = Ministerio del Interior, Jordania
-lad = Declaración de Los Ángeles sobre Migración y Protección
