/// Reads `social/outside_prices.csv`: the price of a place outside the region.
///
/// Columns: `target_group`, `section` (empty = every section of the group),
/// `price` (kr per citizen per year), `illustrative`, `source`.
enum OutsidePriceReader {
    static let requiredColumns = ["target_group", "section", "price"]

    static func read(
        _ file: InputFile,
        context: SocialTableContext,
        diagnostics: inout DiagnosticCollector
    ) -> [OutsidePrice] {
        context.rows(file, requiredColumns: requiredColumns, diagnostics: &diagnostics) { record, reader, diagnostics in
            let group = context.targetGroup(record, diagnostics: &diagnostics)
            // nil: an error was reported; .some(nil): every section of the group.
            var section: String?? = .some(nil)
            if !record.text("section").isEmpty {
                section = context.section(record, diagnostics: &diagnostics).map { .some($0) }
            }
            let price = context.amount(record, column: "price", diagnostics: &diagnostics)
            let provenance = reader.provenance(record, diagnostics: &diagnostics)
            guard let group, let section,
                reader.isFirst(
                    [group, section ?? "*"],
                    record,
                    describing: section.map { "the price for \(group), \($0)" }
                        ?? "the price for \(group) (every section)",
                    diagnostics: &diagnostics
                ),
                let price
            else { return nil }
            return OutsidePrice(targetGroupID: group, sectionID: section, price: price, provenance: provenance)
        }
    }
}
