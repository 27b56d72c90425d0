/// Public holidays that follow fixed rules, computed for any year.
enum RuleHolidays {
    /// England and Wales bank holidays (Banking and Financial Dealings Act 1971 and the usual
    /// proclamations): New Year's Day, Good Friday, Easter Monday, the first and last Mondays of May,
    /// the last Monday of August, Christmas Day and Boxing Day, with substitute weekdays when a
    /// holiday falls on a weekend. One-off holidays (a coronation, a jubilee) are not rules: add them
    /// in a user calendar file.
    static func englandAndWales(_ year: Int) -> [CalendarDay: String] {
        var days: [CalendarDay: String] = [:]
        let newYear = CalendarDay(year: year, month: 1, day: 1)!
        days[substituteMonday(newYear)] = newYear.isWeekend ? "New Year's Day (substitute)" : "New Year's Day"
        let easter = easterSunday(year)
        days[easter.adding(days: -2)] = "Good Friday"
        days[easter.adding(days: 1)] = "Easter Monday"
        days[nthWeekday(1, of: 1, month: 5, year: year)] = "Early May bank holiday"
        days[lastWeekday(1, month: 5, year: year)] = "Spring bank holiday"
        days[lastWeekday(1, month: 8, year: year)] = "Summer bank holiday"
        let christmas = CalendarDay(year: year, month: 12, day: 25)!
        switch christmas.weekday {
        case 6: // Saturday: both move to Monday and Tuesday
            days[christmas.adding(days: 2)] = "Christmas Day (substitute)"
            days[christmas.adding(days: 3)] = "Boxing Day (substitute)"
        case 7: // Sunday: Boxing Day is Monday, Christmas moves to Tuesday
            days[christmas.adding(days: 1)] = "Boxing Day"
            days[christmas.adding(days: 2)] = "Christmas Day (substitute)"
        case 5: // Friday: Boxing Day falls on Saturday, moves to Monday
            days[christmas] = "Christmas Day"
            days[christmas.adding(days: 3)] = "Boxing Day (substitute)"
        default:
            days[christmas] = "Christmas Day"
            days[christmas.adding(days: 1)] = "Boxing Day"
        }
        return days
    }

    /// Germany's nationwide public holidays (the nine every Land keeps): New Year's Day, Good Friday,
    /// Easter Monday, Labour Day, Ascension, Whit Monday, German Unity Day, Christmas Day and St
    /// Stephen's Day. Holidays of single Länder (Epiphany, Corpus Christi…) go in a user calendar file.
    static func germany(_ year: Int) -> [CalendarDay: String] {
        let easter = easterSunday(year)
        return [
            CalendarDay(year: year, month: 1, day: 1)!: "Neujahr", easter.adding(days: -2): "Karfreitag",
            easter.adding(days: 1): "Ostermontag", CalendarDay(year: year, month: 5, day: 1)!: "Tag der Arbeit",
            easter.adding(days: 39): "Christi Himmelfahrt", easter.adding(days: 50): "Pfingstmontag",
            CalendarDay(year: year, month: 10, day: 3)!: "Tag der Deutschen Einheit",
            CalendarDay(year: year, month: 12, day: 25)!: "1. Weihnachtstag", CalendarDay(year: year, month: 12, day: 26)!: "2. Weihnachtstag",
        ]
    }

    /// US federal holidays (5 U.S.C. 6103), observed on the Friday before when on a Saturday and the
    /// Monday after when on a Sunday.
    static func unitedStates(_ year: Int) -> [CalendarDay: String] {
        var days: [CalendarDay: String] = [:]
        func fixed(_ month: Int, _ day: Int, _ name: String) {
            let date = CalendarDay(year: year, month: month, day: day)!
            switch date.weekday {
            case 6: days[date.adding(days: -1)] = name + " (observed)"
            case 7: days[date.adding(days: 1)] = name + " (observed)"
            default: days[date] = name
            }
        }
        fixed(1, 1, "New Year's Day")
        days[nthWeekday(3, of: 1, month: 1, year: year)] = "Birthday of Martin Luther King, Jr."
        days[nthWeekday(3, of: 1, month: 2, year: year)] = "Washington's Birthday"
        days[lastWeekday(1, month: 5, year: year)] = "Memorial Day"
        if year >= 2021 { fixed(6, 19, "Juneteenth National Independence Day") }
        fixed(7, 4, "Independence Day")
        days[nthWeekday(1, of: 1, month: 9, year: year)] = "Labor Day"
        days[nthWeekday(2, of: 1, month: 10, year: year)] = "Columbus Day"
        fixed(11, 11, "Veterans Day")
        days[nthWeekday(4, of: 4, month: 11, year: year)] = "Thanksgiving Day"
        fixed(12, 25, "Christmas Day")
        // New Year's Day of next year observed on this year's 31 December.
        if CalendarDay(year: year + 1, month: 1, day: 1)!.weekday == 6 {
            days[CalendarDay(year: year, month: 12, day: 31)!] = "New Year's Day (observed)"
        }
        return days
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm).
    static func easterSunday(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)!
    }

    /// The `n`-th given ISO weekday (1 = Monday) of a month.
    static func nthWeekday(_ n: Int, of weekday: Int, month: Int, year: Int) -> CalendarDay {
        let first = CalendarDay(year: year, month: month, day: 1)!
        return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
    }

    static func lastWeekday(_ weekday: Int, month: Int, year: Int) -> CalendarDay {
        let last = CalendarDay(year: year, month: month, day: 1)!.lastDayOfMonth
        return last.adding(days: -((last.weekday - weekday + 7) % 7))
    }

    private static func substituteMonday(_ day: CalendarDay) -> CalendarDay {
        switch day.weekday {
        case 6: day.adding(days: 2)
        case 7: day.adding(days: 1)
        default: day
        }
    }
}
