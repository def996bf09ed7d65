import KKRDomain

/// One reason a plan cannot be made, in the planner's terms (who, which programme, which numbers).
///
/// Produced by ``FeasibilityCheck`` before solving, or from the solver's
/// answer; turned into Danish or English sentences by the Reports module.
/// When the solver layer offers an irreducible infeasible set, its rows map
/// back to ``ConstraintMeaning`` values through ``TraineeshipModel`` and can
/// be listed in ``noFeasiblePlan``.
public enum PlanConflict: Sendable, Hashable {
    /// A party's lower limit is above its upper limit once the change limit is applied.
    case limitsCross(programme: Programme, party: Party, floor: Int?, cap: Int?, lastYear: Int?, allowance: Int?)
    /// The places to distribute exceed what the upper limits allow.
    case totalAboveCaps(programme: Programme, target: Target, carryOver: Int, capSum: Int)
    /// The lower limits demand more places than an exact target allows.
    case totalBelowFloors(programme: Programme, target: Target, carryOver: Int, floorSum: Int)
    /// One party's lower limits across programmes exceed its joint capacity.
    case jointFloorsAboveCapacity(capacity: JointCapacity, party: Party, floors: [ProgrammeAmount], cap: Int)
    /// The programmes' totals exceed the joint capacity of all parties together.
    case jointTotalAboveCapacity(capacity: JointCapacity, totals: [ProgrammeAmount], capacitySum: Int)
    /// A classic method's result breaks a joint capacity (the classic methods cannot take it into account).
    case methodBreaksJointCapacity(
        method: ApportionmentMethod,
        capacity: JointCapacity,
        party: Party,
        places: Int,
        cap: Int
    )
    /// The solver found no plan; the constraints involved are listed.
    case noFeasiblePlan(programmes: [Programme], involved: [ConstraintMeaning])
}

/// A programme and a number of places, for conflict texts.
public struct ProgrammeAmount: Sendable, Hashable {
    /// The programme.
    public var programme: Programme
    /// The places.
    public var places: Int

    /// Creates an amount.
    public init(programme: Programme, places: Int) {
        self.programme = programme
        self.places = places
    }
}

/// What a row or column bound of a training-place model stands for.
public enum ConstraintMeaning: Sendable, Hashable {
    /// The programme's places add up to `places`.
    case total(programme: Programme, places: Int)
    /// A party's places lie within `lower…upper` (floor, cap and change limit combined).
    case limits(programme: Programme, party: Party, lower: Int, upper: Int?)
    /// A party's places across the capacity's programmes are at most `cap`.
    case jointCapacity(capacity: JointCapacity, party: Party, cap: Int)
}
