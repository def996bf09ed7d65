extension TraineeshipValidator {
    /// Every figure in places (targets, carry-over, bounds, last year, change limits, joint caps) within ``PlaceRange``.
    ///
    /// Checked on the domain values, so a scenario change that scales a
    /// number out of range is reported at the change.
    static func checkRange(_ inputs: TraineeshipInputs, diagnostics: inout DiagnosticCollector) {
        let hint = "a region's training places are at most thousands; the supported range is 0 to \(PlaceRange.maximum)"
        func check(_ value: Int?, _ what: @autoclosure () -> String, at location: SourceLocation) {
            guard let value, !PlaceRange.contains(value) else { return }
            diagnostics.error("\(what()) is \(value), outside the supported range of places", at: location, hint: hint)
        }
        for programme in inputs.programmes {
            if let target = programme.target(for: inputs.year) {
                check(
                    target.places,
                    "the regional number of '\(programme.id)' for \(target.year)",
                    at: target.provenance.location
                )
                let carryOver =
                    programme.carriesOverShortfall
                    ? inputs.parties(for: programme)
                        .reduce(0) {
                            $0 + min(PlaceRange.maximum, inputs.lastYear[programme.id]?[$1.code]?.shortfall ?? 0)
                        }
                    : 0
                if PlaceRange.contains(target.places) && carryOver > 0 {
                    check(
                        target.places + carryOver,
                        "the places of '\(programme.id)' to distribute in \(target.year) (\(target.places) plus \(carryOver) carried over)",
                        at: target.provenance.location
                    )
                }
            }
            check(programme.changeLimit?.places, "the 'max_change' places of '\(programme.id)'", at: programme.location)
            for (code, bounds) in (inputs.bounds[programme.id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                check(bounds.floor, "the floor of \(code) for '\(programme.id)'", at: bounds.provenance.location)
                check(bounds.cap, "the cap of \(code) for '\(programme.id)'", at: bounds.provenance.location)
            }
            for (code, figures) in (inputs.lastYear[programme.id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                check(
                    figures.allocated,
                    "last year's allocation of \(code) for '\(programme.id)'",
                    at: figures.provenance.location
                )
                check(
                    figures.realised,
                    "last year's realised places of \(code) for '\(programme.id)'",
                    at: figures.provenance.location
                )
            }
        }
        for capacity in inputs.jointCapacities {
            for (code, cap) in capacity.caps.sorted(by: { $0.key < $1.key }) {
                check(
                    cap,
                    "the joint capacity '\(capacity.id)' of \(code)",
                    at: capacity.provenance[code]?.location ?? capacity.location
                )
            }
        }
    }
}
