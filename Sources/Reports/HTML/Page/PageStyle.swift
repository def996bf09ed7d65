/// The page's inline style sheet: readable on a phone, printable on A4, no fonts or files from the network.
///
/// Text colours reach WCAG AA (4.5:1) against their backgrounds: ink
/// #1A1A1A, secondary #4D4D4D (8.5:1), warnings #A63D00 (6.4:1), links
/// #005A8C (7.4:1). The style never holds `<` or `&`, so the page stays
/// well-formed XML.
enum PageStyle {
    static let css = """

        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body {
          margin: 0 auto; max-width: 68rem; padding: 1rem 1.25rem 3rem;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif;
          font-size: 16px; line-height: 1.45; color: #1A1A1A; background: #FFFFFF;
        }
        h1 { font-size: 1.7rem; line-height: 1.2; margin: 0.5rem 0; }
        h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #0072B2; }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
        p { margin: 0.5rem 0; max-width: 48rem; }
        a { color: #005A8C; }
        .subtitle { color: #4D4D4D; margin-top: 0; }
        .banner { border-left: 6px solid #D55E00; background: #FFF4E5; padding: 0.6rem 0.9rem; margin: 1rem 0; }
        .banner strong { color: #A63D00; }
        nav.toc ol { margin: 0.25rem 0; padding-left: 1.5rem; columns: 2 16rem; }
        .decision { background: #F2F6FA; border-left: 6px solid #0072B2; padding: 0.6rem 0.9rem; }
        .key-figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr)); gap: 0.75rem; margin: 0; }
        .key-figure { border: 1px solid #BFBFBF; border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0; }
        .key-figure dt { font-size: 0.85rem; color: #4D4D4D; }
        .key-figure dd { margin: 0; font-size: 1.6rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        .key-figure dd.long { font-size: 1.25rem; }
        .key-figure .note { display: block; font-size: 0.8rem; font-weight: 400; color: #4D4D4D; }
        .mark { color: #A63D00; font-weight: 700; }
        figure.chart { margin: 1.25rem 0 2rem; display: grid; grid-template-columns: 1fr; gap: 0.75rem 1.5rem; }
        .chart-svg { display: block; width: 100%; height: auto; max-width: 560px; }
        .chart-svg text { font-size: 13px; fill: #1A1A1A; }
        .chart-svg .chart-title { font-size: 16px; font-weight: 700; }
        .chart-svg .tick { font-size: 12px; fill: #4D4D4D; }
        .chart-svg .value, .chart-svg .end-label { font-size: 12px; }
        .chart-svg .axis-label { font-weight: 600; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; font-size: 0.9rem; margin: 0.5rem 0 1rem; }
        caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
        th, td { padding: 0.2rem 0.55rem; border-bottom: 1px solid #D9D9D9; vertical-align: top; }
        thead th { border-bottom: 2px solid #1A1A1A; text-align: left; }
        th[scope=row] { text-align: left; font-weight: 400; white-space: nowrap; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        thead th.num { white-space: normal; }
        tfoot th, tfoot td { font-weight: 700; border-top: 2px solid #1A1A1A; }
        td.warn { color: #A63D00; font-weight: 700; }
        ul.checks { list-style: none; padding-left: 0; }
        ul.checks li { margin: 0.3rem 0; padding-left: 1.6rem; text-indent: -1.6rem; }
        .status { display: inline-block; width: 1.6rem; text-indent: 0; font-weight: 700; }
        .status.passed { color: #006B45; }
        .status.failed { color: #A63D00; }
        td.sha { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.8rem; word-break: break-all; }
        footer { margin-top: 3rem; color: #4D4D4D; font-size: 0.85rem; border-top: 1px solid #D9D9D9; }
        @media (min-width: 62rem) {
          figure.chart { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
          figure.chart.wide { grid-template-columns: 1fr; }
        }
        @media (max-width: 40rem) {
          body { padding: 0.5rem 0.75rem 2rem; font-size: 15px; }
          h1 { font-size: 1.35rem; }
          table { font-size: 0.8rem; }
          th, td { padding: 0.15rem 0.35rem; }
          .chart-svg text { font-size: 14px; }
          .chart-svg .tick, .chart-svg .value, .chart-svg .end-label { font-size: 13px; }
        }
        @page { size: A4; margin: 14mm 12mm 16mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2 { margin-top: 0; }
          section.page { break-before: page; page-break-before: always; }
          figure.chart { grid-template-columns: minmax(0, 11fr) minmax(0, 9fr); align-items: start; gap: 0 4mm; margin: 4mm 0 6mm; }
          figure.chart.wide { grid-template-columns: 1fr; }
          figure.chart.wide .chart-svg { max-width: 125mm; }
          figure.chart, .chart-graphic, table, .key-figures, .decision, tr { break-inside: avoid; page-break-inside: avoid; }
          figure.chart.wide { break-inside: auto; page-break-inside: auto; }
          h2, h3, caption { break-after: avoid; page-break-after: avoid; }
          table { font-size: 8pt; }
          .chart-table table { font-size: 7.5pt; }
          th, td { padding: 0.5mm 1.5mm; }
          .table-wrap { overflow: visible; }
          a { color: inherit; text-decoration: none; }
          nav.toc { display: none; }
        }

        """
}
