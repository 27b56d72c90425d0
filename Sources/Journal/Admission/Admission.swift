import Foundation

/// The limits every record meets, whatever way it enters the journal: `log`, a CSV sheet, a jsonl
/// import, a change file from `sync`, or `conflicts resolve`.
///
/// `log` checks its values as it builds a record (`TextRules`, and the command line's years through
/// `years`); records that arrive whole (import, sync, conflicts) pass `AdmissionGate`, which asks
/// the same rules here. One place, so a value refused on one way in cannot arrive through another
/// and then trap a read (an `occurred_at` of Int64.max made every `cases` die with SIGILL).
public enum Admission {
    /// The years a stored time may fall in. Before 1900 zones were local mean time and calendars
    /// differ; later years are typos, and far-out values overflow date arithmetic.
    public static let years = 1900...2199
    /// 1900-01-01T00:00:00Z, in seconds since 1970.
    public static let earliestSecond: Int64 = -2_208_988_800
    /// 2200-01-01T00:00:00Z, the first second after `years`.
    public static let endSecond: Int64 = 7_258_118_400
    /// An amount in minor units (fen, pence, cents): what `log --amount` reads (under 10^12 whole units).
    public static let amounts: ClosedRange<Int64> = 0...99_999_999_999_999
    /// A call's length in seconds: up to a year (a longer one is a typo or an attack).
    public static let durations: ClosedRange<Int64> = 0...31_622_400
    /// An attachment's size in bytes, as `log --attach` accepts.
    public static let sizes: ClosedRange<Int64> = 0...JournalError.attachmentLimit

    /// Whether `seconds` (since 1970, UTC) falls in `years`.
    public static func isTime(_ seconds: Int64) -> Bool {
        seconds >= earliestSecond && seconds < endSecond
    }

    /// A stored time as reads may compute with it: values past years 1 and 9999 (only a journal
    /// written before the gate, or by hand, holds one) are pinned there, so calendar arithmetic
    /// cannot overflow and trap; shown outside `years`, they read as the impossible times they are,
    /// and `doctor` names the record.
    public static func readable(_ seconds: Int64) -> Int64 {
        min(max(seconds, -62_135_596_800), 253_402_300_799)
    }

    /// `readable` for a time already made a `Date`: a Double past Int64's range converts without trapping.
    public static func readable(_ date: Date) -> Int64 {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard seconds.isFinite else { return seconds < 0 ? readable(Int64.min) : readable(Int64.max) }
        return Int64(min(max(seconds, -62_135_596_800), 253_402_300_799))
    }

    /// Whether `text` is exactly a SHA-256 as the journal names files: 64 lowercase hex digits.
    /// Anything else (`../../etc/passwd` padded to 64) would become a path in the vault.
    public static func isSHA256(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
