import Allocation
import KKRDomain

extension ReportText {
    /// One conflict as a plain sentence naming the municipalities and programmes.
    public func conflict(_ conflict: PlanConflict) -> String {
        switch conflict {
        case .limitsCross(let programme, let party, let floor, let cap, let lastYear, let allowance):
            var limits: [String] = []
            if let floor { limits.append(pick("bunden er \(number(floor))", "the floor is \(number(floor))")) }
            if let cap { limits.append(pick("loftet er \(number(cap))", "the cap is \(number(cap))")) }
            if let lastYear, let allowance {
                limits.append(
                    pick(
                        "sidste år fik kommunen \(number(lastYear)), og ændringen må højst være \(number(allowance))",
                        "last year it had \(number(lastYear)) and the change may be at most \(number(allowance))"
                    )
                )
            }
            return pick(
                "\(programme.nameDanish): \(party.name) kan ikke få et antal pladser, der opfylder alle grænser: \(list(limits)).",
                "\(programme.nameEnglish): no number of places for \(party.name) meets every limit: \(list(limits))."
            )
        case .totalAboveCaps(let programme, let target, let carryOver, let capSum):
            return pick(
                "\(programme.nameDanish): der skal fordeles \(totalText(target, carryOver)), men kommunernes lofter og ændringsgrænser giver tilsammen højst \(number(capSum)) pladser.",
                "\(programme.nameEnglish): \(totalText(target, carryOver)) must be distributed, but the municipalities' caps and change limits allow at most \(number(capSum)) places together."
            )
        case .totalBelowFloors(let programme, let target, let carryOver, let floorSum):
            return pick(
                "\(programme.nameDanish): kommunernes bunde og ændringsgrænser kræver tilsammen mindst \(number(floorSum)) pladser, men der skal fordeles præcis \(totalText(target, carryOver)).",
                "\(programme.nameEnglish): the municipalities' floors and change limits require at least \(number(floorSum)) places together, but exactly \(totalText(target, carryOver)) must be distributed."
            )
        case .jointFloorsAboveCapacity(let capacity, let party, let floors, let cap):
            let parts = floors.map { "\(number($0.places)) \(programmeName($0.programme))" }
            return pick(
                "\(capacity.nameDanish): \(party.name) skal have mindst \(list(parts))-pladser, men den fælles kapacitet er \(number(cap)).",
                "\(capacity.nameEnglish): \(party.name) must have at least \(list(parts)) places, but the joint capacity is \(number(cap))."
            )
        case .jointTotalAboveCapacity(let capacity, let totals, let capacitySum):
            let parts = totals.map { "\(number($0.places)) \(programmeName($0.programme))" }
            return pick(
                "\(capacity.nameDanish): der skal fordeles \(list(parts))-pladser, i alt \(number(totals.reduce(0) { $0 + $1.places })), men den fælles kapacitet giver højst \(number(capacitySum)).",
                "\(capacity.nameEnglish): \(list(parts)) places must be distributed, \(number(totals.reduce(0) { $0 + $1.places })) in all, but the joint capacity allows at most \(number(capacitySum))."
            )
        case .methodBreaksJointCapacity(let method, let capacity, let party, let places, let cap):
            return pick(
                "\(self.method(method)) giver \(party.name) \(number(places)) pladser under \(capacity.nameDanish), men kapaciteten er \(number(cap)); denne metode kan ikke tage hensyn til fælles kapacitet, brug --method optimal.",
                "\(self.method(method)) gives \(party.name) \(number(places)) places under \(capacity.nameEnglish), but the capacity is \(number(cap)); this method cannot respect a joint capacity, use --method optimal."
            )
        case .noFeasiblePlan(let programmes, let involved):
            let names = list(programmes.map(programmeName))
            return pick(
                "\(names): der findes ingen fordeling, der overholder alle grænser på én gang (\(number(involved.count)) betingelser er i spil: regionale tal, bunde, lofter, ændringsgrænser og fælles kapacitet). Løsn en af dem.",
                "\(names): no distribution meets every limit at once (\(number(involved.count)) conditions are involved: regional numbers, floors, caps, change limits and joint capacity). Relax one of them."
            )
        }
    }

    /// "618 pladser (minimum) plus 7 overførte = 625" style total.
    func totalText(_ target: Target, _ carryOver: Int) -> String {
        let base = pick(
            "\(number(target.places)) pladser (\(targetKind(target.kind)))",
            "\(number(target.places)) places (\(targetKind(target.kind)))"
        )
        guard carryOver > 0 else { return base }
        return base
            + pick(
                " plus \(number(carryOver)) overførte = \(number(target.places + carryOver))",
                " plus \(number(carryOver)) carried over = \(number(target.places + carryOver))"
            )
    }

    /// The programme's short name: a short id in upper case (SSA, PAU), else the first word of its name.
    public func programmeName(_ programme: Programme) -> String {
        if programme.id.count <= 3 { return programme.id.uppercased() }
        let name = programme.name(in: language)
        return name.split(separator: " ").first.map(String.init) ?? name
    }
}
