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
            let outcome: Gatekeeper.Outcome
            do { outcome = try await app.gatekeeper.pair(code, label: request.headers[.userAgent] ?? "", now: app.clock.now()) } catch {
                return Pages.refusal(.internalServerError, Message.webPairNotKept.text(in: language, app.options.configFolder), language: language)
            }
            switch outcome {
            case .paired(let session):
                return Pages.redirect("/agenda", headers: [.setCookie: SecurityMiddleware.sessionCookie(session.id, secure: app.options.tlsCertificate != nil)])
            case .refused:
                return Pages.html(page(language: language, error: Message.webPairRefused.text(in: language)), status: .forbidden)
            case .slowDown(let seconds):
                return Pages.html(page(language: language, error: Message.webPairSlowDown.text(in: language, seconds)),
                                  status: .tooManyRequests, headers: [.retryAfter: String(seconds)])
            }
        }
    }

    /// `/pair/new`: a paired device makes a one-time code for another, so a second phone pairs
    /// while the server runs. A POST (with the session's CSRF token) makes it; the page shows it once.
    static func addPairAnother(to router: Router<WebContext>, app: WebApp) {
        router.get("/pair/new") { _, context -> Response in
            let flash = await app.gatekeeper.takeFlash(context.session!.id)
            return Pages.html(anotherPage(context: context, shown: flash.lines))
        }
        router.post("/pair/new") { request, context -> Response in
            let code = await app.gatekeeper.issueCode(now: app.clock.now())
            let address = app.options.scheme + "://" + (request.head.authority ?? "") + "/pair?code=" + code
            await app.gatekeeper.setFlash(context.session!.id, lines: [code, address], warnings: [])
            return Pages.redirect("/pair/new")
        }
    }

    static func anotherPage(context: WebContext, shown: [String]) -> String {
        let language = context.language, minutes = Int(Gatekeeper.codeLifetime / 60)
        var body = "<p>\(HTML.escape(Message.webPairNewText.text(in: language, minutes)))</p>"
        if shown.count == 2 {
            body += "<div class=\"done\"><p>\(HTML.escape(Message.webPairNewCode.text(in: language, shown[0], minutes)))</p>"
                + "<code class=\"link\" id=\"pair-address\">\(HTML.escape(shown[1]))</code></div>"
        }
        body += "<form method=\"post\" action=\"/pair/new\">" + Pages.csrfField(context)
            + "<button type=\"submit\">\(HTML.escape(Message.webPairNewButton.text(in: language)))</button></form>"
            + "<p class=\"links\"><a href=\"/devices\">\(HTML.escape(Message.webDevicesTitle.text(in: language)))</a></p>"
        return HTML.page(Message.webPairNewTitle.text(in: language), language: language, body: body)
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
