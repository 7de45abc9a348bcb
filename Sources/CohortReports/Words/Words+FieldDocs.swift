extension AddWords {
    /// What each field means, in Dutch: the ``FieldSpec`` docs (English, in one place) translated, keyed
    /// by the English text, so that a doc changed there shows in English until it is translated here (a
    /// test checks that every doc has its translation).
    static let dutchFieldDocs: [String: String] = [
        "a note on how the wish ended":
            "een notitie over hoe de leerwens afliep",
        "a note on the attendance":
            "een notitie bij de aanwezigheid",
        "a note on the claim":
            "een notitie bij de declaratie",
        "a note on the progress":
            "een notitie bij de voortgang",
        "a note on the support":
            "een notitie bij de steun",
        "dagdelen attended: 0 for absent, at most the session's size":
            "bijgewoonde dagdelen: 0 voor afwezig, hooguit de omvang van de bijeenkomst",
        "how far the assignment is, in percent":
            "hoe ver de opdracht is, in procenten",
        "how the wish ended":
            "hoe de leerwens afliep",
        "its value-creation cycle (Wenger, Trayner and De Laat)":
            "de cyclus van waardecreatie (Wenger, Trayner en De Laat)",
        "the amount claimed in euro cents":
            "het gedeclareerde bedrag in eurocent",
        "the amount in euro cents":
            "het bedrag in eurocent",
        "the assignment":
            "de opdracht",
        "the assignment's id":
            "het id van de opdracht",
        "the assignment's title":
            "de titel van de opdracht",
        "the attended dagdelen the claim counts":
            "de bijgewoonde dagdelen die de declaratie telt",
        "the bounds on the group's size":
            "de grenzen aan de groepsgrootte",
        "the claim's id":
            "het id van de declaratie",
        "the cohort's id":
            "het id van de leergang",
        "the contribution":
            "de bijdrage",
        "the contribution's title":
            "de titel van de bijdrage",
        "the currency code, such as EUR":
            "de valutacode, zoals EUR",
        "the days the session takes":
            "de dagen van de bijeenkomst",
        "the digest of the log's last record the claim rests on":
            "de digest van het laatste record van het log waarop de declaratie rust",
        "the facilitator's id, new among participants and facilitators":
            "het id van de begeleider, nieuw onder deelnemers en begeleiders",
        "the facilitator's name":
            "de naam van de begeleider",
        "the fee per participant":
            "de prijs per deelnemer",
        "the fee per participant in euro cents":
            "de prijs per deelnemer in eurocent",
        "the fund's name":
            "de naam van het fonds",
        "the fund's scheme":
            "de regeling van het fonds",
        "the fund's share of the trajectory in percent":
            "het aandeel van het fonds in het traject, in procenten",
        "the harvest item's id":
            "het id van het oogstitem",
        "the id of the record withdrawn":
            "het id van het ingetrokken record",
        "the ids of the records whose personal fields are erased":
            "de ids van de records waarvan de persoonlijke velden gewist worden",
        "the invoice's date":
            "de factuurdatum",
        "the invoice's id":
            "het id van de factuur",
        "the largest group":
            "de grootste groep",
        "the last day of registration":
            "de laatste dag van inschrijving",
        "the learning line it belongs to":
            "de leerlijn waartoe het behoort",
        "the learning line it feeds":
            "de leerlijn die ze voedt",
        "the learning line's id":
            "het id van de leerlijn",
        "the line's title":
            "de titel van de leerlijn",
        "the municipality the participant works for":
            "de gemeente waar de deelnemer werkt",
        "the number of participants claimed for":
            "het aantal deelnemers waarvoor gedeclareerd wordt",
        "the organiser's id":
            "het id van de organisator",
        "the organisation's name as it is shown (not personal)":
            "de naam van de organisatie zoals die getoond wordt (geen persoonsgegeven)",
        "the participant":
            "de deelnemer",
        "the participant invoiced":
            "de gefactureerde deelnemer",
        "the participant who received it":
            "de deelnemer die haar ontving",
        "the participant who withdrew":
            "de deelnemer die zich terugtrok",
        "the participant whose municipality hosts the session":
            "de deelnemer wiens gemeente gastheer is",
        "the participant's e-mail address":
            "het e-mailadres van de deelnemer",
        "the participant's id, new among participants and facilitators":
            "het id van de deelnemer, nieuw onder deelnemers en begeleiders",
        "the participant's name":
            "de naam van de deelnemer",
        "the participant's role, such as HR-adviseur":
            "de functie van de deelnemer, zoals HR-adviseur",
        "the participants who contributed it":
            "de deelnemers die het bijdroegen",
        "the programme's first and last day":
            "de eerste en laatste dag van het programma",
        "the programme's first day":
            "de eerste dag van het programma",
        "the programme's last day":
            "de laatste dag van het programma",
        "the programme's title":
            "de titel van het programma",
        "the record's id (derived from the content when left out)":
            "het id van het record (afgeleid van de inhoud als je het weglaat)",
        "the reflection":
            "de reflectie",
        "the reflection's id":
            "het id van de reflectie",
        "the reflection's themes":
            "de thema's van de reflectie",
        "the session":
            "de bijeenkomst",
        "the session cancelled":
            "de afgelaste bijeenkomst",
        "the session it is about":
            "de bijeenkomst waarover het gaat",
        "the session that moves":
            "de bijeenkomst die verschuift",
        "the session where it emerged":
            "de bijeenkomst waar ze ontstond",
        "the session where it happened":
            "de bijeenkomst waar het gebeurde",
        "the session's id":
            "het id van de bijeenkomst",
        "the session's new days":
            "de nieuwe dagen van de bijeenkomst",
        "the session's new size in dagdelen":
            "de nieuwe omvang van de bijeenkomst in dagdelen",
        "the session's size in dagdelen (half-day parts)":
            "de omvang van de bijeenkomst in dagdelen",
        "the session's title":
            "de titel van de bijeenkomst",
        "the smallest group that goes ahead":
            "de kleinste groep die doorgaat",
        "the subsidy that pays part of the trajectory":
            "de subsidie die een deel van het traject betaalt",
        "the themes the line holds":
            "de thema's van de leerlijn",
        "the themes the wish touches":
            "de thema's die de leerwens raakt",
        "the trajectory's size in dagdelen (half-day parts)":
            "de omvang van het traject in dagdelen",
        "the wish closed":
            "de afgesloten leerwens",
        "the wish in the participant's words":
            "de leerwens in de woorden van de deelnemer",
        "the wish it is about":
            "de leerwens waarover het gaat",
        "the wish it turned into (with outcome transformed)":
            "de leerwens waarin ze overging (bij uitkomst transformed)",
        "the wish of the receiver it served":
            "de leerwens van de ontvanger die ze diende",
        "the wish revised":
            "de herziene leerwens",
        "the wish's id":
            "het id van de leerwens",
        "the wish's new words":
            "de nieuwe woorden van de leerwens",
        "the wish's themes now":
            "de thema's van de leerwens nu",
        "what kind of contribution":
            "wat voor bijdrage",
        "what kind of support":
            "wat voor steun",
        "what the assignment brought about":
            "wat de opdracht opleverde",
        "what the assignment is about":
            "waar de opdracht over gaat",
        "what the line is about":
            "waar de leerlijn over gaat",
        "what the session is in the programme":
            "wat de bijeenkomst in het programma is",
        "where the session takes place":
            "waar de bijeenkomst plaatsvindt",
        "whether the fee includes VAT":
            "of de prijs inclusief btw is",
        "who gave the support":
            "wie de steun gaf",
        "who may see it (default group)":
            "wie het mag zien (anders group)",
        "who may see it now (unchanged when left out)":
            "wie het nu mag zien (ongewijzigd als je het weglaat)",
        "who may see the result (the assignment's when left out)":
            "wie het resultaat mag zien (anders die van de opdracht)",
        "who reflects: a participant or a facilitator":
            "wie reflecteert: een deelnemer of een begeleider",
        "whose assignment it is":
            "wiens opdracht het is",
        "whose wish it is":
            "wiens leerwens het is",
        "why (no personal data)":
            "waarom (geen persoonsgegevens)",
        "why it is withdrawn (no personal data)":
            "waarom het wordt ingetrokken (geen persoonsgegevens)",
        "why the participant withdrew":
            "waarom de deelnemer zich terugtrok",
        "why the session is cancelled":
            "waarom de bijeenkomst is afgelast",
        "why the session moves":
            "waarom de bijeenkomst verschuift",
    ]
}
