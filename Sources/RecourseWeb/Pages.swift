import Foundation
import HTTPTypes
import Hummingbird
import Lexicon

/// Responses every route builds: an HTML page, a redirect, a refusal, a download.
enum Pages {
    static func html(_ page: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    /// Post/redirect/get: a form answers with 303 so reloading never posts twice.
    static func redirect(_ location: String, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    /// A one-line refusal, in the page's language, and no journal data.
    static func refusal(_ status: HTTPResponse.Status, _ message: String, language: Language, headers: HTTPFields = [:]) -> Response {
        html(HTML.page(Message.webTitle.text(in: language), language: language, paired: false,
                       body: HTML.messages([message], kind: "error")), status: status, headers: headers)
    }

    static func file(_ data: Data, type: String, name: String?) -> Response {
        var headers: HTTPFields = [.contentType: type]
        if let name { headers[.contentDisposition] = "attachment; filename=\"\(name)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The hidden field every form carries (`SecurityMiddleware` checks it).
    static func csrfField(_ context: WebContext) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(context.session?.csrf ?? ""))\">"
    }
}
