import Allocation
import KKRDomain
import SolverBackends
import TestSupport
import Testing

/// Issue 10's promise for the shipped-like inputs (frozen in `Tests/Fixtures/Inputs/`): every backend plans the
/// same training places (programme by programme, municipality by municipality, splits included) and the same
/// Socialaftale cost as GLPK.
@Suite struct BackendEquivalenceTests {
    static let inputs = Fixtures.inputs

    static func traineeships(_ backend: SolverBackend) throws -> TraineeshipPlan {
        let inputs = try TraineeshipInputReader.read(folder: inputs, displayName: "Inputs")
        guard case .planned(let plan) = try TraineeshipPlanner(solver: backend.makeSolver()).plan(inputs) else {
            throw PlanningError(reason: "\(backend) found the training-place plan infeasible")
        }
        return plan
    }

    static func social(_ backend: SolverBackend) throws -> SocialPlan {
        let inputs = try SocialInputReader.read(folder: inputs, displayName: "Inputs")
        guard case .planned(let plan) = try SocialPlanner(solver: backend.makeSolver()).plan(inputs) else {
            throw PlanningError(reason: "\(backend) found the Socialaftale plan infeasible")
        }
        return plan
    }

    @Test(
        "The same training places and splits as GLPK",
        arguments: SolverBackend.allCases.filter { $0 != .glpk }
    )
    func sameTrainingPlaces(_ backend: SolverBackend) throws {
        let reference = try Self.traineeships(.glpk)
        let other = try Self.traineeships(backend)
        #expect(other.programmes.map { $0.rows.map(\.places) } == reference.programmes.map { $0.rows.map(\.places) })
        #expect(other.programmes.map { $0.splits.map(\.cells) } == reference.programmes.map { $0.splits.map(\.cells) })
        #expect(other.allChecksPass)
    }

    @Test(
        "The same Socialaftale cost, cost parts and placement totals as GLPK",
        arguments: SolverBackend.allCases.filter { $0 != .glpk }
    )
    func sameSocialCost(_ backend: SolverBackend) throws {
        let reference = try Self.social(.glpk)
        let other = try Self.social(backend)
        #expect(other.summary.termination == .optimal && other.summary.relaxationTermination == .optimal)
        #expect(abs(other.costs.total - reference.costs.total) <= 1e-6 * max(1, abs(reference.costs.total)))
        let referenceObjective = try #require(reference.summary.objective)
        let objective = try #require(other.summary.objective)
        #expect(abs(objective - referenceObjective) <= 1e-6 * max(1, abs(referenceObjective)))
        #expect(other.totals == reference.totals)
        #expect(other.checks.allHold)
    }
}
