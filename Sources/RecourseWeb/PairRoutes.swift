import Foundation
import Hummingbird
import Lexicon

/// `/pair`: the only page a browser sees before it is paired.
enum PairRoutes {
    static func add(to router: Router<WebContext>, app: WebApp) {
        router.get("/pair") { request, context -> Response in
            let language = context.language
            guard let code = request.uri.queryParameters.get("code"), !code.isEmpty else {
                return Pages.html(page(language: language))
            }
            switch await app.gatekeeper.pair(code, now: app.clock.now()) {
            case .paired(let session):
                return Pages.redirect("/agenda", headers: [.setCookie: SecurityMiddleware.sessionCookie(session.id)])
            case .refused:
                return Pages.html(page(language: language, error: Message.webPairRefused.text(in: language)), status: .forbidden)
            case .slowDown(let seconds):
                return Pages.html(page(language: language, error: Message.webPairSlowDown.text(in: language, seconds)),
                                  status: .tooManyRequests, headers: [.retryAfter: String(seconds)])
            }
        }
    }

    /// A GET form: the code is typed, or arrives in the printed address.
    static func page(language: Language, error: String? = nil) -> String {
        HTML.page(Message.webPairTitle.text(in: language), language: language, paired: false, body: """
            <p>\(HTML.escape(Message.webPairText.text(in: language)))</p>
            \(HTML.messages(error.map { [$0] } ?? [], kind: "error"))
            <form method="get" action="/pair">
            <label for="code">\(HTML.escape(Message.webPairCode.text(in: language)))</label>
            <input id="code" name="code" autocomplete="off" autocapitalize="characters" required>
            <button type="submit">\(HTML.escape(Message.webPairButton.text(in: language)))</button>
            </form>
            """)
    }
}
