import Foundation
// The parsers are internal to Journal; Scripts/fuzz builds in debug, where modules are testable.
@testable import Journal

/// Any bytes as a sync change file, and as jsonl export lines, must decode or be refused with a
/// reason (`ChangeFileDefect`, `InterchangeError`) — never a crash. Lines that parse have passed
/// the admission gate too, so its checks are fuzzed with them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    do {
        let file = try ChangeFile.decode(bytes)
        _ = try? InterchangeParser.parse(file.lines, source: "fuzz")
    } catch {
    }
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    do {
        let input = try InterchangeParser.parse(lines, source: "fuzz")
        for record in input.records { precondition(!record.uuid.isEmpty) }
    } catch is InterchangeError {
    } catch {
        preconditionFailure("unexpected error \(error)")
    }
    return 0
}
