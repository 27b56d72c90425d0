import Foundation
import Reminders

/// Any bytes, read as a when-expression in several zones and calendars, must give a date or a
/// `WhenError` — never a crash, a trap or a hang.
private let contexts: [WhenContext] = {
    let library = try! CalendarLibrary.load(userFolder: nil)
    let now = Date(timeIntervalSince1970: 1_795_568_400)
    // Each zone read both ways: as a moment, and as a deadline that may roll forward or refuse.
    // Each region's numeric-date order too: day first, month first, undecided.
    return [("Asia/Shanghai", "CN"), ("Europe/London", "GB"), ("America/New_York", "US"), ("Europe/Berlin", "DE-BY"),
            ("Europe/London", "GB-SCT")].flatMap { zone, calendar in
        [WhenContext.Purpose.moment, .deadline].map { purpose in
            WhenContext(now: now, zone: TimeZone(identifier: zone)!, calendar: library.calendar(calendar)!, purpose: purpose,
                        dateOrder: NumericDateOrder.of(region: calendar))
        }
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for context in contexts {
        do {
            let resolved = try WhenParser.parse(text, context: context)
            precondition(resolved.date.timeIntervalSince1970.isFinite)
        } catch is WhenError {
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
    }
    return 0
}
