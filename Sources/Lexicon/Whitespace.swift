import Foundation

extension StringProtocol {
    /// Exactly `trimmingCharacters(in: .whitespaces)`, without Foundation's cost in the usual
    /// case: text that plainly starts and ends with something else is returned as it is. Drafts
    /// and data files trim thousands of values, and Foundation's trim is slow on Linux.
    public func trimmingWhitespace() -> String {
        if let first = unicodeScalars.first, let last = unicodeScalars.last, Self.plainlyNotSpace(first), Self.plainlyNotSpace(last) {
            return String(self)
        }
        return trimmingCharacters(in: .whitespaces)
    }

    /// Scalars no whitespace set holds: ASCII other than space and tab, CJK ideographs and the
    /// full-width forms. Anything else is left to Foundation to decide.
    private static func plainlyNotSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E, 0x0A, 0x0D, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }
}
