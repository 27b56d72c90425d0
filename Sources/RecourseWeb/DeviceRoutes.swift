import Foundation
import Hummingbird
import Lexicon

/// `/devices`: the browsers paired with this journal's server (they stay paired across restarts),
/// each with "Forget this device", which ends its session for good: a lost phone reads nothing more.
enum DeviceRoutes {
    static func add(to router: Router<WebContext>, app: WebApp) {
        router.get("/devices") { _, context -> Response in
            Pages.html(page(devices: await app.gatekeeper.pairedDevices, context: context))
        }
        router.post("/devices/forget") { _, context -> Response in
            guard let id = context.form.value("id") else { return Pages.redirect("/devices") }
            do { try await app.gatekeeper.forget(device: id) } catch {
                return Pages.refusal(.internalServerError, Message.webPairNotKept.text(in: context.language, app.options.configFolder),
                                     language: context.language)
            }
            // Forgetting the device in hand leaves it unpaired: the next page is the pairing page.
            return Pages.redirect(id == context.session?.device ? "/pair" : "/devices")
        }
    }

    static func page(devices: [PairedDevices.Device], context: WebContext) -> String {
        let language = context.language
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = .current
        var body = "<p>\(HTML.escape(Message.webDevicesText.text(in: language)))</p>"
        for device in devices {
            let this = device.id == context.session?.device ? " (" + Message.webDevicesThis.text(in: language) + ")" : ""
            body += "<form method=\"post\" action=\"/devices/forget\">" + Pages.csrfField(context)
                + "<input type=\"hidden\" name=\"id\" value=\"\(HTML.escape(device.id))\">"
                + "<p>\(HTML.escape(Message.webDevicesPaired.text(in: language, formatter.string(from: device.paired), device.label + this)))</p>"
                + "<button type=\"submit\" class=\"secondary\">\(HTML.escape(Message.webDevicesForget.text(in: language)))</button></form>"
        }
        return HTML.page(Message.webDevicesTitle.text(in: language), language: language, body: body)
    }
}
