/// Reads `social/placements.csv`: citizens already placed, who stay where they are.
///
/// Columns: `buyer` (DST code of a municipality), `offer` (an id from
/// `offers.csv`), `citizens` (whole number ≥ 0), `illustrative`, `source`.
/// Placements in an offer whose own row has errors are skipped without a
/// second message.
enum PlacementReader {
    static let requiredColumns = ["buyer", "offer", "citizens"]

    static func read(
        _ file: InputFile,
        context: SocialTableContext,
        offerIDs: Set<String>,
        unreadableOfferIDs: Set<String>,
        offersFile: String,
        diagnostics: inout DiagnosticCollector
    ) -> [ExistingPlacement] {
        context.rows(file, requiredColumns: requiredColumns, diagnostics: &diagnostics) { record, reader, diagnostics in
            let buyer = context.buyer(record, reader: reader, diagnostics: &diagnostics)
            var offerID = record.requiredText(
                "offer",
                diagnostics: &diagnostics,
                hint: "write an offer id from \(offersFile)"
            )
            if let id = offerID, !offerIDs.contains(id) {
                // An offer whose row has errors was reported there already: skip its placements quietly.
                if !unreadableOfferIDs.contains(id) {
                    diagnostics.error(
                        "unknown offer '\(id)'",
                        at: record.location("offer"),
                        hint: "use an id from \(offersFile)"
                    )
                }
                offerID = nil
            }
            let citizens = record.integer("citizens", required: true, diagnostics: &diagnostics)
            var provenance = reader.provenance(record, diagnostics: &diagnostics)
            provenance.location = record.location("citizens")  // cross-file checks point at this cell
            guard let buyer, let offerID,
                reader.isFirst(
                    [buyer.code, offerID],
                    record,
                    describing: "\(buyer.name) (\(buyer.code)) in '\(offerID)'",
                    diagnostics: &diagnostics
                ),
                let citizens
            else { return nil }
            return ExistingPlacement(buyer: buyer, offerID: offerID, citizens: citizens, provenance: provenance)
        }
    }
}
