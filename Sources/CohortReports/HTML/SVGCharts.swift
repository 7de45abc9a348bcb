import CohortLog
import CohortProjections

/// The charts of the harvest page, drawn as inline SVG by our own code: deterministic (the same log gives
/// the same picture) and self-contained (no fonts, images or scripts).
public enum SVGCharts {
    /// An assignment's progress over the programme's period: a step line from 0 to each step, ending at
    /// 100 when completed.
    public static func progress(_ assignment: Assignment, from start: Day, to end: Day, words: Words) -> String {
        let width = 320.0, height = 72.0, left = 6.0, right = 6.0, top = 8.0, bottom = 16.0
        let span = Double(max(1, end.daysSinceEpoch - start.daysSinceEpoch))
        func x(_ day: Day) -> Double {
            left + (width - left - right) * min(1, max(0, Double(day.daysSinceEpoch - start.daysSinceEpoch) / span))
        }
        func y(_ progress: Int) -> Double { top + (height - top - bottom) * (1 - Double(progress) / 100) }
        // Its start only when the audience may see how it started (its title): else from its first step.
        var points: [(Day, Int)] = assignment.title == nil ? [] : [(assignment.startedAt.localDay, 0)]
        points += assignment.steps.map { ($0.at.localDay, $0.progress) }
        if let completion = assignment.completion { points.append((completion.at.localDay, 100)) }
        guard let first = points.first else { return "" }
        if assignment.title == nil { points.insert((first.0, 0), at: 0) }
        var path = "M\(x(points[0].0).svg) \(y(0).svg)"
        var previous = 0
        for (day, progress) in points.dropFirst() {
            path += " H\(x(day).svg) V\(y(progress).svg)"
            previous = progress
        }
        _ = previous
        let label = "\(words.progress): " + points.dropFirst().map { "\(words.date($0.0)) \($0.1)%" }.joined(separator: ", ")
        var svg = "<svg class=\"chart progress\" viewBox=\"0 0 \(width.svg) \(height.svg)\" role=\"img\" aria-label=\"\(HTML.attribute(label))\">"
        svg += "<line x1=\"\(left.svg)\" y1=\"\(y(0).svg)\" x2=\"\((width - right).svg)\" y2=\"\(y(0).svg)\" class=\"axis\"/>"
        svg += "<line x1=\"\(left.svg)\" y1=\"\(y(100).svg)\" x2=\"\((width - right).svg)\" y2=\"\(y(100).svg)\" class=\"grid\"/>"
        // Month ticks.
        var month = Day(year: start.components.year, month: start.components.month, day: 1) ?? start
        while month <= end {
            if month >= start {
                svg += "<line x1=\"\(x(month).svg)\" y1=\"\(y(0).svg)\" x2=\"\(x(month).svg)\" y2=\"\((y(0) + 3).svg)\" class=\"axis\"/>"
            }
            let (year, m, _) = month.components
            month = Day(year: m == 12 ? year + 1 : year, month: m == 12 ? 1 : m + 1, day: 1) ?? end.next
        }
        svg += "<path d=\"\(path)\" class=\"line\"/>"
        for (day, progress) in points.dropFirst() {
            svg += "<circle cx=\"\(x(day).svg)\" cy=\"\(y(progress).svg)\" r=\"3\" class=\"dot\"/>"
        }
        svg += "<text x=\"\(left.svg)\" y=\"\((height - 3).svg)\" class=\"tick\">\(HTML.text(words.date(start)))</text>"
        svg += "<text x=\"\((width - right).svg)\" y=\"\((height - 3).svg)\" class=\"tick end\">\(HTML.text(words.date(end)))</text>"
        return svg + "</svg>"
    }

    /// A line's activity per stretch between sessions, as bars labelled by the stretch's start.
    public static func activity(_ counts: [Int], intervals: Intervals, words: Words) -> String {
        let barWidth = 34.0, gap = 10.0, height = 90.0, top = 14.0, bottom = 22.0
        let width = Double(counts.count) * (barWidth + gap) + gap
        let maximum = Double(max(1, counts.max() ?? 1))
        let label = zip(intervals.intervals, counts).map { "\(LinesReport.label($0, words).plain): \($1)" }.joined(separator: "; ")
        var svg = "<svg class=\"chart activity\" viewBox=\"0 0 \(width.svg) \(height.svg)\" role=\"img\" aria-label=\"\(HTML.attribute(label))\">"
        for (index, count) in counts.enumerated() {
            let x = gap + Double(index) * (barWidth + gap)
            let barHeight = (height - top - bottom) * Double(count) / maximum
            let y = height - bottom - barHeight
            svg += "<rect x=\"\(x.svg)\" y=\"\(y.svg)\" width=\"\(barWidth.svg)\" height=\"\(max(0, barHeight).svg)\" class=\"bar\"/>"
            svg += "<text x=\"\((x + barWidth / 2).svg)\" y=\"\((y - 3).svg)\" class=\"value\">\(count)</text>"
            let interval = intervals.intervals[index]
            let tick = interval.from.map { short($0.firstDay, words) } ?? "…"
            svg += "<text x=\"\((x + barWidth / 2).svg)\" y=\"\((height - 6).svg)\" class=\"tick middle\">\(HTML.text(tick))</text>"
        }
        return svg + "</svg>"
    }

    /// `12 jun` / `12 Jun`.
    static func short(_ day: Day, _ words: Words) -> String {
        let text = words.date(day)
        let parts = text.split(separator: " ")
        guard parts.count == 3 else { return text }
        return "\(parts[0]) \(parts[1].prefix(3))"
    }

    /// The sessions on a line through the programme's period, each a dot with its date and title.
    public static func timeline(_ sessions: [(session: Session, held: Bool)], from start: Day, to end: Day, words: Words) -> String {
        let width = 900.0, height = 150.0, left = 20.0, right = 20.0, axis = 75.0
        let span = Double(max(1, end.daysSinceEpoch - start.daysSinceEpoch))
        func x(_ day: Day) -> Double {
            left + (width - left - right) * min(1, max(0, Double(day.daysSinceEpoch - start.daysSinceEpoch) / span))
        }
        var svg = "<svg class=\"chart timeline\" viewBox=\"0 0 \(width.svg) \(height.svg)\" role=\"img\" aria-label=\"\(HTML.attribute(words.sessions))\">"
        svg += "<line x1=\"\(left.svg)\" y1=\"\(axis.svg)\" x2=\"\((width - right).svg)\" y2=\"\(axis.svg)\" class=\"axis thick\"/>"
        for (index, entry) in sessions.enumerated() {
            let cx = x(entry.session.firstDay)
            let above = index % 2 == 0
            let anchor = cx < 120 ? "start" : (cx > width - 120 ? "end" : "middle")
            svg += "<circle cx=\"\(cx.svg)\" cy=\"\(axis.svg)\" r=\"\(entry.session.kind == .manifestation ? 9 : 6)\" class=\"\(entry.held ? "session held" : "session")\"/>"
            let dateY = above ? axis - 34 : axis + 30
            let titleY = above ? axis - 18 : axis + 46
            svg += "<text x=\"\(cx.svg)\" y=\"\(dateY.svg)\" class=\"date \(anchor)\">\(HTML.text(words.date(entry.session.firstDay)))</text>"
            svg += "<text x=\"\(cx.svg)\" y=\"\(titleY.svg)\" class=\"label \(anchor)\">\(HTML.text(shortTitle(entry.session.title)))</text>"
        }
        return svg + "</svg>"
    }

    /// A title cut at its first colon, and to 40 characters.
    static func shortTitle(_ title: String) -> String {
        clipped(title.split(separator: ":", maxSplits: 1).first.map(String.init) ?? title)
    }

    /// A label cut to 40 characters with an ellipsis: text in a chart cannot wrap.
    static func clipped(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(39)) + "…" : text
    }

    /// The support network: people on a circle in the order of their ids, an arrow from giver to
    /// receiver whose width grows with the number of times.
    public static func network(_ network: SupportNetwork, people: [Person], context: ReportContext) -> String {
        let ids = Array(Set(network.edges.flatMap { [$0.from.rawValue, $0.to.rawValue] })).sorted()
        guard !ids.isEmpty else { return "" }
        let width = 820.0, height = 600.0, center = width / 2, middle = height / 2, radius = 230.0
        var position: [String: (Double, Double)] = [:]
        for (index, id) in ids.enumerated() {
            let angle = 2 * Double.pi * Double(index) / Double(ids.count) - Double.pi / 2
            position[id] = (center + radius * cosine(angle), middle + radius * sine(angle))
        }
        let maximum = Double(network.edges.map(\.count).max() ?? 1)
        var svg = "<svg class=\"chart network\" viewBox=\"0 0 \(width.svg) \(height.svg)\" role=\"img\" aria-label=\"\(HTML.attribute(context.words.supportNetwork))\">"
        svg += "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" class=\"arrowhead\"/></marker></defs>"
        for edge in network.edges {
            guard let (x1, y1) = position[edge.from.rawValue], let (x2, y2) = position[edge.to.rawValue] else { continue }
            // Bend each edge to its right, so that the two directions between a pair stay apart.
            let mx = (x1 + x2) / 2, my = (y1 + y2) / 2
            let dx = x2 - x1, dy = y2 - y1
            let length = max(1, (dx * dx + dy * dy).squareRoot())
            let cx = mx + dy / length * 22, cy = my - dx / length * 22
            // Stop short of the receiver's node.
            let ex = x2 - (x2 - cx) / max(1, ((x2 - cx) * (x2 - cx) + (y2 - cy) * (y2 - cy)).squareRoot()) * 16
            let ey = y2 - (y2 - cy) / max(1, ((x2 - cx) * (x2 - cx) + (y2 - cy) * (y2 - cy)).squareRoot()) * 16
            let stroke = 1 + 5 * Double(edge.count) / maximum
            svg += "<path d=\"M\(x1.svg) \(y1.svg) Q\(cx.svg) \(cy.svg) \(ex.svg) \(ey.svg)\" class=\"edge\" stroke-width=\"\(stroke.svg)\" marker-end=\"url(#arrow)\"><title>\(HTML.text(context.person(edge.from.rawValue).plain)) → \(HTML.text(context.person(edge.to.rawValue).plain)): \(edge.count)</title></path>"
        }
        for id in ids {
            guard let (x, y) = position[id] else { continue }
            let angle = atan2(y - middle, x - center)
            let lx = x + 20 * cosine(angle), ly = y + 20 * sine(angle) + 4
            let anchor = abs(lx - center) < 10 ? "middle" : (lx > center ? "start" : "end")
            let name = clipped(context.state.person(id)?.name.text ?? id)
            svg += "<circle cx=\"\(x.svg)\" cy=\"\(y.svg)\" r=\"11\" class=\"node\"/>"
            svg += "<text x=\"\(lx.svg)\" y=\"\(ly.svg)\" class=\"name \(anchor)\">\(HTML.text(name))</text>"
        }
        return svg + "</svg>"
    }

    // Trigonometry without Foundation: the angles here are few, so a short series is enough.
    static func sine(_ x: Double) -> Double {
        var angle = x.truncatingRemainder(dividingBy: 2 * Double.pi)
        if angle > Double.pi { angle -= 2 * Double.pi }
        if angle < -Double.pi { angle += 2 * Double.pi }
        var term = angle, sum = angle
        for n in 1..<12 {
            term *= -angle * angle / Double((2 * n) * (2 * n + 1))
            sum += term
        }
        return sum
    }

    static func cosine(_ x: Double) -> Double { sine(x + Double.pi / 2) }

    static func atan2(_ y: Double, _ x: Double) -> Double {
        // Good enough to place a label beside a point on a circle.
        if x == 0 { return y >= 0 ? Double.pi / 2 : -Double.pi / 2 }
        let t = y / x
        var a = abs(t) <= 1 ? atanSeries(t) : (t > 0 ? Double.pi / 2 - atanSeries(1 / t) : -Double.pi / 2 - atanSeries(1 / t))
        if x < 0 { a += y >= 0 ? Double.pi : -Double.pi }
        return a
    }

    static func atanSeries(_ t: Double) -> Double {
        // atan(t) = 2 atan(t / (1 + sqrt(1 + t²))), then the series converges fast.
        let u = t / (1 + (1 + t * t).squareRoot())
        var term = u, sum = u
        for n in 1..<20 {
            term *= -u * u
            sum += term / Double(2 * n + 1)
        }
        return 2 * sum
    }
}
