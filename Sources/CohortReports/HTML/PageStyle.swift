/// The style sheet of the harvest page: system fonts only; readable on a projector (charts' text 14 px or
/// more), on a phone (nothing wider than the screen: grids of `minmax(min(…, 100%), 1fr)`, cards in
/// columns that fall back to one, the sessions stacked, the matrix scrolling in its own box) and on A4
/// (the title and `page X of Y` in the margins, nothing split that should stay whole, no heading alone at
/// a page's foot, sections running on rather than each on a new page).
enum PageStyle {
    /// The steps of the value-creation matrix's scale, for 0, 1, 2 and 3 or more: a cell's background
    /// and its text, each text at a contrast of 4.5:1 or more against its background.
    static let matrixSteps: [(background: String, text: String)] = [
        ("#ffffff", "#4f5f69"), ("#d3ebe7", "#1d2a33"), ("#7fc0b8", "#1d2a33"), ("#0f6e6e", "#ffffff"),
    ]

    /// The style sheet, with the programme's title and the page numbers in the printed margins in the
    /// page's language.
    static func css(title: String, words: Words) -> String {
        let pageNumber = "\(HTML.cssString(words.page.pageWord + " ")) counter(page) \(HTML.cssString(" " + words.page.ofWord + " ")) counter(pages)"
        let steps = matrixSteps.enumerated().map { index, step in
            ".n\(index) { background: \(step.background); color: \(step.text); }"
        }.joined(separator: "\n")
        return base + "\n" + steps + "\n" + """
        @page {
          size: A4;
          margin: 13mm 11mm 13mm 11mm;
          @top-center { content: \(HTML.cssString(title)); font-family: sans-serif; font-size: 9pt; color: #4f5f69; }
          @bottom-right { content: \(pageNumber); font-family: sans-serif; font-size: 9pt; color: #4f5f69; }
        }
        """ + "\n" + print
    }

    static let base = """
    :root { --ink: #1d2a33; --soft: #4f5f69; --line: #d5dde1; --accent: #0f6e6e; --accent2: #b5501a; --paper: #fbfaf7; --card: #ffffff; }
    * { box-sizing: border-box; }
    html { font-size: clamp(16px, calc(10px + .6vw), 22px); }
    body { margin: 0; background: var(--paper); color: var(--ink); font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; line-height: 1.5; overflow-wrap: break-word; }
    .u { overflow-wrap: anywhere; }
    a { color: var(--accent); }
    main { max-width: 68rem; margin: 0 auto; padding: 0 2rem 2rem; }
    header.opening { background: var(--accent); color: #fff; padding: 2.6rem 0 2.2rem; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    header.opening .inner { max-width: 68rem; margin: 0 auto; padding: 0 2rem; }
    .kicker { text-transform: uppercase; letter-spacing: .15em; font-size: .8rem; margin: 0; }
    h1 { font-size: 2.7rem; line-height: 1.15; margin: .3rem 0 .8rem; }
    .lead { font-size: 1.3rem; line-height: 1.45; max-width: 50rem; margin: 0; }
    section, nav.contents { padding-top: 2rem; }
    h2 { font-size: 1.6rem; line-height: 1.25; color: var(--accent); border-bottom: 3px solid var(--accent); padding-bottom: .2rem; margin: 0 0 1rem; }
    h3 { font-size: 1.2rem; line-height: 1.3; margin: 1.2rem 0 .4rem; }
    h4 { font-size: 1.05rem; line-height: 1.35; margin: .1rem 0 .4rem; }
    h2, h3, h4 { break-after: avoid; }
    .meta, .muted { color: var(--soft); font-size: .9rem; }
    .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(9rem, 100%), 1fr)); gap: 1rem; }
    .figure { margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .8rem 1rem; text-align: center; break-inside: avoid; }
    .figure .number { display: block; font-size: 2.6rem; line-height: 1.1; font-weight: 700; color: var(--accent); }
    .figure .label { color: var(--soft); }
    .featured { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(13rem, 100%), 1fr)); gap: 1rem; }
    a.feature { display: block; min-width: 0; background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--accent2); border-radius: 8px; padding: .7rem 1rem; color: var(--ink); text-decoration: none; break-inside: avoid; }
    a.feature .kind { display: block; text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: var(--accent2); }
    a.feature strong { display: block; font-size: 1.1rem; line-height: 1.3; margin: .2rem 0; }
    a.feature .by { display: block; color: var(--soft); font-size: .9rem; }
    nav.contents ol { columns: 14rem 3; margin: 0; padding-left: 1.5rem; }
    nav.contents li { padding: .1rem 0; }
    .cards { column-width: 24rem; column-gap: 1.4rem; }
    .card { display: block; width: 100%; margin: 0 0 1.4rem; background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.2rem; break-inside: avoid; }
    .card h3 { margin-top: 0; margin-bottom: .1rem; }
    .card .meta { margin: 0 0 .4rem; }
    .withdrawal { background: #fbeee4; color: #7a3510; border-radius: 6px; padding: .25rem .6rem; margin: .4rem 0; }
    .badge { display: inline-block; text-transform: none; letter-spacing: 0; font-size: .85rem; padding: 0 .5rem; border-radius: 999px; background: #e3f0ee; color: #0b5656; margin-left: .3rem; }
    .tag { font-size: .78rem; text-transform: uppercase; letter-spacing: .06em; color: var(--soft); font-weight: 600; margin-right: .2rem; }
    .said { margin: .5rem 0 .2rem; }
    .said.ended { font-size: .92rem; color: var(--soft); }
    .earlier, .support { margin: 0 0 .2rem; color: var(--soft); line-height: 1.35; }
    .description { font-size: .95rem; margin: 0 0 .4rem; }
    .assignment h4 { margin: .7rem 0 .2rem; }
    .result { background: #eef7f6; border-radius: 8px; padding: .35rem .7rem; margin: .4rem 0; }
    blockquote { margin: .6rem 0; padding: .35rem .8rem; border-left: 4px solid var(--accent2); background: #fff8f3; break-inside: avoid; }
    blockquote p { margin: 0; }
    blockquote .u { font-style: italic; }
    blockquote small { color: var(--soft); white-space: nowrap; }
    .contributed { margin: .6rem 0 0; font-size: .9rem; }
    svg.chart { display: block; width: 100%; max-width: 640px; height: auto; margin: .5rem 0; }
    svg.support { max-width: 800px; }
    svg text { font-family: inherit; }
    svg .tick { font-size: 14px; fill: var(--soft); }
    svg .value { font-size: 15px; font-weight: 700; fill: var(--ink); }
    svg .heading { font-size: 15px; font-weight: 700; fill: var(--ink); }
    svg .name { font-size: 15px; fill: var(--ink); }
    svg .start { text-anchor: start; } svg .middle { text-anchor: middle; } svg .end { text-anchor: end; }
    svg .axis { stroke: var(--soft); stroke-width: 1; }
    svg .grid { stroke: var(--line); stroke-dasharray: 3 3; }
    svg .mark { stroke: var(--accent2); stroke-width: 1.5; stroke-dasharray: 4 3; }
    svg .line { fill: none; stroke: var(--accent); stroke-width: 3; }
    svg .dot { fill: var(--accent); }
    svg .bar { fill: var(--accent); }
    svg .bar.other { fill: var(--accent2); }
    svg .withdrawn { stroke: var(--accent2); stroke-width: 3; }
    svg.chart, .n0, .n1, .n2, .n3, .badge, .result, blockquote { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    .lines { column-width: 24rem; column-gap: 1.4rem; }
    .line { display: block; width: 100%; margin: 0 0 1.4rem; background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.2rem; break-inside: avoid; }
    .line h3 { margin-top: 0; }
    .themes span { display: inline-block; font-size: .8rem; padding: .05rem .5rem; margin: 0 .25rem .25rem 0; border-radius: 999px; background: #eef1f3; color: var(--soft); }
    .contributions { column-width: 22rem; column-gap: 1.4rem; }
    .contribution { display: block; width: 100%; margin: 0 0 1rem; padding: .6rem .9rem; background: var(--card); border: 1px solid var(--line); border-radius: 8px; break-inside: avoid; }
    .contribution h3 { font-size: 1.05rem; margin: 0 0 .3rem; }
    .contribution p { margin: 0 0 .3rem; }
    .contribution:target, .line:target, .card:target { outline: 3px solid var(--accent2); }
    .scroll { max-width: 100%; overflow-x: auto; }
    table { border-collapse: collapse; margin: .6rem 0; }
    caption { text-align: left; font-weight: 700; font-size: 1.1rem; padding-bottom: .4rem; }
    th, td { border-bottom: 1px solid var(--line); padding: .35rem .7rem; text-align: left; vertical-align: top; }
    td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
    table.matrix td { text-align: center; font-weight: 700; min-width: 3.5rem; border: 1px solid var(--line); }
    table.matrix th[scope="col"] { vertical-align: bottom; text-align: center; }
    .legend { font-size: .9rem; color: var(--soft); }
    .legend .step { display: inline-block; min-width: 2.2rem; padding: 0 .4rem; text-align: center; border: 1px solid var(--line); font-weight: 700; }
    .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr)); gap: .5rem 1.5rem; margin: 0; }
    .facts div { min-width: 0; }
    .facts dt { color: var(--soft); font-size: .9rem; }
    .facts dd { margin: 0; }
    ol.sessions { list-style: none; padding: 0; margin: 1.4rem 0 1rem; display: grid; grid-template-columns: repeat(auto-fit, minmax(min(9rem, 100%), 1fr)); gap: 1.4rem 0; }
    ol.sessions li { position: relative; min-width: 0; border-top: 4px solid var(--accent); padding: .9rem 1rem 0 0; break-inside: avoid; }
    ol.sessions li::before { content: ""; position: absolute; top: -12px; left: 0; width: 20px; height: 20px; border-radius: 50%; background: var(--accent); box-sizing: border-box; }
    ol.sessions li.to-come { border-top-style: dashed; }
    ol.sessions li.to-come::before { background: var(--paper); border: 4px solid var(--accent); }
    ol.sessions .when, ol.sessions strong, ol.sessions .muted { display: block; }
    ol.sessions strong { font-weight: 600; line-height: 1.35; margin: .1rem 0 .2rem; }
    footer.colophon { max-width: 68rem; margin: 1rem auto 0; padding: 1rem 2rem 2rem; color: var(--soft); font-size: .85rem; border-top: 1px solid var(--line); }
    footer.colophon p { margin: .2rem 0; }
    footer.colophon .head { overflow-wrap: anywhere; }
    @media (max-width: 640px) {
      html { font-size: 16px; }
      main { padding: 0 1rem 2rem; }
      header.opening { padding: 1.6rem 0; }
      header.opening .inner { padding: 0 1rem; }
      h1 { font-size: 2rem; }
      .lead { font-size: 1.1rem; }
      footer.colophon { padding: 1rem; }
      ol.sessions { grid-template-columns: minmax(0, 1fr); gap: 0; border-left: 4px solid var(--accent); margin-left: .5rem; }
      ol.sessions li { border-top: 0; padding: 0 0 1rem 1.2rem; }
      ol.sessions li::before { top: .3rem; left: -12px; }
      ol.sessions li.to-come { border-top: 0; }
      table.matrix th, table.matrix td { padding: .3rem .35rem; }
      table.matrix td { min-width: 2.2rem; }
      table.matrix th[scope="col"] { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; text-align: left; font-size: .85rem; }
    }
    """

    static let print = """
    @media print {
      html { font-size: 9pt; }
      body { background: #fff; line-height: 1.36; }
      header.opening { padding: .9rem 1.2rem 1rem; }
      .figure { padding: .3rem .5rem; }
      .figure .number { font-size: 1.7rem; }
      .featured { grid-template-columns: repeat(4, minmax(0, 1fr)); gap: .6rem; }
      a.feature { padding: .4rem .6rem; }
      nav.contents, .card .contributed, .line .contributed { display: none; }
      .card, .line { padding: .55rem .8rem; margin-bottom: .8rem; }
      .card svg.chart, .line svg.chart { max-width: 300px; margin: .3rem 0; }
      .earlier { line-height: 1.3; }
      .result { padding: .2rem .6rem; }
      .said { margin-top: .35rem; }
      .assignment h4 { margin-top: .45rem; }
      h1 { font-size: 2rem; }
      .lead { font-size: 1.1rem; }
      main { padding: 0; max-width: none; }
      section, nav.contents { padding-top: .7rem; }
      footer.colophon { padding: .8rem 0 0; }
      .cards, .contributions { columns: 2; column-gap: 1rem; }
      .card, .contribution, blockquote, .figure, a.feature, .line, .wish, .result, svg, table, ol.sessions li, .facts div { break-inside: avoid; }
      h2, h3, h4 { break-after: avoid; }
      a { color: inherit; text-decoration: none; }
      .card, .contribution, .line { border-color: #c3ccd1; }
    }
    """
}
