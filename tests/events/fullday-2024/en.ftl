event-series = Global Forum on Migration and Development (GFMD) – Thematic Day
event-title = Regular Pathways, Labour Mobility and Skills Partnerships: From Commitments to Implementation across Regions
event-short-title = GFMD Thematic Day 2024
event-intro = This full-day thematic meeting brings together Member States, United Nations entities, civil society, the private sector and local authorities to review progress on regular pathways and labour mobility.
event-venue = Palais des Nations, Room XVII, Geneva, Switzerland
section-rationale-heading = Rationale
section-rationale-body =
    Paragraph 1 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 1 and the acronym ILO.

    Paragraph 2 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 2 and the acronym ILO.

    Paragraph 3 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 3 and the acronym ILO.

    Paragraph 4 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 4 and the acronym ILO.

    Paragraph 5 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 5 and the acronym ILO.

    Paragraph 6 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 6 and the acronym ILO.

    Paragraph 7 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 7 and the acronym ILO.

    Paragraph 8 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 8 and the acronym ILO.

    Paragraph 9 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 9 and the acronym ILO.

    Paragraph 10 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 10 and the acronym ILO.

    Paragraph 11 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 11 and the acronym ILO.

    Paragraph 12 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 12 and the acronym ILO.

    Paragraph 13 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 13 and the acronym ILO.

    Paragraph 14 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 14 and the acronym ILO.

    Paragraph 15 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 15 and the acronym ILO.

    Paragraph 16 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 16 and the acronym ILO.

    Paragraph 17 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 17 and the acronym ILO.

    Paragraph 18 of the rationale. Labour mobility schemes have expanded in number and scope since 2018, yet evaluation remains scarce and uneven across regions, and the participation of workers themselves in the design of these schemes is still limited; this paragraph tests long prose across pages with the number 18 and the acronym ILO.

section-participation-heading = Participation
section-participation-body =
    This full-day thematic meeting brings together Member States, United Nations entities, civil society, the private sector and local authorities to review progress on regular pathways and labour mobility.

agenda-panel-1 = Panel 1 – Skills partnerships: lessons from the Global Skills Partnership pilots in North and West Africa and in Latin America
agenda-panel-2 = Panel 2 – Regular pathways for climate-affected communities
agenda-panel-3 = Panel 3 – Ethical recruitment, fair wages and the portability of social security entitlements
agenda-panel-4 = Panel 4 – Local authorities and the integration of migrant workers
agenda-panel-5 = Panel 5 – Data, indicators and the way forward to the 2026 IMRF
agenda-lunch = Lunch break (12:45–14:00)
org-gfmd = Global Forum on Migration and Development
org-gfmd-logo = Global Forum on Migration and Development
org-mission-morocco = Permanent Mission of the Kingdom of Morocco to the United Nations Office and other international organizations in Geneva
org-mission-ecuador = Permanent Mission of the Republic of Ecuador to the United Nations Office and other international organizations in Geneva
person-amina-diallo = Senior Adviser on Labour Mobility, Skills Partnerships and Regular Pathways, Directorate-General for International Cooperation and Development, Ministry of Foreign Affairs, International Cooperation and the Diaspora of the Republic 0
person-jean-pierre-lefevre = Speaker 1, Global Forum on Migration and Development
person-maria-jose-gutierrez = Speaker 2, Global Forum on Migration and Development
person-carlos-ramirez = Senior Adviser on Labour Mobility, Skills Partnerships and Regular Pathways, Directorate-General for International Cooperation and Development, Ministry of Foreign Affairs, International Cooperation and the Diaspora of the Republic 3
person-john-smith = Speaker 4, Global Forum on Migration and Development
person-fatima-zahra = Speaker 5, Global Forum on Migration and Development
person-khaled-yousef = Senior Adviser on Labour Mobility, Skills Partnerships and Regular Pathways, Directorate-General for International Cooperation and Development, Ministry of Foreign Affairs, International Cooperation and the Diaspora of the Republic 6
person-priya-raman = Speaker 7, Global Forum on Migration and Development
person-olga-petrova = Speaker 8, Global Forum on Migration and Development
person-luis-fernando = Senior Adviser on Labour Mobility, Skills Partnerships and Regular Pathways, Directorate-General for International Cooperation and Development, Ministry of Foreign Affairs, International Cooperation and the Diaspora of the Republic 9
person-sophie-martin = Speaker 10, Global Forum on Migration and Development
person-ahmed-benali = Speaker 11, Global Forum on Migration and Development
person-grace-otieno = Senior Adviser on Labour Mobility, Skills Partnerships and Regular Pathways, Directorate-General for International Cooperation and Development, Ministry of Foreign Affairs, International Cooperation and the Diaspora of the Republic 12
person-pablo-neruda-diaz = Speaker 13, Global Forum on Migration and Development
person-mei-lin = Speaker 14, Global Forum on Migration and Development
person-youssef-amrani = Senior Adviser on Labour Mobility, Skills Partnerships and Regular Pathways, Directorate-General for International Cooperation and Development, Ministry of Foreign Affairs, International Cooperation and the Diaspora of the Republic 15
person-isabelle-dupont = Speaker 16, Global Forum on Migration and Development
person-ana-lucia = Speaker 17, Global Forum on Migration and Development
person-david-okafor = Senior Adviser on Labour Mobility, Skills Partnerships and Regular Pathways, Directorate-General for International Cooperation and Development, Ministry of Foreign Affairs, International Cooperation and the Diaspora of the Republic 18
person-leila-haddad = Speaker 19, Global Forum on Migration and Development
person-rafael-torres = Speaker 20, Global Forum on Migration and Development
person-claire-bernard = Senior Adviser on Labour Mobility, Skills Partnerships and Regular Pathways, Directorate-General for International Cooperation and Development, Ministry of Foreign Affairs, International Cooperation and the Diaspora of the Republic 21
person-moderator-1 = Speaker 22, Global Forum on Migration and Development
person-moderator-2 = Speaker 23, Global Forum on Migration and Development
person-chair = Senior Adviser on Labour Mobility, Skills Partnerships and Regular Pathways, Directorate-General for International Cooperation and Development, Ministry of Foreign Affairs, International Cooperation and the Diaspora of the Republic 24
