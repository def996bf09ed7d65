import Allocation
import KKRDomain

extension SweepMarkdown {
    func unchanged(_ run: SweepRun) -> [String] {
        let changing = run.analysis.changingProgrammeIDs
        var names: [String] = []
        for item in run.analysis.series where !changing.contains(item.programme.id) {
            let name = text.programmeName(item.programme)
            if !names.contains(name) { names.append(name) }
        }
        guard !names.isEmpty else { return [] }
        return [
            text.pick(
                "Uændret ved alle værdier: \(text.list(names)).",
                "Unchanged at every value: \(text.list(names))."
            ), "",
        ]
    }

    /// Runs of consecutive steps without a plan (and the same status), each with the reasons at its first step.
    func withoutPlan(_ run: SweepRun) -> [String] {
        let analysis = run.analysis
        let missing = analysis.stepsWithoutPlan
        guard !missing.isEmpty else { return [] }
        var lines = [text.pick("## Trin uden mulig fordeling", "## Steps without a possible distribution"), ""]
        var runs: [[Int]] = []
        for step in missing {
            if let last = runs.last?.last, last == step - 1,
                outcomeStatus(analysis.outcomes[last]).status == outcomeStatus(analysis.outcomes[step]).status,
                analysis.socialOutcomes[last].map(socialStatus) == analysis.socialOutcomes[step].map(socialStatus)
            {
                runs[runs.count - 1].append(step)
            } else {
                runs.append([step])
            }
        }
        for steps in runs {
            guard let first = steps.first, let last = steps.last else { continue }
            let range =
                first == last
                ? text.sweepValue(analysis.values[first], run.parameter)
                : "\(text.sweepValue(analysis.values[first], run.parameter))–\(text.sweepValue(analysis.values[last], run.parameter))"
            lines.append(
                text.pick(
                    "- **\(range)** (\(text.number(steps.count)) trin): \(reasons(analysis, first))",
                    "- **\(range)** (\(text.number(steps.count)) steps): \(reasons(analysis, first))"
                )
            )
        }
        return lines + [""]
    }

    /// The reasons step `step` has no plan, both parts.
    func reasons(_ analysis: SweepAnalysis, _ step: Int) -> String {
        [reasons(analysis.outcomes[step]), socialReason(analysis.socialOutcomes[step]) ?? ""]
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    func reasons(_ outcome: ScenarioOutcome) -> String {
        switch outcome {
        case .planned: return ""
        case .infeasible(let conflicts): return conflicts.map(text.conflict).joined(separator: " ")
        case .invalid(let diagnostics):
            // The checks' messages are in English, as everywhere in kkr-plan's input validation.
            return text.pick("Inputtene er ugyldige: ", "The inputs are invalid: ")
                + diagnostics.map { $0.message + ($0.hint.isEmpty ? "" : " (\($0.hint))") }.joined(separator: "; ")
        }
    }

    /// Why a step has no Socialaftale balance.
    func socialReason(_ outcome: SocialOutcome?) -> String? {
        guard case .infeasible(let termination) = outcome else { return nil }
        return text.pick(
            "Socialaftalen: løseren fandt ingen placering (status \(termination.rawValue)).",
            "Socialaftale: the solver found no placement (status \(termination.rawValue))."
        )
    }

    func illustrativeAndFiles(_ run: SweepRun) -> [String] {
        let inputs = run.inputs.traineeships
        let figures =
            inputs.illustrativeFigures.map { "- " + text.illustrative($0, inputs: inputs) }
            + (run.inputs.social?.illustrativeFigures ?? []).map { "- " + text.illustrative($0) }
        var lines = [
            text.pick("## Illustrative tal", "## Illustrative figures"), "",
            text.pick(
                "Parameterens værdier er antagelser. Disse inputtal i basis er det også:",
                "The parameter's values are assumptions. So are these input figures of the base:"
            ), "",
        ]
        lines += figures.isEmpty ? [text.pick("- Ingen.", "- None.")] : figures
        return lines + [""]
            + MarkdownSections.lines(MarkdownSections.inputFiles(SweepJSON.files(run), text: text), text: text)
    }
}
