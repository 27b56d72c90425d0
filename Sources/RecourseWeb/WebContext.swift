import Hummingbird
import Lexicon

/// What the security layer learned about a request, handed to the page that answers it.
struct WebContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The paired session, when the cookie names one.
    var session: Gatekeeper.Session?
    /// A POST's form, read (and its CSRF token checked) by `SecurityMiddleware`.
    var form = FormData()
    var language: Language = .en

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Photos from a phone are a few MB; a little room for several at once.
    var maxUploadSize: Int { Self.uploadLimit }
    static let uploadLimit = 25 * 1024 * 1024
}
