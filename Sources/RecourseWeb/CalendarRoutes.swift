import Desk
import Foundation
import Hummingbird
import Lexicon

/// `/calendar`: per-device subscription links; `/calendar.ics?token=…`: the feed a phone's
/// calendar polls, made by `CalendarFeed` as `recourse calendar`'s is, so it has the same events and alarms.
enum CalendarRoutes {
    static func add(to router: Router<WebContext>, app: WebApp, baseURL: @escaping @Sendable (String) -> String) {
        router.get("/calendar.ics") { request, context -> Response in
            guard let token = request.uri.queryParameters.get("token"), await app.tokens.accepts(token) else {
                return Pages.refusal(.forbidden, Message.webFeedRefused.text(in: context.language), language: context.language)
            }
            switch await app.read(language: context.language, { desk, store in try CalendarFeed.ics(store: store, desk: desk, snapshot: app.clock.file != nil).text }) {
            case let .success(ics): return Pages.file(Data(ics.utf8), type: "text/calendar; charset=utf-8", name: nil)
            case let .failure(error): return Pages.refusal(.internalServerError, error.line, language: context.language)
            }
        }
        router.get("/calendar") { request, context -> Response in
            let flash = await app.gatekeeper.takeFlash(context.session!.id)
            return Pages.html(await page(app: app, context: context, top: flash.lines))
        }
        router.post("/calendar/new") { request, context -> Response in
            let name = context.form.value("device") ?? "device"
            let token = try await app.tokens.issue(name: name, now: app.clock.now())
            let host = request.head.authority ?? ""
            await app.gatekeeper.setFlash(context.session!.id, lines: [Message.webCalendarLink.text(in: context.language, name),
                                                                        baseURL(host) + "/calendar.ics?token=" + token], warnings: [])
            return Pages.redirect("/calendar")
        }
        router.post("/calendar/revoke") { _, context -> Response in
            if let id = context.form.value("id") { try await app.tokens.revoke(id: id) }
            return Pages.redirect("/calendar")
        }
    }

    static func page(app: WebApp, context: WebContext, top: [String]) async -> String {
        let language = context.language
        var body = "<p>\(HTML.escape(Message.webCalendarText.text(in: language)))</p>"
        if top.count == 2 {
            body += "<div class=\"done\"><p>\(HTML.escape(top[0]))</p><code class=\"link\">\(HTML.escape(top[1]))</code>"
                + "<p><a href=\"\(HTML.escape("webcal://" + (top[1].components(separatedBy: "://").last ?? "")))\">webcal</a></p></div>"
        }
        let devices = await app.tokens.all
        if devices.isEmpty { body += "<p>\(HTML.escape(Message.webCalendarNone.text(in: language)))</p>" }
        for device in devices {
            body += "<form method=\"post\" action=\"/calendar/revoke\">" + Pages.csrfField(context)
                + "<input type=\"hidden\" name=\"id\" value=\"\(HTML.escape(device.id))\"><p>\(HTML.escape(device.name))</p>"
                + "<button type=\"submit\">\(HTML.escape(Message.webCalendarRevoke.text(in: language)))</button></form>"
        }
        body += "<form method=\"post\" action=\"/calendar/new\">" + Pages.csrfField(context)
            + "<label for=\"device\">\(HTML.escape(Message.webCalendarDevice.text(in: language)))</label><input id=\"device\" name=\"device\" required>"
            + "<button type=\"submit\">\(HTML.escape(Message.webCalendarNew.text(in: language)))</button></form>"
        return HTML.page(Message.webCalendarTitle.text(in: language), language: language, body: body)
    }
}
