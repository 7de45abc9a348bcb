import CohortLog
import CohortProjections

/// The charts of the harvest page, drawn as inline SVG by our own code: deterministic (the same log gives
/// the same picture) and self-contained (no fonts, images or scripts).
///
/// Every chart opens with a `<title>` and a `<desc>` that say in words what it shows (its values
/// included), named by `aria-labelledby`; it is drawn at its own size in CSS pixels (`width`, `height`),
/// so that its text, 14 px or more, stays that size on a wide screen and only shrinks with a narrow one.
public enum SVGCharts {
    /// The opening of a chart: `<svg>` with its size, its title and its description, whose ids start
    /// with `id` (unique in the page).
    static func open(_ kind: String, id: String, width: Double, height: Double, title: String, description: String) -> String {
        var svg = "<svg class=\"chart \(kind)\" width=\"\(width.svg)\" height=\"\(height.svg)\" viewBox=\"0 0 \(width.svg) \(height.svg)\""
        svg += " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        svg += "<title id=\"\(id)-title\">\(HTML.text(title))</title><desc id=\"\(id)-desc\">\(HTML.text(description))</desc>"
        return svg
    }

    /// An assignment's progress over the programme's period: a step line from 0 to each step, ending at
    /// 100 when completed; the y axis at 0, 50 and 100%, each session marked by a dashed line with its
    /// short day below the axis, the final value written at the end.
    ///
    /// The line starts where the assignment started when the audience may see how it started (its
    /// title), else at its first step. With `withdrawal` (the day the owner withdrew, where the audience
    /// may see it), a cross marks that day on the level the line ended at.
    public static func progress(_ assignment: Assignment, id: String, title: String, sessions: [Session],
                                from start: Day, to end: Day, withdrawal: Day? = nil, words: Words) -> String {
        var points: [(Day, Int)] = assignment.title == nil ? [] : [(assignment.startedAt.localDay, 0)]
        points += assignment.steps.map { ($0.at.localDay, $0.progress) }
        if let completion = assignment.completion { points.append((completion.at.localDay, 100)) }
        guard let first = points.first, let last = points.last else { return "" }
        if assignment.title == nil { points.insert((first.0, 0), at: 0) }

        let width = 460.0, left = 52.0, right = 410.0, top = 10.0, bottom = 80.0, row = 19.0
        let span = Double(max(1, end.daysSinceEpoch - start.daysSinceEpoch))
        func x(_ day: Day) -> Double {
            left + (right - left) * min(1, max(0, Double(day.daysSinceEpoch - start.daysSinceEpoch) / span))
        }
        func y(_ progress: Int) -> Double { top + (bottom - top) * (1 - Double(min(100, max(0, progress))) / 100) }

        // The sessions' labels below the axis, in two rows where they would touch; one that fits in
        // neither is left to its mark (the description names every session).
        let marked = sessions.filter { $0.firstDay >= start && $0.firstDay <= end }
        var ends: [Double] = [-Double.infinity, -Double.infinity]
        var labels: [(x: Double, row: Int, text: String)] = []
        for session in marked {
            let text = words.page.short(session.firstDay)
            let half = Double(text.count) * 4.2
            let cx = min(max(x(session.firstDay), left + half), width - half)
            guard let free = (0..<2).first(where: { ends[$0] + 6 < cx - half }) else { continue }
            ends[free] = cx + half
            labels.append((cx, free, text))
        }
        let rows = labels.contains { $0.row == 1 } ? 2.0 : 1.0
        let height = bottom + 6 + rows * row

        var steps = points.dropFirst().map { "\(words.date($0.0)) \($0.1)%" }
        if assignment.title != nil { steps.insert(words.page.startedOn(words.date(assignment.startedAt.localDay)), at: 0) }
        if let completion = assignment.completion { steps.append(words.page.completedOn(words.date(completion.at.localDay))) }
        var description = "\(words.progress.capitalizedFirst): " + steps.joined(separator: "; ")
        if let withdrawal { description += "; " + words.page.withdrew(words.date(withdrawal)).dropLast() }
        if !marked.isEmpty { description += "; \(words.page.sessionsMarked): " + marked.map { words.days($0.days) }.joined(separator: ", ") }

        var svg = open("progress", id: id, width: width, height: height, title: title, description: description + ".")
        for value in [0, 50, 100] {
            svg += "<line x1=\"\(left.svg)\" y1=\"\(y(value).svg)\" x2=\"\(right.svg)\" y2=\"\(y(value).svg)\" class=\"\(value == 0 ? "axis" : "grid")\"/>"
            svg += "<text x=\"\((left - 8).svg)\" y=\"\((y(value) + 5).svg)\" class=\"tick end\">\(value)%</text>"
        }
        for session in marked {
            let sx = x(session.firstDay)
            svg += "<line x1=\"\(sx.svg)\" y1=\"\(top.svg)\" x2=\"\(sx.svg)\" y2=\"\((bottom + 4).svg)\" class=\"mark\"/>"
        }
        for label in labels {
            let ly = bottom + 4 + row * Double(label.row + 1) - 3
            svg += "<text x=\"\(label.x.svg)\" y=\"\(ly.svg)\" class=\"tick middle\">\(HTML.text(label.text))</text>"
        }
        var path = "M\(x(points[0].0).svg) \(y(points[0].1).svg)"
        for (day, progress) in points.dropFirst() { path += " H\(x(day).svg) V\(y(progress).svg)" }
        svg += "<path d=\"\(path)\" class=\"line\"/>"
        for (day, progress) in points.dropFirst() {
            svg += "<circle cx=\"\(x(day).svg)\" cy=\"\(y(progress).svg)\" r=\"4\" class=\"dot\"/>"
        }
        if let withdrawal, withdrawal >= start, withdrawal <= end {
            // A cross where they withdrew, on the level the line ended at.
            let wx = x(withdrawal), wy = y(last.1)
            svg += "<path d=\"M\((wx - 6).svg) \((wy - 6).svg) L\((wx + 6).svg) \((wy + 6).svg) M\((wx - 6).svg) \((wy + 6).svg) L\((wx + 6).svg) \((wy - 6).svg)\" class=\"withdrawn\"/>"
        }
        let lx = x(last.0), ly = y(last.1)
        svg += "<text x=\"\((lx + 8).svg)\" y=\"\((ly + 5).svg)\" class=\"value start\">\(last.1)%</text>"
        return svg + "</svg>"
    }

    /// Bars lying down, one per row with its label before it and its number after it: a line's activity
    /// per stretch between sessions.
    public static func bars(_ rows: [(label: String, count: Int)], id: String, title: String, description: String) -> String {
        guard !rows.isEmpty else { return "" }
        let width = 460.0, labels = 150.0, barStart = 160.0, barEnd = 410.0, row = 28.0, top = 6.0
        let height = top * 2 + row * Double(rows.count)
        let maximum = Double(max(1, rows.map(\.count).max() ?? 1))
        var svg = open("bars", id: id, width: width, height: height, title: title, description: description)
        svg += "<line x1=\"\(barStart.svg)\" y1=\"\(top.svg)\" x2=\"\(barStart.svg)\" y2=\"\((height - top).svg)\" class=\"axis\"/>"
        for (index, entry) in rows.enumerated() {
            let y = top + row * Double(index)
            let length = (barEnd - barStart) * Double(entry.count) / maximum
            svg += "<text x=\"\(labels.svg)\" y=\"\((y + 19).svg)\" class=\"tick end\">\(HTML.text(clipped(entry.label, to: 22)))</text>"
            if entry.count > 0 {
                svg += "<rect x=\"\(barStart.svg)\" y=\"\((y + 5).svg)\" width=\"\(length.svg)\" height=\"18\" class=\"bar\"/>"
            }
            svg += "<text x=\"\((barStart + length + 6).svg)\" y=\"\((y + 19).svg)\" class=\"value start\">\(entry.count)</text>"
        }
        return svg + "</svg>"
    }

    /// Who gave and who received support, ranked: one row per person with their name, a bar of the
    /// support they gave and a bar of the support they received, each with its number; the rows in the
    /// order given.
    public static func support(_ rows: [(name: String, gave: Int, received: Int)], id: String, title: String,
                               description: String, gave: String, received: String) -> String {
        guard !rows.isEmpty else { return "" }
        let width = 520.0, names = 166.0, panel = 170.0, gaveStart = 176.0, receivedStart = 348.0
        let head = 30.0, row = 28.0
        let height = head + row * Double(rows.count) + 6
        let maximum = Double(max(1, rows.map { max($0.gave, $0.received) }.max() ?? 1))
        var svg = open("support", id: id, width: width, height: height, title: title, description: description)
        svg += "<text x=\"\(gaveStart.svg)\" y=\"20\" class=\"heading start\">\(HTML.text(gave))</text>"
        svg += "<text x=\"\(receivedStart.svg)\" y=\"20\" class=\"heading start\">\(HTML.text(received))</text>"
        for start in [gaveStart, receivedStart] {
            svg += "<line x1=\"\(start.svg)\" y1=\"\(head.svg)\" x2=\"\(start.svg)\" y2=\"\((height - 6).svg)\" class=\"axis\"/>"
        }
        for (index, entry) in rows.enumerated() {
            let y = head + row * Double(index)
            svg += "<text x=\"\(names.svg)\" y=\"\((y + 19).svg)\" class=\"name end\">\(HTML.text(clipped(entry.name, to: 20)))</text>"
            for (start, count, kind) in [(gaveStart, entry.gave, "bar"), (receivedStart, entry.received, "bar other")] {
                let length = (panel - 34) * Double(count) / maximum
                if count > 0 {
                    svg += "<rect x=\"\(start.svg)\" y=\"\((y + 5).svg)\" width=\"\(length.svg)\" height=\"18\" class=\"\(kind)\"/>"
                }
                svg += "<text x=\"\((start + length + 6).svg)\" y=\"\((y + 19).svg)\" class=\"value start\">\(count)</text>"
            }
        }
        return svg + "</svg>"
    }

    /// `12 jun` / `12 Jun`: a day in short, for a chart or a column (the Markdown reports' tables use it).
    static func short(_ day: Day, _ words: Words) -> String { words.page.short(day) }

    /// A label cut to `limit` characters with an ellipsis: text in a chart cannot wrap.
    static func clipped(_ text: String, to limit: Int = 40) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
