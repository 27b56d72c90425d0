import Lexicon

extension OfficialChannel {
    /// The address as shown: a phone grouped as the firm's country writes it (`PhoneDisplay`), the
    /// rest as stored. What is stored and matched is never changed.
    /// - Parameter region: the organization's jurisdiction.
    public func shown(region: String?) -> String {
        kind == .phone ? PhoneDisplay.format(address, region: region) : address
    }
}
