import Channels
import Desk
import Foundation
import Journal
import Lexicon

extension Session {
    /// The genuine-channel registry and red-flag phrases, built in and from
    /// `$XDG_CONFIG_HOME/recourse/channels/`.
    func channelAdvisor() throws -> ChannelAdvisor { try desk.channelAdvisor() }

    /// `check THING` against the registry and the channels stored in the journal (none when
    /// there is no journal yet: checking a number must not create one).
    func check(_ thing: String) throws -> ChannelAdvisor.CheckResult {
        try desk.check(thing, store: FileManager.default.fileExists(atPath: location.path) ? try openJournal() : nil)
    }

    /// Marks a contact as an impersonation (`log --impersonation`, `correct --impersonation`, the
    /// offer `log` makes) and tells the user, on stderr, what the case has become and which drafts
    /// now serve it.
    @discardableResult
    func markImpersonation(_ contactID: Int64, store: JournalStore) throws -> MarkedImpersonation {
        let (marked, note) = try LogDesk(store: store, desk: desk).markImpersonation(contactID)
        Console.error(note)
        return marked
    }
}
