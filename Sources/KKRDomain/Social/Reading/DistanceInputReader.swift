/// Reads `social/coordinates.csv` and `social/distances.csv`, the two sources of the distance matrix.
///
/// `coordinates.csv`: `code`, `latitude`, `longitude` (decimal degrees),
/// `illustrative`, `source`. `distances.csv` (optional): `from`, `to`, `km`,
/// `illustrative`, `source`; a pair given there replaces the derived distance
/// in both directions.
enum DistanceInputReader {
    static func readCoordinates(
        _ file: InputFile,
        context: SocialTableContext,
        diagnostics: inout DiagnosticCollector
    ) -> [String: Coordinate] {
        let rows: [(String, Coordinate)] = context.rows(
            file,
            requiredColumns: ["code", "latitude", "longitude"],
            diagnostics: &diagnostics
        ) {
            record,
            reader,
            diagnostics in
            let party = context.municipality(
                record,
                column: "code",
                reader: reader,
                role: "place",
                diagnostics: &diagnostics
            )
            let latitude = degrees(record, "latitude", limit: 90, diagnostics: &diagnostics)
            let longitude = degrees(record, "longitude", limit: 180, diagnostics: &diagnostics)
            guard let party,
                reader.isFirst(
                    [party.code],
                    record,
                    describing: "\(party.name) (\(party.code))",
                    diagnostics: &diagnostics
                ),
                let latitude, let longitude
            else { return nil }
            return (party.code, Coordinate(latitude: latitude, longitude: longitude))
        }
        return Dictionary(rows, uniquingKeysWith: { first, _ in first })
    }

    static func readOverrides(
        _ file: InputFile,
        context: SocialTableContext,
        diagnostics: inout DiagnosticCollector
    ) -> [DistanceOverride] {
        context.rows(file, requiredColumns: ["from", "to", "km"], diagnostics: &diagnostics) {
            record,
            reader,
            diagnostics in
            let from = context.municipality(
                record,
                column: "from",
                reader: reader,
                role: "start",
                diagnostics: &diagnostics
            )
            let to = context.municipality(record, column: "to", reader: reader, role: "end", diagnostics: &diagnostics)
            let km = record.number("km", required: true, diagnostics: &diagnostics)
            let provenance = reader.provenance(record, diagnostics: &diagnostics)
            guard let from, let to else { return nil }
            let pair = Party.codeOrder(from.code, to.code) ? [from.code, to.code] : [to.code, from.code]
            guard
                reader.isFirst(
                    pair,
                    record,
                    describing: "the distance \(pair.joined(separator: "–"))",
                    diagnostics: &diagnostics
                ),
                let km
            else { return nil }
            return DistanceOverride(from: from.code, to: to.code, kilometres: km, provenance: provenance)
        }
    }

    private static func degrees(
        _ record: CSVRecord,
        _ column: String,
        limit: Double,
        diagnostics: inout DiagnosticCollector
    ) -> Double? {
        guard let value = record.number(column, required: true, atLeast: nil, diagnostics: &diagnostics) else {
            return nil
        }
        guard abs(value) <= limit else {
            diagnostics.error(
                column == "latitude"
                    ? "\(record.text(column)) is not a latitude" : "\(record.text(column)) is not a longitude",
                at: record.location(column),
                hint: "write decimal degrees between \(Int(-limit)) and \(Int(limit)), e.g. 57,049"
            )
            return nil
        }
        return value
    }
}
