/// Reads `social/demand.csv`: citizens needing a place, per buyer, target group and section.
///
/// Columns: `buyer` (DST code of a municipality), `target_group`, `section`,
/// `citizens` (whole number ≥ 0, existing placements included),
/// `illustrative`, `source`.
enum DemandReader {
    static let requiredColumns = ["buyer", "target_group", "section", "citizens"]

    static func read(
        _ file: InputFile,
        context: SocialTableContext,
        diagnostics: inout DiagnosticCollector
    ) -> [SocialDemand] {
        context.rows(file, requiredColumns: requiredColumns, diagnostics: &diagnostics) { record, reader, diagnostics in
            let buyer = context.buyer(record, reader: reader, diagnostics: &diagnostics)
            let group = context.targetGroup(record, diagnostics: &diagnostics)
            let section = context.section(record, diagnostics: &diagnostics)
            let citizens = record.integer("citizens", required: true, diagnostics: &diagnostics)
            var provenance = reader.provenance(record, diagnostics: &diagnostics)
            provenance.location = record.location("citizens")  // cross-file checks point at this cell
            guard let buyer, let group, let section,
                reader.isFirst(
                    [buyer.code, group, section],
                    record,
                    describing: "\(buyer.name) (\(buyer.code)), \(group), \(section)",
                    diagnostics: &diagnostics
                ),
                let citizens
            else { return nil }
            return SocialDemand(
                buyer: buyer,
                targetGroupID: group,
                sectionID: section,
                citizens: citizens,
                provenance: provenance
            )
        }
    }
}
