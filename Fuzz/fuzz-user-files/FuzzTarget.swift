import Foundation
import Reminders

/// Any bytes as a calendar file and as a settings file must load or give a file-and-line error —
/// never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let file = try CalendarFile.parse(text, path: "fuzz.cal")
        precondition(!file.id.isEmpty)
    } catch is CalendarFileError {
    } catch {
        preconditionFailure("unexpected error \(error)")
    }
    do {
        _ = try Settings.parse(text, path: "fuzz.config")
    } catch is SettingsError {
    } catch {
        preconditionFailure("unexpected error \(error)")
    }
    return 0
}
