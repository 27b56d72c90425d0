/// A region's business days: its weekend, its holidays by rule (UK, US, DE) or from data files (China),
/// and the adjusted working days that override both (China's 调休).
public struct RegionCalendar: BusinessCalendar {
    public enum Rule: Sendable, Equatable {
        case none, englandAndWales, scotland, northernIreland, unitedStates
        /// Germany's nationwide holidays, and a Land's own when `state` is one (`BY`).
        case germany(state: String?)
    }

    public let id: String
    public let name: String
    public let rule: Rule
    public let weekend: Set<Int>
    public let holidays: [CalendarDay: String]
    public let workdays: [CalendarDay: String]
    /// For data-only calendars, the years the files cover; nil when a rule covers every year.
    public let knownYears: ClosedRange<Int>?

    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        if workdays[day] != nil { return true }
        if holidayName(day) != nil { return false }
        return !weekend.contains(day.weekday)
    }

    /// The holiday's name when `day` is one.
    public func holidayName(_ day: CalendarDay) -> String? {
        if let name = holidays[day] { return name }
        switch rule {
        case .none: return nil
        case .englandAndWales: return RuleHolidays.englandAndWales(day.year)[day]
        case .scotland: return RuleHolidays.scotland(day.year)[day]
        case .northernIreland: return RuleHolidays.northernIreland(day.year)[day]
        case let .germany(state): return RuleHolidays.germany(day.year, state: state)[day]
        case .unitedStates: return RuleHolidays.unitedStates(day.year)[day]
        }
    }
}
