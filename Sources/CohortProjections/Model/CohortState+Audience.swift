import CohortLog

extension CohortState {
    /// The cohort as `audience` may see it: the one place where "Who may see what" (docs/FORMAT.md section 4)
    /// is applied. Every view is built from this, so what an audience may not see leaves no trace in it:
    /// no count, no edge, no placeholder, no name.
    ///
    /// - Wishes, assignments, reflections and support: by their visibility (a wish by its current one,
    ///   each version by its own, a closing following the wish; an assignment's title by how it started,
    ///   its result by its own, its progress by its current visibility). `private`: the person concerned
    ///   (for support, giver and receiver) and the facilitators. A reference to a wish the audience may
    ///   not see (a closing's `into`, a support's or reflection's `wish`) is dropped.
    /// - Attendance, withdrawal reasons, e-mail addresses, invoices: the participant concerned and the
    ///   facilitators; claims: the facilitators.
    /// - Names, municipalities, job titles, registrations and withdrawals: the cohort (group). The public sees a participant's or a
    ///   facilitator's name only beside something public of theirs (a public wish, assignment,
    ///   reflection or support, or a harvest contribution naming them), and no municipality.
    /// - The programme, sessions, learning lines and harvest contributions are public (a session's host
    ///   only when the host may be named).
    /// - The latest moment (``lastAt``, the day a harvest looks from when no `--as-of` is given) is that of
    ///   the latest record the audience may see: a later private record must not move it.
    public func visible(to audience: Audience) -> CohortState {
        if audience == .facilitator { return self }
        var view = self
        view.wishes = wishes.compactMap { wish in
            guard audience.sees(wish.visibility, owners: [wish.owner.rawValue]) else { return nil }
            var wish = wish
            wish.versions = wish.versions.filter { audience.sees($0.visibility, owners: [wish.owner.rawValue]) }
            return wish.versions.isEmpty ? nil : wish
        }
        let visibleWishes = Set(view.wishes.map(\.id.rawValue))
        for index in view.wishes.indices {
            if let into = view.wishes[index].closing?.into, !visibleWishes.contains(into.rawValue) {
                view.wishes[index].closing?.into = nil
            }
        }
        view.assignments = assignments.compactMap { assignment in
            let owners = [assignment.owner.rawValue]
            var assignment = assignment
            if !audience.sees(assignment.startVisibility, owners: owners) {
                assignment.title = nil
                assignment.description = nil
            }
            if !audience.sees(assignment.visibility, owners: owners) { assignment.steps = [] }
            if let completion = assignment.completion, !audience.sees(completion.visibility, owners: owners) {
                assignment.completion = nil
            }
            return assignment.title == nil && assignment.steps.isEmpty && assignment.completion == nil ? nil : assignment
        }
        view.reflections = reflections.compactMap { reflection in
            guard audience.sees(reflection.visibility, owners: [reflection.author.rawValue]) else { return nil }
            var reflection = reflection
            if let wish = reflection.wish, !visibleWishes.contains(wish.rawValue) { reflection.wish = nil }
            return reflection
        }
        view.supports = supports.compactMap { support in
            guard audience.sees(support.visibility, owners: [support.from.rawValue, support.to.rawValue]) else { return nil }
            var support = support
            if let wish = support.wish, !visibleWishes.contains(wish.rawValue) { support.wish = nil }
            return support
        }
        view.attendance = attendance.filter { audience.seesPrivate(of: $0.participant.rawValue) }
        view.invoices = invoices.filter { audience.seesPrivate(of: $0.participant.rawValue) }
        view.claims = []

        // People: inside the cohort everyone, without what is private to others; the public only those
        // named beside something public.
        var named = Set<String>()
        if !audience.isInsideCohort {
            for wish in view.wishes { named.insert(wish.owner.rawValue) }
            for assignment in view.assignments { named.insert(assignment.owner.rawValue) }
            for reflection in view.reflections { named.insert(reflection.author.rawValue) }
            for support in view.supports { named.formUnion([support.from.rawValue, support.to.rawValue]) }
            for contribution in contributions { named.formUnion(contribution.contributors.map(\.rawValue)) }
        }
        view.people = people.compactMap { person in
            var person = person
            if !audience.isInsideCohort {
                guard named.contains(person.id.rawValue) else { return nil }
                person.municipality = nil
                person.jobTitle = nil
                person.joinedAt = nil
                person.withdrawal = nil
            }
            if !audience.seesPrivate(of: person.id.rawValue) {
                person.email = nil
                person.withdrawal?.reason = nil
            }
            return person
        }
        let visiblePeople = Set(view.people.map(\.id.rawValue))
        view.sessions = sessions.map { session in
            var session = session
            if let host = session.host, !visiblePeople.contains(host.rawValue) { session.host = nil }
            return session
        }
        view.lastAt = view.latestVisibleMoment()
        view.reindex()
        return view
    }

    /// The latest `at` of what this (filtered) state holds, and of the records everyone may see.
    func latestVisibleMoment() -> Timestamp? {
        var moments: [Timestamp] = lastPublicAt.map { [$0] } ?? []
        for person in people {
            if let joined = person.joinedAt { moments.append(joined) }
            if let withdrawal = person.withdrawal { moments.append(withdrawal.at) }
        }
        for wish in wishes {
            moments += wish.versions.map(\.at)
            if let closing = wish.closing { moments.append(closing.at) }
        }
        for assignment in assignments {
            if assignment.title != nil { moments.append(assignment.startedAt) }
            moments += assignment.steps.map(\.at)
            if let completion = assignment.completion { moments.append(completion.at) }
        }
        moments += reflections.map(\.at) + supports.map(\.at) + attendance.map(\.at) + invoices.map(\.at)
        return moments.max()
    }

    /// Rebuilds the lookup tables after the arrays changed.
    mutating func reindex() {
        personIndex = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1.id.rawValue, $0) })
        sessionIndex = Dictionary(uniqueKeysWithValues: sessions.enumerated().map { ($1.id.rawValue, $0) })
        wishIndex = Dictionary(uniqueKeysWithValues: wishes.enumerated().map { ($1.id.rawValue, $0) })
        assignmentIndex = Dictionary(uniqueKeysWithValues: assignments.enumerated().map { ($1.id.rawValue, $0) })
        attendanceIndex = Dictionary(uniqueKeysWithValues: attendance.enumerated().map {
            ($1.session.rawValue + "\u{0}" + $1.participant.rawValue, $0)
        })
    }
}
