import Foundation
import Hummingbird
import Journal
import Lexicon

/// `/log`: `recourse log` as a form. Field names are `log`'s long options; the POST runs `log`
/// itself, so its rules, warnings and one-line errors are the command line's, word for word.
enum LogRoutes {
    /// The form's text fields in page order, each with its label; `organization` is `log`'s argument.
    static let fields: [(name: String, label: Message, multiline: Bool)] = [
        ("organization", .webFieldOrganization, false), ("number", .webFieldNumber, false),
        ("agent", .webFieldAgent, false), ("ref", .webFieldRef, false), ("summary", .webFieldSummary, true),
        ("advice", .webFieldAdvice, true), ("promise", .webFieldPromise, true), ("due", .webFieldDue, false),
        ("at", .webFieldAt, false), ("case", .webFieldCase, false),
    ]

    static func add(to router: Router<WebContext>, app: WebApp) {
        router.get("/log") { _, context -> Response in
            let flash = await app.gatekeeper.takeFlash(context.session!.id)
            let done = HTML.messages(flash.lines, kind: "done") + HTML.messages(flash.warnings, kind: "warning")
            return Pages.html(page(context: context, values: FormData(), top: done, errors: [:],
                                   organizations: await organizations(app: app, language: context.language)))
        }
        // The due date as `log` will read it, before saving: for the page's script (plain text).
        router.get("/log/when") { request, context -> Response in
            let query = request.uri.queryParameters
            var form = FormData()
            for name in ["due", "at", "organization", "case"] { if let value = query.get(name) { form.fields[name] = [value] } }
            let result = try await app.run(whenArguments(form), language: context.language, reading: false)
            let text = result.status == 0 ? result.text : result.messages.joined(separator: " ")
            return Response(status: result.status == 0 ? .ok : .unprocessableContent, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: text.trimmingCharacters(in: .whitespacesAndNewlines))))
        }
        router.get("/preview.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: previewScript)))
        }
        router.post("/log") { _, context -> Response in
            let form = context.form
            // "Preview": the due date resolved by `recourse when`, the form shown again, nothing saved.
            if form.value("preview") != nil {
                let language = context.language
                let top = HTML.messages([Message.webPreviewOnly.text(in: language)], kind: "warning")
                var errors: [String: [String]] = [:]
                if form.value("due") != nil {
                    let result = try await app.run(whenArguments(form), language: language, reading: false)
                    if result.status == 0 { errors["due-preview"] = [result.text.trimmingCharacters(in: .whitespacesAndNewlines)] }
                    else { errors["due"] = result.messages }
                }
                return Pages.html(page(context: context, values: form, top: top, errors: errors,
                                       organizations: await organizations(app: app, language: language)))
            }
            let folder = try app.runner.uploadFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let result = try await app.run(try arguments(form, uploads: folder), language: context.language, reading: false)
            guard result.status == 0 else {
                let errors = placeErrors(result.messages, form: form)
                let top = HTML.messages((errors[""] ?? []) + [Message.webNothingSaved.text(in: context.language)], kind: "error")
                return Pages.html(page(context: context, values: form, top: top, errors: errors,
                                       organizations: await organizations(app: app, language: context.language)), status: .unprocessableContent)
            }
            await app.gatekeeper.setFlash(context.session!.id, lines: result.text.split(separator: "\n").map(String.init),
                                          warnings: result.messages)
            return Pages.redirect("/log")
        }
    }

    /// `log`'s arguments from the form: `--option=value` so a value starting with "-" stays a value.
    static func arguments(_ form: FormData, uploads folder: String) throws -> [String] {
        var arguments = ["log", "--no-input"]
        for name in ["via", "direction", "number", "agent", "ref", "summary", "advice", "at", "case"] {
            if let value = form.value(name) { arguments.append("--\(name)=\(value)") }
        }
        for name in ["promise", "due"] {
            arguments += form.values(name).filter { !$0.isEmpty }.map { "--\(name)=\($0)" }
        }
        for (index, file) in form.files.enumerated() where file.field == "attach" {
            // The phone's own file name is kept (the journal records it); only path separators go.
            var name = file.filename.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "\0", with: "")
            if name.isEmpty || name == "." || name == ".." { name = "upload" }
            let path = folder + "/\(index)/" + name
            try FileManager.default.createDirectory(atPath: folder + "/\(index)", withIntermediateDirectories: false)
            try file.bytes.write(to: URL(fileURLWithPath: path))
            arguments.append("--attach=\(path)")
        }
        if let organization = form.value("organization") { arguments += ["--", organization] }
        return arguments
    }

    /// `when`'s arguments from the form: the due words counted from `at`, in the case's or the
    /// organization's business days, exactly as `log` will count them.
    static func whenArguments(_ form: FormData) -> [String] {
        var arguments = ["when"]
        for name in ["at", "organization", "case"] {
            if let value = form.value(name) { arguments.append("--\(name)=\(value)") }
        }
        return arguments + ["--", form.value("due") ?? ""]
    }

    /// The page's one script, an enhancement only: as the due words (or the time, organization or
    /// case) change, it asks `/log/when` and shows the resolved date under the field. Without it,
    /// the "preview" button does the same with a round trip.
    static let previewScript = """
        (function () {
          var due = document.getElementById('due');
          var out = document.getElementById('due-preview');
          if (!due || !out) return;
          var timer = null, asked = 0;
          function value(id) { var field = document.getElementById(id); return field ? field.value : ''; }
          function update() {
            var words = due.value.trim(), ask = ++asked;
            if (!words) { out.textContent = ''; out.className = 'preview'; return; }
            var query = new URLSearchParams({ due: words, at: value('at'), organization: value('organization'), 'case': value('case') });
            fetch('/log/when?' + query.toString(), { credentials: 'same-origin' }).then(function (reply) {
              return reply.text().then(function (text) {
                if (ask !== asked) return;
                out.textContent = text;
                out.className = reply.ok ? 'preview' : 'preview bad';
              });
            });
          }
          ['due', 'at', 'organization', 'case'].forEach(function (id) {
            var field = document.getElementById(id);
            if (field) field.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(update, 250); });
          });
          if (due.value.trim() && !out.textContent) update();
        })();
        """

    /// Puts each error line beside the field it is about: the one whose option it names (`--due`),
    /// else the one whose value it quotes ('someday maybe'), else at the top ("").
    static func placeErrors(_ lines: [String], form: FormData) -> [String: [String]] {
        var placed: [String: [String]] = [:]
        let names = fields.map(\.name) + ["via", "direction", "attach"]
        for line in lines {
            let named = names.first { line.contains("--\($0)") }
            let quoted = names.first { name in
                form.values(name).contains { !$0.isEmpty && (line.contains("'\($0)'") || line.contains("“\($0)”") || line.contains("\"\($0)\"")) }
            }
            placed[named ?? quoted ?? "", default: []].append(line)
        }
        return placed
    }

    /// The journal's organization names, offered as the organization field's suggestions
    /// (`org list --json`); a new name is still accepted, and `log` warns about near names.
    static func organizations(app: WebApp, language: Language) async -> [String] {
        guard let result = try? await app.run(["org", "list", "--json"], language: language), result.status == 0,
              let object = try? JSONSerialization.jsonObject(with: result.stdout) as? [String: Any],
              let list = object["organizations"] as? [[String: Any]] else { return [] }
        return list.compactMap { ($0["organization"] as? [String: Any])?["name"] as? String }
    }

    static func page(context: WebContext, values: FormData, top: String, errors: [String: [String]], organizations: [String] = []) -> String {
        let language = context.language
        func label(_ name: String, _ message: Message) -> String {
            "<label for=\"\(name)\">\(HTML.escape(message.text(in: language)))</label>" + HTML.messages(errors[name] ?? [], kind: "error")
        }
        let extra = ["case": " inputmode=\"numeric\"", "organization": " list=\"organizations\" autocomplete=\"off\""]
        var body = top + "<form method=\"post\" action=\"/log\" enctype=\"multipart/form-data\">" + Pages.csrfField(context)
        for field in fields {
            body += label(field.name, field.label)
            let value = HTML.escape(values.value(field.name) ?? "")
            body += field.multiline
                ? "<textarea id=\"\(field.name)\" name=\"\(field.name)\">\(value)</textarea>"
                : "<input id=\"\(field.name)\" name=\"\(field.name)\" value=\"\(value)\"\(extra[field.name] ?? "")>"
            if field.name == "due" {
                // Filled by the preview button's round trip, or live by /preview.js.
                body += "<output id=\"due-preview\" for=\"due\" class=\"preview\" aria-live=\"polite\">"
                    + HTML.escape((errors["due-preview"] ?? []).joined(separator: " ")) + "</output>"
            }
            if field.name == "organization" {
                body += "<datalist id=\"organizations\">" + organizations.map { "<option value=\"\(HTML.escape($0))\">" }.joined() + "</datalist>"
                body += label("via", .webFieldVia) + select("via", selected: values.value("via") ?? "",
                    options: [("", Message.webChooseChannel.text(in: language))] + Speaking.channels(in: language))
                body += label("direction", .webFieldDirection) + select("direction", selected: values.value("direction") ?? "outbound",
                    options: [("outbound", Message.webDirectionOutbound.text(in: language)), ("inbound", Message.webDirectionInbound.text(in: language))])
            }
        }
        body += label("attach", .webFieldAttach) + "<input id=\"attach\" name=\"attach\" type=\"file\" accept=\"image/*,application/pdf\" multiple>"
        // Save first: it is the form's default button (Enter / "Go" on a phone's keyboard).
        body += "<button type=\"submit\" name=\"save\" value=\"1\">\(HTML.escape(Message.webSave.text(in: language)))</button>"
        body += "<button type=\"submit\" name=\"preview\" value=\"1\" class=\"secondary\">\(HTML.escape(Message.webPreview.text(in: language)))</button></form>"
        body += "<script src=\"/preview.js\"></script>"
        return HTML.page(Message.webLogTitle.text(in: language), language: language, body: body)
    }

    static func select(_ name: String, selected: String, options: [(String, String)]) -> String {
        "<select id=\"\(name)\" name=\"\(name)\">" + options.map { value, words in
            "<option value=\"\(HTML.escape(value))\"\(value == selected ? " selected" : "")>\(HTML.escape(words))</option>"
        }.joined() + "</select>"
    }
}

/// Words the libraries give in `Language.current` (the channel names), asked for one page's
/// language under a lock, since the current language is one setting for the whole process.
enum Speaking {
    private static let lock = NSLock()

    static func channels(in language: Language) -> [(String, String)] {
        lock.lock()
        defer { lock.unlock() }
        let saved = Language.current
        Language.current = language
        defer { Language.current = saved }
        return Journal.Channel.allCases.map { ($0.rawValue, $0.words) }
    }
}
