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

    /// Scotland's bank holidays (gov.uk/bank-holidays; /work/shared/reference/calendars.md): New
    /// Year's Day and 2 January, Good Friday (no Easter Monday), the first and last Mondays of May,
    /// the first Monday of August (not the last), St Andrew's Day, Christmas Day and Boxing Day. A
    /// day on a weekend moves to the next weekday not already a holiday.
    static func scotland(_ year: Int) -> [CalendarDay: String] {
        let easter = easterSunday(year)
        return substituted([
            (CalendarDay(year: year, month: 1, day: 1)!, "New Year's Day"), (CalendarDay(year: year, month: 1, day: 2)!, "2nd January"),
            (easter.adding(days: -2), "Good Friday"),
            (nthWeekday(1, of: 1, month: 5, year: year), "Early May bank holiday"),
            (lastWeekday(1, month: 5, year: year), "Spring bank holiday"),
            (nthWeekday(1, of: 1, month: 8, year: year), "Summer bank holiday"),
            (CalendarDay(year: year, month: 11, day: 30)!, "St Andrew's Day"),
            (CalendarDay(year: year, month: 12, day: 25)!, "Christmas Day"), (CalendarDay(year: year, month: 12, day: 26)!, "Boxing Day"),
        ])
    }

    /// Northern Ireland's bank holidays: England and Wales's, plus St Patrick's Day (17 March) and
    /// the Battle of the Boyne (12 July), each moved to the next weekday when on a weekend.
    static func northernIreland(_ year: Int) -> [CalendarDay: String] {
        var days = englandAndWales(year)
        for (day, name) in substituted([(CalendarDay(year: year, month: 3, day: 17)!, "St Patrick's Day"),
                                        (CalendarDay(year: year, month: 7, day: 12)!, "Battle of the Boyne (Orangemen's Day)")]) {
            days[day] = name
        }
        return days
    }

    /// UK substitute days: in date order, a holiday on a weekend, or on a day another holiday
    /// already took, moves to the next weekday that is free (Christmas on a Saturday: Monday and
    /// Tuesday).
    static func substituted(_ holidays: [(CalendarDay, String)]) -> [CalendarDay: String] {
        var days: [CalendarDay: String] = [:]
        for (day, name) in holidays.sorted(by: { $0.0 < $1.0 }) {
            var observed = day
            while observed.isWeekend || days[observed] != nil { observed = observed.adding(days: 1) }
            days[observed] = observed == day ? name : name + " (substitute)"
        }
        return days
    }

    /// Germany's public holidays: the nine every Land keeps (Neujahr, Karfreitag, Ostermontag, Tag
    /// der Arbeit, Christi Himmelfahrt, Pfingstmontag, Tag der Deutschen Einheit, 1. and 2.
    /// Weihnachtstag; 24 and 31 December are not holidays), plus a state's own when `state` is one
    /// of the sixteen codes (`BY` for `DE-BY`). See `germanStates` for the sources.
    static func germany(_ year: Int, state: String? = nil) -> [CalendarDay: String] {
        let easter = easterSunday(year)
        var days: [CalendarDay: String] = [
            CalendarDay(year: year, month: 1, day: 1)!: "Neujahr", easter.adding(days: -2): "Karfreitag",
            easter.adding(days: 1): "Ostermontag", CalendarDay(year: year, month: 5, day: 1)!: "Tag der Arbeit",
            easter.adding(days: 39): "Christi Himmelfahrt", easter.adding(days: 50): "Pfingstmontag",
            CalendarDay(year: year, month: 10, day: 3)!: "Tag der Deutschen Einheit",
            CalendarDay(year: year, month: 12, day: 25)!: "1. Weihnachtstag", CalendarDay(year: year, month: 12, day: 26)!: "2. Weihnachtstag",
        ]
        guard let state else { return days }
        func fixed(_ month: Int, _ day: Int) -> CalendarDay { CalendarDay(year: year, month: month, day: day)! }
        for holiday in germanStates where holiday.states.contains(state) && year >= holiday.since {
            switch holiday.name {
            case "Heilige Drei Könige": days[fixed(1, 6)] = holiday.name
            case "Internationaler Frauentag": days[fixed(3, 8)] = holiday.name
            case "Fronleichnam": days[easter.adding(days: 60)] = holiday.name
            case "Mariä Himmelfahrt": days[fixed(8, 15)] = holiday.name
            case "Weltkindertag": days[fixed(9, 20)] = holiday.name
            case "Reformationstag": days[fixed(10, 31)] = holiday.name
            case "Allerheiligen": days[fixed(11, 1)] = holiday.name
            // The Wednesday before 23 November.
            case "Buß- und Bettag": days[fixed(11, 22).adding(days: -((fixed(11, 22).weekday - 3 + 7) % 7))] = holiday.name
            default: break
            }
        }
        return days
    }

    /// The sixteen Länder, as ISO 3166-2 codes without `DE-`.
    static let germanStateCodes = ["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"]

    /// Holidays of single Länder, statewide only, from the overviews at
    /// https://familie-gauch.de/index.php/home/flur-diele/hobbyraum/astronomie/kalender-mathematik/deutsche-feiertage-berechnung/deutsche-feiertage-berechnung-feiertage-in-den-bundeslaendern
    /// and https://promipool.de/lifestyle/allerheiligen-in-welchen-bundeslaendern-ist-feiertag
    /// (Reformationstag in Schleswig-Holstein too). Left out because they hold only in some
    /// towns: Mariä Himmelfahrt in Bavaria's Catholic communities, Fronleichnam in parts of
    /// Saxony and Thuringia, Augsburg's Friedensfest; and Mecklenburg-Vorpommern's Frauentag, for
    /// which no source was found. Add those in a user calendar file.
    static let germanStates: [(name: String, states: Set<String>, since: Int)] = [
        ("Heilige Drei Könige", ["BW", "BY", "ST"], 1900),
        ("Internationaler Frauentag", ["BE"], 2019),
        ("Fronleichnam", ["BW", "BY", "HE", "NW", "RP", "SL"], 1900),
        ("Mariä Himmelfahrt", ["SL"], 1900),
        ("Weltkindertag", ["TH"], 2019),
        ("Reformationstag", ["BB", "MV", "SN", "ST", "TH"], 1990),
        ("Reformationstag", ["HB", "HH", "NI", "SH"], 2018),
        ("Allerheiligen", ["BW", "BY", "NW", "RP", "SL"], 1900),
        ("Buß- und Bettag", ["SN"], 1995),
    ]

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
