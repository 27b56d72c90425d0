/// The words of the time language, English and Chinese, in one place.
///
/// The grammar's rules refer to these by kind (a weekday, a unit, a part of the day, the end of the
/// business day), so that a new word is one line here and works in every rule of its kind.
enum WhenLexicon {
    // MARK: - Units of a span

    enum Unit { case minute, quarterHour, hour, day, week, fortnight, month, year, workday, tradingDay }

    /// Longest first, so that `工作日` wins over `日` and `刻钟` over `钟`.
    static let unitsZH: [(word: String, unit: Unit)] = [
        ("工作日", .workday), ("交易日", .tradingDay), ("分钟", .minute), ("小时", .hour), ("钟头", .hour), ("刻钟", .quarterHour),
        ("星期", .week), ("礼拜", .week), ("天", .day), ("日", .day), ("周", .week), ("月", .month), ("年", .year), ("钟", .hour),
    ]

    static func unitEN(_ word: String) -> Unit? {
        switch word {
        case "m", "min", "mins", "minute", "minutes": .minute
        case "h", "hr", "hrs", "hour", "hours": .hour
        case "d", "day", "days", "calendarday", "calendardays": .day
        case "w", "wk", "wks", "week", "weeks": .week
        case "fortnight", "fortnights": .fortnight
        case "mo", "month", "months": .month
        case "y", "yr", "yrs", "year", "years": .year
        case "bd", "wd", "workday", "workdays", "businessday", "businessdays", "workingday", "workingdays": .workday
        case "tradingday", "tradingdays": .tradingDay
        default: nil
        }
    }

    // MARK: - Numbers in English words

    private static let smallNumbersEN: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    private static let tensEN: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// `3`, `two`, `an`, `twenty-four`; nil for anything else.
    static func numberEN(_ word: Substring) -> Int? {
        if let value = smallNumbersEN[String(word)] ?? tensEN[String(word)] { return value }
        if let dash = word.firstIndex(of: "-"), let tens = tensEN[String(word[..<dash])],
           let ones = smallNumbersEN[String(word[word.index(after: dash)...])], ones < 10, word[word.index(after: dash)...] != "a" {
            return tens + ones
        }
        return nil
    }

    // MARK: - Days

    static let weekdaysEN: [String: Int] = [
        "mon": 1, "monday": 1, "tue": 2, "tues": 2, "tuesday": 2, "wed": 3, "weds": 3, "wednesday": 3,
        "thu": 4, "thur": 4, "thurs": 4, "thursday": 4, "fri": 5, "friday": 5, "sat": 6, "saturday": 6,
        "sun": 7, "sunday": 7,
    ]

    static let monthsEN: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// Days named relative to today, and whether the word is one the speaker fixes (all are).
    static let relativeDays: [String: Int] = [
        "today": 0, "tod": 0, "tomorrow": 1, "tmr": 1, "tmrw": 1, "day after tomorrow": 2, "yesterday": -1,
        "今天": 0, "今日": 0, "今": 0, "当天": 0, "明天": 1, "明日": 1, "明": 1, "后天": 2, "大后天": 3,
        "昨天": -1, "昨日": -1, "昨": -1, "前天": -2,
    ]

    /// Which week a Chinese weekday is in: `下周五` is next week's Friday. Longest first.
    static let weekPrefixesZH: [(word: String, weeks: Int)] = [
        ("下下个", 2), ("下下", 2), ("下个", 1), ("这个", 0), ("上个", -1), ("本", 0), ("这", 0), ("下", 1), ("上", -1),
    ]
    static let weekWordsZH = ["星期", "礼拜", "周"]

    /// Which month a Chinese day of the month is in: `下个月5号`.
    static let monthPrefixesZH: [(word: String, months: Int)] = [("这个月", 0), ("下个月", 1), ("本月", 0), ("下月", 1)]

    /// Framing around a deadline that changes nothing about it.
    static let framingPrefixesEN = ["no later than ", "not later than ", "by ", "before ", "within ", "until ", "till ", "due ", "on "]
    /// Tried in this order, each at most once: `最迟在周五前`.
    static let framingPrefixesZH = ["最迟", "最晚", "不晚于", "不超过", "最多", "在", "于"]
    static let framingSuffixesZH = ["之内", "以内", "之前", "以前", "内", "前"]
    /// English words dropped anywhere between a day and a time ("tomorrow before 4pm", "12th of December at 19:00").
    static let fillersEN: Set<Substring> = ["by", "before", "on", "at", "until", "till", "the", "of", "due"]

    /// Words that promise no time: refused with a suggestion, never guessed.
    static let vague: Set<String> = [
        "尽快", "尽早", "尽快处理", "稍后", "晚些时候", "过几天", "改天", "回头", "近期", "近日",
        "asap", "a.s.a.p.", "as soon as possible", "shortly", "soon", "in due course", "later", "at some point",
    ]

    /// Holidays named before `后` (国庆后), as the words their calendar labels contain; `节`,
    /// `假期`, `长假`, `节假日` mean whichever holiday comes first.
    static let holidaysZH: [String: String] = [
        "国庆": "国庆", "国庆节": "国庆", "春节": "春节", "过年": "春节", "年": "春节", "元旦": "元旦", "清明": "清明", "清明节": "清明",
        "51": "劳动", "劳动节": "劳动", "端午": "端午", "端午节": "端午", "中秋": "中秋", "中秋节": "中秋",
    ]
    static let anyHolidayZH: Set<String> = ["节", "假期", "长假", "节假日", "放假", "假"]
    static let holidaysEN: [String: [String]] = [
        "christmas": ["Christmas", "Weihnacht"], "easter": ["Easter", "Oster"], "new year": ["New Year", "Neujahr"],
    ]
    static let anyHolidayEN: Set<String> = ["bank holiday", "holiday", "holidays", "public holiday", "long weekend"]

    // MARK: - Times of day

    /// The end of the business day, whatever the clock says: the `end-of-day` setting.
    static let dayEndsZH = ["营业结束", "下班时间", "下班", "收工"]
    /// The same, as English token sequences once fillers are gone ("close of business" → close business).
    static let dayEndsEN: [[Substring]] = [
        ["end", "business", "day"], ["end", "working", "day"], ["close", "business", "day"], ["close", "business"],
        ["end", "business"], ["end", "day"], ["eod"], ["cob"], ["eob"],
    ]

    /// A part of the day: which half of the clock its hours are in, and where it ends when no hour
    /// is given ("明天下午" is a deadline at the end of the afternoon).
    enum Period {
        case earlyMorning, morning, noon, afternoon, evening, night

        /// The 24-hour clock hour and whether it falls on the next day: 今晚12点 is midnight.
        func hour(_ hour: Int) -> (hour: Int, nextDay: Bool) {
            switch self {
            case .earlyMorning: return (hour == 12 ? 0 : hour, false)
            case .morning: return (hour, false)
            case .noon: return (hour < 11 ? hour + 12 : hour, false)
            case .afternoon: return (hour < 12 ? hour + 12 : hour, false)
            case .evening: return hour == 12 ? (0, true) : (hour < 12 ? hour + 12 : hour, false)
            case .night: return hour == 12 || hour < 5 ? (hour % 12, true) : (hour < 12 ? hour + 12 : hour, false)
            }
        }

        /// Where the part of the day ends, for a deadline that names only the part.
        var end: Int {
            switch self {
            case .earlyMorning: 9
            case .morning, .noon: 12
            case .afternoon: 18
            case .evening, .night: 21
            }
        }
    }

    /// Longest first: `傍晚` before `晚`.
    static let periodsZH: [(word: String, period: Period)] = [
        ("凌晨", .earlyMorning), ("早上", .earlyMorning), ("早晨", .earlyMorning), ("清晨", .earlyMorning), ("上午", .morning),
        ("中午", .noon), ("午后", .afternoon), ("下午", .afternoon), ("傍晚", .afternoon), ("晚上", .evening),
        ("夜里", .night), ("夜间", .night), ("半夜", .night), ("深夜", .night), ("晚", .evening), ("早", .earlyMorning),
    ]

    static let periodsEN: [Substring: Period] = [
        "morning": .morning, "afternoon": .afternoon, "evening": .evening, "tonight": .evening, "night": .evening,
    ]
}
