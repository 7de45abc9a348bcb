import Testing
import CohortLog
@testable import CohortReports

@Suite struct DocumentTests {
    static let hostile = "<script>alert(1)</script> | *vet* _x_ [a](b) `c` #d &amp;\n# kop\r\t\u{202E}rev\u{2066} ~s~"

    @Test func peoplesTextCannotBecomeMarkdown() {
        let text = Inline.user(Self.hostile).markdown
        #expect(text == ##"\<script\>alert(1)\</script\> \| \*vet\* \_x\_ \[a\](b) \`c\` \#d \&amp; \# kop   rev  \~s\~"##)
        #expect(Inline.user("1) lijst").markdown == #"1\) lijst"#)
        #expect(Inline.user("12. lijst").markdown == #"12\. lijst"#)
        #expect(Inline.user("- punt").markdown == #"\- punt"#)
        #expect(Inline.user("    code").markdown == "code")
        #expect(Inline.user("Titel #").markdown == ##"Titel \#"##)
    }

    @Test func peoplesTextStaysOnOneLineInPlainText() {
        let text = Inline.user(Self.hostile).plain
        #expect(!text.contains("\n"))
        #expect(!text.contains("\u{202E}"))
        #expect(text.hasPrefix("<script>"))
    }

    @Test func peoplesTextCannotBecomeHTML() {
        var document = Document()
        document.heading(1, "Tijdlijn van \(user: "<b>Femke</b>")")
        document.paragraph(Inline.user(Self.hostile))
        document.list(["\(strong: "vet") en \(user: "\"quote\" & 'x'")"])
        document.table(["Naam", "Aantal"], [[.user("<i>p01</i>"), "3"]])
        let html = document.html(headingShift: 2)
        #expect(html == """
            <h3>Tijdlijn van <span class="u">&lt;b&gt;Femke&lt;/b&gt;</span></h3>
            <p><span class="u">&lt;script&gt;alert(1)&lt;/script&gt; | *vet* _x_ [a](b) `c` #d &amp;amp; # kop   rev  ~s~</span></p>
            <ul>
            <li><strong>vet</strong> en <span class="u">&quot;quote&quot; &amp; &#39;x&#39;</span></li>
            </ul>
            <div class="table"><table>
            <thead><tr><th>Naam</th><th>Aantal</th></tr></thead>
            <tbody>
            <tr><td><span class="u">&lt;i&gt;p01&lt;/i&gt;</span></td><td>3</td></tr>
            </tbody></table></div>

            """)
        #expect(Document().html() == "")
    }

    @Test func theReportsOwnWordsAreNotEscaped() {
        let inline: Inline = "**\(strong: "vet")** \(user: "*x*")"
        #expect(inline.markdown == #"****vet**** \*x\*"#)
        #expect(inline.plain == "**vet** *x*")
    }

    @Test func aDocumentRendersAsTextAndMarkdown() {
        var document = Document()
        document.heading(1, "Titel")
        document.paragraph("Alinea \(user: "a|b")")
        document.list(["een", "twee"])
        document.table(["", "#"], [["rij", "12"], ["langere rij", "3"]])
        #expect(document.text == """
        Titel
        =====
        Alinea a|b
          - een
          - twee
                        #
          -----------  --
          rij          12
          langere rij   3

        """)
        #expect(document.markdown == """
        # Titel

        Alinea a\\|b

        - een
        - twee

        |  | # |
        | --- | ---: |
        | rij | 12 |
        | langere rij | 3 |

        """)
    }
}

@Suite struct WordsTests {
    @Test func datesAndMoneyFollowTheLanguage() {
        let day = Day("2014-12-11")!
        #expect(Words.english.date(day) == "11 December 2014")
        #expect(Words.dutch.date(day) == "11 december 2014")
        #expect(Words.dutch.euros(Cents(155000)) == "€ 1.550,00")
        #expect(Words.english.euros(Cents(155000)) == "€1,550.00")
        #expect(Words.dutch.euros(Cents(123456789)) == "€ 1.234.567,89")
        #expect(Words.dutch.percent(7, of: 8) == "87,5%")
        #expect(Words.english.percent(7, of: 8) == "87.5%")
        #expect(Words.english.percent(1, of: 0) == "–")
        #expect(Words.dutch.moment(Timestamp("2014-10-01T12:00:00+02:00")!) == "1 oktober 2014 12:00 (+02:00)")
    }

    @Test func theLanguageComesFromTheFlagElseTheLocale() {
        #expect(Language.from(flag: "nl", environment: [:]) == .nl)
        #expect(Language.from(flag: nil, environment: ["LANG": "nl_BE.UTF-8"]) == .nl)
        #expect(Language.from(flag: nil, environment: ["LANG": "nl_NL", "LC_MESSAGES": "en_US"]) == .en)
        #expect(Language.from(flag: nil, environment: ["LC_ALL": "nl_NL", "LANG": "en_US"]) == .nl)
        #expect(Language.from(flag: nil, environment: [:]) == .en)
    }

    @Test func bothLanguagesNameEveryValue() {
        for words in [Words.english, Words.dutch] {
            for kind in SessionKind.allCases { #expect(words.sessionKinds[kind] != nil) }
            for outcome in WishOutcome.allCases { #expect(words.outcomes[outcome] != nil) }
            for kind in SupportKind.allCases { #expect(words.supportKinds[kind] != nil) }
            for kind in HarvestKind.allCases { #expect(words.harvestKinds[kind] != nil) }
            for cycle in ValueCycle.allCases { #expect(words.cycles[cycle] != nil) }
            for visibility in Visibility.allCases { #expect(words.visibilities[visibility] != nil) }
        }
    }
}

@Suite struct CSVTests {
    @Test func fieldsAreQuotedWhereRFC4180NeedsIt() {
        #expect(CSV.field("Leiden", separator: ",") == "Leiden")
        #expect(CSV.field("Alphen, a/d Rijn", separator: ",") == "\"Alphen, a/d Rijn\"")
        #expect(CSV.field("Alphen, a/d Rijn", separator: ";") == "Alphen, a/d Rijn")
        #expect(CSV.field("zei \"ja\"", separator: ",") == "\"zei \"\"ja\"\"\"")
        #expect(CSV.field("twee\nregels", separator: ",") == "\"twee\nregels\"")
    }

    @Test func aCellCannotRunAsASpreadsheetFormula() {
        #expect(CSV.field("=HYPERLINK(\"http://x\")", separator: ",") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSV.field("+31 6", separator: ",") == "'+31 6")
        #expect(CSV.field("@SUM(A1)", separator: ";") == "'@SUM(A1)")
        #expect(CSV.field("-", separator: ",") == "'-")
        #expect(CSV.field("-2", separator: ",") == "-2")
        #expect(CSV.field("87,5", separator: ";") == "87,5")
    }
}
