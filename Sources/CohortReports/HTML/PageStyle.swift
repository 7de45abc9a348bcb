/// The style sheet of the harvest page and the certificate: system fonts only, readable on a projector,
/// printable on A4 with each section on its own page.
enum PageStyle {
    static let css = """
    :root { --ink: #1d2a33; --soft: #5b6b75; --line: #d8e0e4; --accent: #0f6e6e; --accent2: #c2571a; --paper: #fbfaf7; --card: #ffffff; }
    * { box-sizing: border-box; }
    html { font-size: 17px; }
    body { margin: 0; background: var(--paper); color: var(--ink); font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; line-height: 1.5; overflow-wrap: anywhere; }
    main { max-width: 1100px; margin: 0 auto; padding: 0 2rem 3rem; }
    header.cover { background: var(--accent); color: #fff; padding: 3rem 2rem 2.5rem; }
    header.cover .inner { max-width: 1100px; margin: 0 auto; }
    header.cover .kicker { text-transform: uppercase; letter-spacing: .15em; font-size: .8rem; opacity: .85; margin: 0; }
    header.cover h1 { font-size: 2.6rem; line-height: 1.15; margin: .3rem 0 .8rem; }
    header.cover p { margin: .2rem 0; }
    section { padding-top: 2.2rem; }
    h2 { font-size: 1.7rem; color: var(--accent); border-bottom: 3px solid var(--accent); padding-bottom: .2rem; }
    h3 { font-size: 1.2rem; margin: 0 0 .3rem; }
    .meta, .muted { color: var(--soft); font-size: .9rem; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.2rem; }
    .facts dt { color: var(--soft); }
    .facts dd { margin: 0; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(480px, 1fr)); gap: 1.2rem; }
    .card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1.1rem 1.3rem; break-inside: avoid; }
    .wish { margin: .3rem 0 .6rem; }
    .wish .step { display: block; }
    .wish .step + .step::before { content: "→ "; color: var(--accent2); }
    .outcome { display: inline-block; font-size: .8rem; padding: .05rem .5rem; border-radius: 999px; background: #e6f2f1; color: var(--accent); margin-left: .3rem; }
    .themes span { display: inline-block; font-size: .78rem; padding: .05rem .5rem; margin: 0 .25rem .25rem 0; border-radius: 999px; background: #eef1f3; color: var(--soft); }
    blockquote { margin: .5rem 0; padding: .3rem .9rem; border-left: 4px solid var(--accent2); background: #fff8f3; }
    blockquote footer { color: var(--soft); font-size: .85rem; }
    .result { background: #eef7f6; border-radius: 8px; padding: .5rem .8rem; }
    svg.chart { display: block; width: 100%; height: auto; }
    svg.progress { max-width: 420px; }
    svg.activity { max-width: 420px; }
    svg.network { max-width: 860px; margin: 0 auto; }
    svg .axis { stroke: var(--soft); stroke-width: 1; }
    svg .axis.thick { stroke-width: 3; stroke: var(--accent); }
    svg .grid { stroke: var(--line); stroke-dasharray: 3 3; }
    svg .line { fill: none; stroke: var(--accent); stroke-width: 2.5; }
    svg .dot { fill: var(--accent2); }
    svg .bar { fill: var(--accent); }
    svg .value { font-size: 11px; text-anchor: middle; fill: var(--ink); }
    svg .tick { font-size: 10px; fill: var(--soft); }
    svg .tick.end { text-anchor: end; }
    svg .tick.middle { text-anchor: middle; }
    svg .session { fill: #fff; stroke: var(--accent); stroke-width: 3; }
    svg .session.held { fill: var(--accent); }
    svg .date { font-size: 12px; fill: var(--soft); }
    svg .label { font-size: 13px; fill: var(--ink); font-weight: 600; }
    svg .start { text-anchor: start; } svg .middle { text-anchor: middle; } svg .end { text-anchor: end; }
    svg .edge { fill: none; stroke: var(--accent); stroke-opacity: .55; }
    svg .arrowhead { fill: var(--accent); }
    svg .node { fill: var(--accent2); stroke: #fff; stroke-width: 2; }
    svg .name { font-size: 13px; fill: var(--ink); }
    table { border-collapse: collapse; margin: .6rem 0; }
    th, td { border-bottom: 1px solid var(--line); padding: .35rem .7rem; text-align: left; vertical-align: top; }
    td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
    td.cell-0 { color: #b9c3c9; }
    td.cell-1, td.cell-2 { background: #e6f2f1; }
    td.cell-3 { background: #c6e3e0; font-weight: 600; }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 1rem; }
    .figure { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem; text-align: center; }
    .figure .number { display: block; font-size: 2.4rem; font-weight: 700; color: var(--accent); }
    .figure .label { color: var(--soft); }
    .contribution { margin: .6rem 0 1rem; }
    .contribution .title { font-weight: 600; }
    ul.plain { list-style: none; padding: 0; }
    footer.colophon { margin-top: 3rem; color: var(--soft); font-size: .8rem; border-top: 1px solid var(--line); padding-top: .8rem; word-break: break-all; }
    @page { size: A4; margin: 16mm 14mm; }
    @media print {
      html { font-size: 11pt; }
      body { background: #fff; }
      header.cover { padding: 2rem 1.5rem; }
      main { padding: 0; max-width: none; }
      section { break-before: page; padding-top: 0; }
      main > section:first-child { break-before: auto; padding-top: 1rem; }
      .cards { grid-template-columns: 1fr; }
      .card, .figure, blockquote, svg, table { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
    }
    """
}
