import Testing
import CohortLog
import CohortProjections
@testable import CohortReports

/// The reports in both languages, from a state built in memory (``smallCohort``): the words of each
/// report, from a view to a ``Document``, without files or the command line. Each text is whole, so that
/// a wrong or missing word in either language fails.
@Suite struct ReportWordsTests {
    static let records = given(smallCohort)
    static let state = fold(records)
    static let visible = state.visible(to: .facilitator)

    static func context(_ words: Words) -> ReportContext {
        ReportContext(words: words, audience: .facilitator, window: RecordWindow(), state: visible)
    }

    /// The audit's text with its head (a digest that depends on the sealing) as `HEAD`.
    static func auditText(_ words: Words) -> String {
        let result = audit(records, file: "events/proef.jsonl")
        let text = AuditReport([result], words: words).document.text
        return result.head.map { text.replacing($0.hex, with: "HEAD") } ?? text
    }

    @Test func theAuditSpeaksEnglish() {
        #expect(Self.auditText(.english) == Self.auditEnglish)
    }

    @Test func theAuditSpeaksDutch() {
        #expect(Self.auditText(.dutch) == Self.auditDutch)
    }

    @Test func theAuditsJSONCarriesTheMessagesInTheLanguage() {
        let result = audit(Self.records, file: "events/proef.jsonl")
        func messages(_ words: Words) -> [String] {
            AuditReport([result], words: words).jsonLines.flatMap { line -> [String] in
                guard case .object(let members) = line, case .array(let findings)? = members.first(where: { $0.0 == "findings" })?.1 else { return [] }
                return findings.compactMap { finding in
                    guard case .object(let fields) = finding, case .string(let message)? = fields.first(where: { $0.0 == "message" })?.1 else { return nil }
                    return message
                }
            }
        }
        #expect(messages(.english).first == "claim c1 asks for 2 participants; the evidence supports 1: pa")
        #expect(messages(.dutch).first == "aanvraag c1 vraagt om 2 deelnemers; de bewijsstukken dragen er 1: pa")
        #expect(messages(.english).count == 4 && messages(.dutch).count == 4)
    }

    @Test func theAttendanceListSpeaksEnglish() {
        let report = AttendanceReport(AttendanceList(Self.state), words: .english)
        #expect(report.document(title: "Proef").text == Self.attEnglish)
        #expect(report.csv(separator: ";") == Self.csvEnglish.map { $0 + "\r\n" }.joined())
    }

    @Test func theAttendanceListSpeaksDutch() {
        let report = AttendanceReport(AttendanceList(Self.state), words: .dutch)
        #expect(report.document(title: "Proef").text == Self.attDutch)
        #expect(report.csv(separator: ";") == Self.csvDutch.map { $0 + "\r\n" }.joined())
    }

    static func timeline(_ participant: String, _ words: Words) -> Document {
        TimelineReport(Timeline(visible, participant: participant), participant: participant, context: context(words)).document
    }

    @Test func theTimelineSpeaksEnglish() {
        #expect(Self.timeline("pa", .english).text == Self.tlpaEnglish)
        #expect(Self.timeline("pb", .english).text == Self.tlpbEnglish)
    }

    @Test func theTimelineSpeaksDutch() {
        #expect(Self.timeline("pa", .dutch).text == Self.tlpaDutch)
        #expect(Self.timeline("pb", .dutch).text == Self.tlpbDutch)
    }

    @Test func theHistorySpeaksEnglish() {
        #expect(HistoryReport(History(Self.visible), context: Self.context(.english)).document.text == Self.replayEnglish)
    }

    @Test func theHistorySpeaksDutch() {
        #expect(HistoryReport(History(Self.visible), context: Self.context(.dutch)).document.text == Self.replayDutch)
    }

    @Test(arguments: Language.allCases)
    func whatPeopleWroteStaysTheirsInEverySentence(_ language: Language) {
        let markdown = Self.timeline("pa", language.words).markdown
        #expect(markdown.contains(#"“Ik wil \*leren\* loslaten.”"#))
        #expect(!markdown.contains("*leren*"))
        let sentence = language.words.timeline.gaveSupport("feedback", .user("*Bram*"))
        #expect(sentence.markdown.hasSuffix(#" \*Bram\*"#))
        #expect(language.words.audit.auditOf("a_b.jsonl").markdown.hasSuffix(#"a\_b.jsonl"#))
    }

    @Test func theCertificateSpeaksEachLanguage() throws {
        let certificate = try #require(Certificate(Self.state, participant: "pa"))
        let dutch = CertificatePage(certificate, words: .dutch)
        #expect(dutch.html.contains("<p class=\"kicker\">Bewijs van deelname</p>"))
        #expect(dutch.html.contains("<p class=\"lead\">Hierbij verklaren wij dat</p>"))
        #expect(dutch.html.contains("<p class=\"attendance\">aanwezig bij 4 van de 4 dagdelen</p>"))
        #expect(dutch.html.contains("<p>met de opdracht<br><em>“Regelarm werken”</em></p>"))
        #expect(dutch.html.contains("Fien<br><small>leerbegeleider</small>"))
        let english = CertificatePage(certificate, words: .english)
        #expect(english.text.contains("took part in the learning network group\n“Proef”\n"))
        #expect(english.text.contains("present at 4 of the 4 half-days (dagdelen)\nwith the assignment “Regelarm werken”\n"))
    }

    @Test func aRefusedCertificateSaysWhyInEachLanguage() {
        #expect(Words.english.certificate.refused("pb", 1, 4, Words.english.percent(1, of: 4), 80)
            == "pb attended 1 of the 4 dagdelen held (25.0%); a certificate needs at least 80%")
        #expect(Words.dutch.certificate.refused("pb", 1, 4, Words.dutch.percent(1, of: 4), 80)
            == "pb was aanwezig bij 1 van de 4 gehouden dagdelen (25,0%); een bewijs van deelname vraagt ten minste 80%")
        #expect(Words.english.certificate.refused("pb", 0, 1, Words.english.percent(0, of: 1), 80)
            == "pb attended 0 of the 1 dagdeel held (0.0%); a certificate needs at least 80%")
        #expect(Words.dutch.certificate.refused("pb", 0, 1, Words.dutch.percent(0, of: 1), 80)
            == "pb was aanwezig bij 0 van het ene gehouden dagdeel (0,0%); een bewijs van deelname vraagt ten minste 80%")
    }
}

extension ReportWordsTests {
    static let auditEnglish = #"""
        Audit of events/proef.jsonl
        not ok

        Errors (1)
          - claim.participants-exceeds-evidence (seq 14): claim c1 asks for 2 participants; the evidence supports 1: pa

        Warnings (3)
          - attendance.late (seq 10): attendance of pa at s1 was recorded on 2 October 2014, 112 days after the session's last day (12 June 2014); the limit is 14
          - attendance.late (seq 11): attendance of pb at s1 was recorded on 2 October 2014, 112 days after the session's last day (12 June 2014); the limit is 14
          - claim.below-evidence (seq 14): claim c1 is below what the evidence supports: amount €775.00 of €1,550.00

        Totals
          - active participants: 1
          - eligible participants: 1
          - scheduled dagdelen: 4
          - attended dagdelen: 5
          - invoiced: €1,550.00
          - claimable: €1,550.00
          - claimed: €775.00
          - records: 21
        head of the log as audited: HEAD

        Evidence (#: the record's seq)
          participant            invoice                s1 (#5)  s2 (#6)  dagdelen  claimable
          ---------------------  ---------------------  -------  -------  --------  ---------
          pa (#3)                inv-pa €1,550.00 (#7)  2 (#10)  2 (#13)         4  €1,550.00
          pb (#4), withdrew #12  –                      1 (#11)        –         1          –
          claim     participants  dagdelen               amount  head
          --------  ------------  --------  -------------------  ----
          c1 (#14)         2 / 1     4 / 4  €775.00 / €1,550.00     –
        per claim: claimed / what the evidence before the claim supports

        """#

    static let auditDutch = #"""
        Controle van events/proef.jsonl
        niet in orde

        Fouten (1)
          - claim.participants-exceeds-evidence (seq 14): aanvraag c1 vraagt om 2 deelnemers; de bewijsstukken dragen er 1: pa

        Waarschuwingen (3)
          - attendance.late (seq 10): aanwezigheid van pa bij s1 werd vastgelegd op 2 oktober 2014, 112 dagen na de laatste dag van de bijeenkomst (12 juni 2014); de grens is 14
          - attendance.late (seq 11): aanwezigheid van pb bij s1 werd vastgelegd op 2 oktober 2014, 112 dagen na de laatste dag van de bijeenkomst (12 juni 2014); de grens is 14
          - claim.below-evidence (seq 14): aanvraag c1 blijft onder wat de bewijsstukken dragen: bedrag € 775,00 van € 1.550,00

        Totalen
          - actieve deelnemers: 1
          - subsidiabele deelnemers: 1
          - geplande dagdelen: 4
          - bijgewoonde dagdelen: 5
          - gefactureerd: € 1.550,00
          - subsidiabel: € 1.550,00
          - aangevraagd: € 775,00
          - gebeurtenissen: 21
        kop van het gecontroleerde logboek: HEAD

        Bewijsstukken (#: seq van het record)
          deelnemer         factuur                 s1 (#5)  s2 (#6)  dagdelen  subsidiabel
          ----------------  ----------------------  -------  -------  --------  -----------
          pa (#3)           inv-pa € 1.550,00 (#7)  2 (#10)  2 (#13)         4   € 1.550,00
          pb (#4), weg #12  –                       1 (#11)        –         1            –
          aanvraag  deelnemers  dagdelen                 bedrag  kop
          --------  ----------  --------  ---------------------  ---
          c1 (#14)       2 / 1     4 / 4  € 775,00 / € 1.550,00    –
        per aanvraag: gevraagd / wat de bewijsstukken vóór de aanvraag dragen

        """#

    static let attEnglish = #"""
        Attendance list: Proef
        ======================
        as of 10 October 2014
          participant  s1  s2  total       %
          -----------  --  --  -----  ------
          Anna (pa)     2   2  4 / 4  100.0%
          Bram (pb)     1   ·  1 / 2   50.0%
          total         3   2
          - s1: 12 June 2014, Start (2 half-days)
          - s2: 23 September 2014, Slot (2 half-days)
        · = not recorded

        """#

    static let attDutch = #"""
        Presentielijst: Proef
        =====================
        stand van 10 oktober 2014
          deelnemer  s1  s2  totaal       %
          ---------  --  --  ------  ------
          Anna (pa)   2   2   4 / 4  100,0%
          Bram (pb)   1   ·   1 / 2   50,0%
          totaal      3   2
          - s1: 12 juni 2014, Start (2 dagdelen)
          - s2: 23 september 2014, Slot (2 dagdelen)
        · = niet vastgelegd

        """#

    static let tlpaEnglish = #"""
        Timeline of Anna (pa)
        =====================
        audience: facilitators
        Leiden

        Wish 1: “Ik wil *leren* loslaten.” (w-pa)
        -----------------------------------------
          - 12 June 2014 · stated the wish [regie] (group): “Ik wil *leren* loslaten.”
          - 12 June 2014 · feedback from Bram (pb) at Start (group)
          - 7 October 2014 · reflected at Slot (group): “Loslaten lukt.”
          - 8 October 2014 · transformed into wish 2

        Wish 2: “Vertrouwen geven.” (w-pa2)
        -----------------------------------
        Grew out of wish 1.
          - 8 October 2014 · stated the wish (group): “Vertrouwen geven.”

        Assignment: “Regelarm werken” (as-pa)
        -------------------------------------
          - 5 October 2014 · started the assignment (group) — Twee teams.
          - 6 October 2014 · assignment at 60% — “Eerste team.”
          - 9 October 2014 · completed the assignment (group): “Klaar.”

        What they gave
        --------------
          - 10 October 2014 · contributed to the harvest (story): “Regels los”

        Taking part
        -----------
          - 2 May 2014 · registered
          - 12 June 2014 · attended Start: 2 of 2 half-days
          - 23 September 2014 · attended Slot: 2 of 2 half-days

        Value creation
        --------------
          value-creation cycle  contributions labelled with it  indicators in the log
          --------------------  ------------------------------  ------------------------------------------
          immediate value       none                            support received: 1 · sessions attended: 2
          potential value       none                            no indicator in the log
          applied value         none                            assignment progress with a note: 1
          realised value        none                            assignment results: 1
          reframing value       none                            wishes transformed: 1

        """#

    static let tlpbEnglish = #"""
        Timeline of Bram (pb)
        =====================
        audience: facilitators
        Delft

        What they gave
        --------------
          - 12 June 2014 · gave feedback to Anna (pa) on wish w-pa at Start (group)

        Taking part
        -----------
          - 2 May 2014 · registered
          - 12 June 2014 · attended Start: 1 of 2 half-days
          - 1 July 2014 · withdrew — reason: “verhuisd”

        Value creation
        --------------
          value-creation cycle  contributions labelled with it  indicators in the log
          --------------------  ------------------------------  ---------------------------------------
          immediate value       none                            support given: 1 · sessions attended: 1
          potential value       none                            no indicator in the log
          applied value         none                            no indicator in the log
          realised value        none                            no indicator in the log
          reframing value       none                            no indicator in the log

        """#

    static let tlpaDutch = #"""
        Tijdlijn van Anna (pa)
        ======================
        publiek: begeleiders
        Leiden

        Leerwens 1: “Ik wil *leren* loslaten.” (w-pa)
        ---------------------------------------------
          - 12 juni 2014 · sprak de leerwens uit [regie] (groep): “Ik wil *leren* loslaten.”
          - 12 juni 2014 · feedback van Bram (pb) tijdens Start (groep)
          - 7 oktober 2014 · reflecteerde tijdens Slot (groep): “Loslaten lukt.”
          - 8 oktober 2014 · omgevormd tot leerwens 2

        Leerwens 2: “Vertrouwen geven.” (w-pa2)
        ---------------------------------------
        Voortgekomen uit leerwens 1.
          - 8 oktober 2014 · sprak de leerwens uit (groep): “Vertrouwen geven.”

        Opdracht: “Regelarm werken” (as-pa)
        -----------------------------------
          - 5 oktober 2014 · begon aan de opdracht (groep) — Twee teams.
          - 6 oktober 2014 · opdracht op 60% — “Eerste team.”
          - 9 oktober 2014 · rondde de opdracht af (groep): “Klaar.”

        Gegeven aan anderen en aan de oogst
        -----------------------------------
          - 10 oktober 2014 · droeg bij aan de oogst (verhaal): “Regels los”

        Deelname
        --------
          - 2 mei 2014 · meldde zich aan
          - 12 juni 2014 · was aanwezig bij Start: 2 van 2 dagdelen
          - 23 september 2014 · was aanwezig bij Slot: 2 van 2 dagdelen

        Waardecreatie
        -------------
          cyclus van waardecreatie  bijdragen met deze cyclus  aanwijzingen in het logboek
          ------------------------  -------------------------  ------------------------------------------------
          directe waarde            geen                       steun ontvangen: 1 · bijeenkomsten bijgewoond: 2
          potentiële waarde         geen                       geen aanwijzing in het logboek
          toegepaste waarde         geen                       voortgang van de opdracht met een toelichting: 1
          gerealiseerde waarde      geen                       resultaten van de opdracht: 1
          herdefiniërende waarde    geen                       omgevormde leerwensen: 1

        """#

    static let tlpbDutch = #"""
        Tijdlijn van Bram (pb)
        ======================
        publiek: begeleiders
        Delft

        Gegeven aan anderen en aan de oogst
        -----------------------------------
          - 12 juni 2014 · gaf feedback aan Anna (pa) bij leerwens w-pa tijdens Start (groep)

        Deelname
        --------
          - 2 mei 2014 · meldde zich aan
          - 12 juni 2014 · was aanwezig bij Start: 1 van 2 dagdelen
          - 1 juli 2014 · trok zich terug — reden: “verhuisd”

        Waardecreatie
        -------------
          cyclus van waardecreatie  bijdragen met deze cyclus  aanwijzingen in het logboek
          ------------------------  -------------------------  ----------------------------------------------
          directe waarde            geen                       steun gegeven: 1 · bijeenkomsten bijgewoond: 1
          potentiële waarde         geen                       geen aanwijzing in het logboek
          toegepaste waarde         geen                       geen aanwijzing in het logboek
          gerealiseerde waarde      geen                       geen aanwijzing in het logboek
          herdefiniërende waarde    geen                       geen aanwijzing in het logboek

        """#

    static let replayEnglish = #"""
        History
        =======
        audience: facilitators

        Before the first session (Start, 12 June 2014)
        ----------------------------------------------
        Nothing recorded.
        At its end: 0 wishes open; assignments: none.

        Start · 12 June 2014
        --------------------
        start

        At the meeting
        Attendance: 2 participants, 3 of 4 half-days
          - 12 June 2014: Anna (pa) stated wish w-pa [regie]: “Ik wil *leren* loslaten.”
          - 12 June 2014: Bram (pb) gave feedback to Anna (pa) on wish w-pa (“Ik wil *leren* loslaten.”)

        Between meetings, until 23 September 2014
          - 1 July 2014: Bram (pb) withdrew
        In this stretch: 1 wish stated, 1 act of support (1 at the meeting, 0 between meetings), 1 withdrawal.
        At its end: 1 wish open; assignments: none.

        Slot · 23 September 2014
        ------------------------
        closing

        At the meeting
        Attendance: 1 participant, 2 of 2 half-days
        Nothing recorded.

        Between meetings, after the last session
          - 5 October 2014: Anna (pa) started the assignment “Regelarm werken”
          - 6 October 2014: Anna (pa): assignment at 60% — “Eerste team.”
          - 7 October 2014: Anna (pa) reflected on wish w-pa: “Loslaten lukt.”
          - 8 October 2014: Anna (pa) stated wish w-pa2: “Vertrouwen geven.”
          - 8 October 2014: Anna (pa) closed wish w-pa: transformed into w-pa2
          - 9 October 2014: Anna (pa) completed the assignment: “Klaar.”
          - 10 October 2014: Anna (pa) contributed (story): “Regels los”
        In this stretch: 1 wish stated, 1 wish closed, 1 assignment started, 1 progress note, 1 assignment completed, 1 reflection, 1 contribution.
        So far: 1 wish open; assignments: Anna (pa) completed.

        """#

    static let replayDutch = #"""
        Geschiedenis
        ============
        publiek: begeleiders

        Vóór de eerste bijeenkomst (Start, 12 juni 2014)
        ------------------------------------------------
        Niets vastgelegd.
        Aan het eind: 0 leerwensen open; opdrachten: geen.

        Start · 12 juni 2014
        --------------------
        startbijeenkomst

        Tijdens de bijeenkomst
        Aanwezigheid: 2 deelnemers, 3 van 4 dagdelen
          - 12 juni 2014: Anna (pa) sprak leerwens w-pa uit [regie]: “Ik wil *leren* loslaten.”
          - 12 juni 2014: Bram (pb) gaf feedback aan Anna (pa) bij leerwens w-pa (“Ik wil *leren* loslaten.”)

        Tussen de bijeenkomsten, tot 23 september 2014
          - 1 juli 2014: Bram (pb) trok zich terug
        In deze periode: 1 leerwens uitgesproken, 1 keer steun (1 tijdens de bijeenkomst, 0 tussen de bijeenkomsten), 1 terugtrekking.
        Aan het eind: 1 leerwens open; opdrachten: geen.

        Slot · 23 september 2014
        ------------------------
        slotbijeenkomst

        Tijdens de bijeenkomst
        Aanwezigheid: 1 deelnemer, 2 van 2 dagdelen
        Niets vastgelegd.

        Tussen de bijeenkomsten, na de laatste bijeenkomst
          - 5 oktober 2014: Anna (pa) begon aan de opdracht “Regelarm werken”
          - 6 oktober 2014: Anna (pa): opdracht op 60% — “Eerste team.”
          - 7 oktober 2014: Anna (pa) reflecteerde bij leerwens w-pa: “Loslaten lukt.”
          - 8 oktober 2014: Anna (pa) sprak leerwens w-pa2 uit: “Vertrouwen geven.”
          - 8 oktober 2014: Anna (pa) sloot leerwens w-pa af: omgevormd tot w-pa2
          - 9 oktober 2014: Anna (pa) rondde de opdracht af: “Klaar.”
          - 10 oktober 2014: Anna (pa) droeg bij (verhaal): “Regels los”
        In deze periode: 1 leerwens uitgesproken, 1 leerwens afgesloten, 1 opdracht begonnen, 1 voortgangsnotitie, 1 opdracht afgerond, 1 reflectie, 1 bijdrage.
        Tot nu toe: 1 leerwens open; opdrachten: Anna (pa) afgerond.

        """#

    static let csvEnglish = [
        "participant;name;municipality;s1 2014-06-12;s2 2014-09-23;total;possible;rate",
        "pa;Anna;Leiden;2;2;4;4;100.0",
        "pb;Bram;Delft;1;;1;2;50.0",
        "total;;;3;2;;;",
    ]

    static let csvDutch = [
        "deelnemer;naam;gemeente;s1 2014-06-12;s2 2014-09-23;totaal;mogelijk;percentage",
        "pa;Anna;Leiden;2;2;4;4;100,0",
        "pb;Bram;Delft;1;;1;2;50,0",
        "totaal;;;3;2;;;",
    ]
}
