import Foundation

/// A point on the Earth (degrees), such as a municipality's administrative seat.
public struct Coordinate: Hashable, Sendable {
    /// Degrees north.
    public var latitude: Double
    /// Degrees east.
    public var longitude: Double

    /// Creates a coordinate.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The mean Earth radius (IUGG), in km.
    public static let earthRadiusKilometres = 6371.0088

    /// The great-circle (straight-line) distance to `other` in km, by the haversine formula.
    public func greatCircleKilometres(to other: Coordinate) -> Double {
        let radians = Double.pi / 180
        let deltaLatitude = (other.latitude - latitude) * radians
        let deltaLongitude = (other.longitude - longitude) * radians
        let a =
            sin(deltaLatitude / 2) * sin(deltaLatitude / 2)
            + cos(latitude * radians) * cos(other.latitude * radians) * sin(deltaLongitude / 2)
            * sin(deltaLongitude / 2)
        return 2 * Self.earthRadiusKilometres * asin(min(1, sqrt(a)))
    }
}
