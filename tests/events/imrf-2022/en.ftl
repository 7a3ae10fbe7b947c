event-series = Global Online Peer Learning Exchange
event-title = Towards the International Migration Review Forum
event-short-title = Peer Learning Exchange: towards the IMRF
event-intro = This exchange, co-hosted by the UN Network on Migration and the Permanent Missions of Colombia, Mexico, Portugal and Thailand, brings together governments preparing for the International Migration Review Forum.

section-background-heading = Background
section-background-body =
    The first International Migration Review Forum (IMRF) will take place in May 2022. See the [Network's page on the Forum](https://migrationnetwork.un.org/imrf) and https://www.un.org/en/migration2022 for the preparations.

    [Three earlier exchanges](https://migrationnetwork.un.org/) took place in 2020 and 2021.
    **Governments** will share what they have learned.

session-1 = Session I – Preparing national reviews of the Global Compact
session-2 = Session II – Next steps towards the Forum
break-videos = Short videos from the regions

org-network = UN Network on Migration
org-colombia = Permanent Mission of Colombia to the United Nations Office at Geneva
org-mexico = Permanent Mission of Mexico to the United Nations Office at Geneva
org-portugal = Permanent Mission of Portugal to the United Nations Office at Geneva
org-thailand = Permanent Mission of Thailand to the United Nations Office at Geneva

person-first-lady = First Lady of Colombia
person-network-head = Head of Secretariat, UN Network on Migration
person-moderator-1 = Migration Policy Adviser, UN Network on Migration
person-scene-setter = Professor of Migration Studies, University of Lisbon
person-panel-mexico = Director for Migration Policy, Ministry of the Interior, Mexico
person-panel-thailand = Director, Ministry of Foreign Affairs, Thailand
person-panel-france = Adviser, Ministry of the Interior, France
person-deputy-rep = Deputy Permanent Representative of Portugal

-imrf = International Migration Review Forum
-gcm = Global Compact for Safe, Orderly and Regular Migration
