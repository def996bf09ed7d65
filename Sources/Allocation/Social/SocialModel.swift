import KKRDomain
import LinearProgramming

/// The Socialaftale placement model (DESIGN.md §5) built from validated inputs, with the meaning of every column and row.
///
/// For buyer b, offer o, demand cell d = (b, target group g, section s):
///
/// ```text
/// min  Σ (c[o] + k·km[b,o])·z[b,o] + Σ P[g,s]·x[d] + Σ M·u[d] + Σ a·c[o]·e[o]
/// s.t. Σ_{o ∈ O(g,s)} z[b,o] + x[d] + u[d] = D[d]      (demand, every cell d)
///      Σ_b z[b,o]                    ≤ K[o]             (capacity, every offer)
///      Σ_b z[b,o] + e[o]             ≥ ⌈β[o]·K[o]⌉      (occupancy, offers with a bound)
///      z[b,o] ≥ existing[b,o],  x, u, e ≥ 0;  z, x integer in the MIP
/// ```
///
/// c = tariff, k = kr per km per citizen per year, P = price outside the
/// region (no x where there is none), M = unmet penalty, a = share of the
/// tariff charged per empty place below the occupancy bound β. u and e are
/// integral at every vertex because D and the bounds are, so they stay
/// continuous. The matrix is totally unimodular (each z sits in one demand
/// row and in its offer's two rows, which can be signed apart), so the LP
/// relaxation has an integral optimal vertex with the MIP's value.
public struct SocialModel: Sendable {
    /// One purchase column z[b,o].
    public struct Purchase: Sendable, Hashable {
        /// The column.
        public var column: Variable
        /// Index into ``SocialInputs/demand``.
        public var demandIndex: Int
        /// Index into ``SocialInputs/offers``.
        public var offerIndex: Int
        /// Road km from the buyer to the offer.
        public var kilometres: Double
        /// Citizens already placed (the column's lower bound).
        public var existing: Int
    }

    /// The model.
    public private(set) var model: LinearModel
    /// The purchase columns, grouped by offer in offer order, buyers in demand order.
    public private(set) var purchases: [Purchase] = []
    /// The demand row of each demand cell.
    public private(set) var demandRows: [ConstraintReference] = []
    /// The outside-region column of each demand cell, where a price exists.
    public private(set) var outsideColumns: [Variable?] = []
    /// The unmet column of each demand cell.
    public private(set) var unmetColumns: [Variable] = []
    /// The capacity row of each offer (nil when no buyer can use it).
    public private(set) var capacityRows: [ConstraintReference?] = []
    /// The occupancy row of each offer (nil when its bound is 0).
    public private(set) var occupancyRows: [ConstraintReference?] = []
    /// The empty-place column of each offer (nil when its bound is 0).
    public private(set) var emptyColumns: [Variable?] = []

    /// Builds the model for `inputs`.
    ///
    /// - Parameters:
    ///   - inputs: validated inputs (placements within places and demand).
    ///   - integer: true for the MIP (integer z and x), false for its LP relaxation.
    public init(_ inputs: SocialInputs, integer: Bool = true) {
        model = LinearModel(name: "socialaftale_\(inputs.year)")
        let kind: VariableKind = integer ? .integer : .continuous
        let policy = inputs.policy
        let offerIndex = Dictionary(
            inputs.offers.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        var existing: [String: Int] = [:]
        for placement in inputs.placements where offerIndex[placement.offerID] != nil {
            existing[placement.buyer.code + "|" + placement.offerID, default: 0] += placement.citizens
        }
        var cellsByKind: [String: [Int]] = [:]
        for (index, cell) in inputs.demand.enumerated() {
            cellsByKind[cell.targetGroupID + "|" + cell.sectionID, default: []].append(index)
        }

        // Purchase columns, offer by offer.
        var demandColumns = [[Int]](repeating: [], count: inputs.demand.count)
        var offerColumns = [[Int]](repeating: [], count: inputs.offers.count)
        for (o, offer) in inputs.offers.enumerated() {
            for d in cellsByKind[offer.targetGroupID + "|" + offer.sectionID] ?? [] {
                let buyer = inputs.demand[d].buyer
                let km = inputs.kilometres(from: buyer.code, to: offer.location.code)
                let fixed = existing[buyer.code + "|" + offer.id] ?? 0
                let column = model.addVariable(
                    "z_\(buyer.code)_\(offer.id)",
                    kind: kind,
                    lowerBound: Double(fixed),
                    objective: offer.tariff + policy.kmCost.value * km
                )
                purchases.append(
                    Purchase(column: column, demandIndex: d, offerIndex: o, kilometres: km, existing: fixed)
                )
                demandColumns[d].append(column.index)
                offerColumns[o].append(column.index)
            }
        }

        // Demand rows with their outside and unmet columns.
        for (d, cell) in inputs.demand.enumerated() {
            let suffix = "\(cell.buyer.code)_\(cell.targetGroupID)_\(cell.sectionID)"
            var columns = demandColumns[d]
            var outside: Variable?
            if let price = inputs.outsidePrice(targetGroupID: cell.targetGroupID, sectionID: cell.sectionID) {
                let column = model.addVariable("x_\(suffix)", kind: kind, objective: price.price)
                columns.append(column.index)
                outside = column
            }
            let unmet = model.addVariable("u_\(suffix)", objective: policy.unmetPenalty.value)
            columns.append(unmet.index)
            outsideColumns.append(outside)
            unmetColumns.append(unmet)
            let citizens = Double(cell.citizens)
            demandRows.append(
                model.addConstraint(
                    name: "demand_\(suffix)",
                    columns: columns,
                    coefficients: Array(repeating: 1, count: columns.count),
                    lowerBound: citizens,
                    upperBound: citizens
                )
            )
        }

        // Capacity and occupancy rows per offer.
        for (o, offer) in inputs.offers.enumerated() {
            let columns = offerColumns[o]
            capacityRows.append(
                columns.isEmpty
                    ? nil
                    : model.addConstraint(
                        name: "capacity_\(offer.id)",
                        columns: columns,
                        coefficients: Array(repeating: 1, count: columns.count),
                        lowerBound: -.infinity,
                        upperBound: Double(offer.places)
                    )
            )
            let floor = offer.occupancyFloor
            guard floor > 0 else {
                occupancyRows.append(nil)
                emptyColumns.append(nil)
                continue
            }
            let empty = model.addVariable("e_\(offer.id)", objective: policy.emptyPlaceCostShare.value * offer.tariff)
            occupancyRows.append(
                model.addConstraint(
                    name: "occupancy_\(offer.id)",
                    columns: columns + [empty.index],
                    coefficients: Array(repeating: 1, count: columns.count + 1),
                    lowerBound: Double(floor),
                    upperBound: .infinity
                )
            )
            emptyColumns.append(empty)
        }
    }
}
