/// Which number of a numeric date comes first, `01/12/2026`: the day in the United Kingdom and
/// Germany (1 December), the month in the United States (12 January). Anywhere else the region
/// does not decide and such a date is refused with both readings; `2026-12-01` is never ambiguous.
public enum NumericDateOrder: Sendable, Equatable {
    case dayFirst, monthFirst, undecided

    /// The order a region (a calendar id or alias: `GB`, `GB-SCT`, `DE-BY`, `US`) writes dates in.
    public static func of(region: String) -> NumericDateOrder {
        let id = CalendarLibrary.canonical(region)
        if id == "US" { return .monthFirst }
        if id.hasPrefix("GB-") || id == "DE" || id.hasPrefix("DE-") { return .dayFirst }
        return .undecided
    }
}
