import Foundation
import HTTPTypes

import Hummingbird
import Lexicon

/// Every security rule of `serve`, in one place, before any page runs:
/// - the `Host` must be an address this server listens on (DNS rebinding gets nothing);
/// - without a paired session cookie, every page but pairing redirects to `/pair`;
/// - a POST must come from this server's own page (`Origin`) and carry the session's `csrf` token;
/// - every answer forbids framing, sniffing, caching, referrers, inline scripts and scripts from elsewhere (CSP).
struct SecurityMiddleware: RouterMiddleware {
    typealias Context = WebContext
    static let cookieName = "recourse_session"
    /// Pages reachable without a session: pairing itself, the stylesheet, and the calendar feed
    /// (a calendar app has no cookie; the feed checks its own token).
    static let publicPaths: Set<String> = ["/pair", "/style.css", "/calendar.ics"]

    let allowedHosts: @Sendable () -> Set<String>
    let gatekeeper: Gatekeeper
    let fallbackLanguage: Language
    /// `http` or `https`: a form's `Origin` must name this server as the browser reached it.
    let scheme: String

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        context.language = PageLanguage.choose(acceptLanguage: request.headers[.acceptLanguage], fallback: fallbackLanguage)
        var response = try await guarded(request, context: &context, next: next)
        Self.harden(&response.headers)
        return response
    }

    private func guarded(_ request: Request, context: inout WebContext,
                         next: (Request, WebContext) async throws -> Response) async throws -> Response {
        let language = context.language
        let host = (request.head.authority ?? "").lowercased()
        let hosts = allowedHosts()
        guard hosts.contains(host) else {
            return Pages.refusal(.misdirectedRequest, Message.webBadHost.text(in: language, hosts.sorted().joined(separator: ", ")), language: language)
        }
        if let id = Self.cookie(request.headers[.cookie]) { context.session = await gatekeeper.session(id) }
        let path = request.uri.path
        if context.session == nil, !Self.publicPaths.contains(path) {
            return request.method == .get ? Pages.redirect("/pair") : Pages.refusal(.forbidden, Message.webBadCSRF.text(in: language), language: language)
        }
        if request.method == .post {
            guard request.headers[.origin] == scheme + "://" + host else {
                return Pages.refusal(.forbidden, Message.webBadOrigin.text(in: language), language: language)
            }
            var request = request
            let body: ByteBuffer
            do { body = try await request.collectBody(upTo: WebContext.uploadLimit) } catch {
                return Pages.refusal(.contentTooLarge, Message.webTooLarge.text(in: language, WebContext.uploadLimit >> 20), language: language)
            }
            let form = Self.form(body: Data(body.readableBytesView), contentType: request.headers[.contentType] ?? "")
            guard let session = context.session, let form, let token = form.value("csrf"), Secrets.equal(token, session.csrf) else {
                return Pages.refusal(.forbidden, Message.webBadCSRF.text(in: language), language: language)
            }
            context.form = form
            return try await next(request, context)
        }
        return try await next(request, context)
    }

    static func form(body: Data, contentType: String) -> FormData? {
        let lower = contentType.lowercased()
        if lower.hasPrefix("multipart/form-data") {
            guard let range = contentType.range(of: "boundary=") else { return nil }
            let boundary = contentType[range.upperBound...].split(separator: ";").first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) } ?? ""
            return FormData(multipart: body, boundary: boundary)
        }
        if lower.hasPrefix("application/x-www-form-urlencoded") { return FormData(urlEncoded: String(decoding: body, as: UTF8.self)) }
        return nil
    }

    static func cookie(_ header: String?) -> String? {
        guard let header else { return nil }
        for item in header.split(separator: ";") {
            let parts = item.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == cookieName { return String(parts[1]) }
        }
        return nil
    }

    /// Under TLS the cookie is `Secure`: a browser never sends it over plain HTTP.
    static func sessionCookie(_ id: String, secure: Bool) -> String {
        "\(cookieName)=\(id); Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    static func harden(_ headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'"
        headers[.xContentTypeOptions] = "nosniff"
        headers[.xFrameOptions] = "DENY"
        // The pairing code and the calendar token travel in URLs: never pass them to another site.
        // ("no-referrer" would also make browsers send `Origin: null` on our own forms.)
        headers[.referrerPolicy] = "same-origin"
        headers[.cacheControl] = "no-store"
    }
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
    static let xFrameOptions = Self("X-Frame-Options")!
}
