import Foundation

/// Reads `social/offers.csv`: one row per offer.
///
/// Columns: `id`, `name`, `operator` (DST code of a municipality or the
/// region), `location` (DST code of the municipality where it lies),
/// `target_group`, `section`, `places` (whole number ≥ 1), `tariff` (kr per
/// place per year), optional `min_occupancy` (percent; empty = the policy's
/// default), `illustrative`, `source`.
enum OfferReader {
    static let requiredColumns = ["id", "name", "operator", "location", "target_group", "section", "places", "tariff"]

    /// The readable offers, and the ids written in the `id` column, readable rows or not (so later files can tell
    /// "unknown" from "broken"); the ids are taken before the header checks, so they count even when a required
    /// column is missing.
    static func read(
        _ file: InputFile,
        context: SocialTableContext,
        defaultOccupancy: Double,
        diagnostics: inout DiagnosticCollector
    ) -> (offers: [SocialOffer], writtenIDs: Set<String>) {
        guard let table = CSVTable.parse(file, diagnostics: &diagnostics) else { return ([], []) }
        let writtenIDs = Set(table.records.map { $0.text("id") }.filter { !$0.isEmpty })
        guard table.requireHeader(requiredColumns, diagnostics: &diagnostics) else { return ([], writtenIDs) }
        let offers: [SocialOffer] = context.rows(of: table, diagnostics: &diagnostics) { record, reader, diagnostics in
            let id = offerID(record, diagnostics: &diagnostics)
            let name = record.requiredText("name", diagnostics: &diagnostics, hint: "write the offer's name")
            let operatorParty = reader.party(record, column: "operator", diagnostics: &diagnostics)
            let location = context.municipality(
                record,
                column: "location",
                reader: reader,
                role: "location",
                diagnostics: &diagnostics
            )
            let group = context.targetGroup(record, diagnostics: &diagnostics)
            let section = context.section(record, diagnostics: &diagnostics)
            let places = record.integer("places", required: true, atLeast: 1, diagnostics: &diagnostics)
            let tariff = context.amount(record, column: "tariff", diagnostics: &diagnostics)
            let occupancy = minimumOccupancy(record, default: defaultOccupancy, diagnostics: &diagnostics)
            var provenance = reader.provenance(record, diagnostics: &diagnostics)
            provenance.location = record.location("places")  // cross-file checks point at this cell
            if let tariff, tariff < 10_000 {
                diagnostics.warning(
                    "the tariff \(record.text("tariff")) kr looks like a day tariff",
                    at: record.location("tariff"),
                    hint: "tariffs are per place per year: multiply a day tariff by 365"
                )
            }
            guard let id, reader.isFirst([id], record, describing: "offer '\(id)'", diagnostics: &diagnostics),
                let name, let operatorParty, let location, let group, let section, let places, let tariff,
                let occupancy
            else { return nil }
            return SocialOffer(
                id: id,
                name: name,
                operatorParty: operatorParty,
                location: location,
                targetGroupID: group,
                sectionID: section,
                places: places,
                tariff: tariff,
                minimumOccupancy: occupancy,
                provenance: provenance
            )
        }
        return (offers, writtenIDs)
    }

    /// The `id`: 1–64 letters, digits, `_`, `-` or `.`.
    static func offerID(_ record: CSVRecord, diagnostics: inout DiagnosticCollector) -> String? {
        guard
            let id = record.requiredText(
                "id",
                diagnostics: &diagnostics,
                hint: "give the offer a short id, e.g. rn-soedisbakke"
            )
        else {
            return nil
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
        guard id.count <= 64, id.allSatisfy(allowed.contains) else {
            diagnostics.error(
                "the offer id '\(id)' may only use the letters a–z and A–Z, digits, '_', '-' and '.' (at most 64)",
                at: record.location("id"),
                hint: "e.g. 'rn-soedisbakke' (write æ, ø, å as ae, oe, aa)"
            )
            return nil
        }
        return id
    }

    /// The `min_occupancy` column as a fraction: a percentage 0–100 (`95`, `95,5` or `95 %`), or the default when empty.
    static func minimumOccupancy(
        _ record: CSVRecord,
        default defaultValue: Double,
        diagnostics: inout DiagnosticCollector
    ) -> Double? {
        var raw = record.text("min_occupancy")
        if raw.isEmpty { return defaultValue }
        if raw.hasSuffix("%") { raw = String(raw.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard let percent = NumberParser.parse(raw), (0...100).contains(percent) else {
            diagnostics.error(
                "'\(record.text("min_occupancy"))' in column 'min_occupancy' is not a percentage between 0 and 100",
                at: record.location("min_occupancy"),
                hint: "write the lowest budgeted occupancy in percent, e.g. 95 (or leave it empty for the default)"
            )
            return nil
        }
        if percent < 90 {
            diagnostics.warning(
                "the occupancy bound \(raw) % is below 90 %",
                at: record.location("min_occupancy"),
                hint: "the Styringsaftale budgets 95–100 % occupancy (acute and short-stay offers at least 90 %)"
            )
        }
        return percent / 100
    }
}
