import Foundation
import Hummingbird
import Desk
import Journal
import Lexicon

/// `/log`: `recourse log` as a form. Field names are `log`'s long options; the POST calls `LogDesk`,
/// as `log` does, so its rules, warnings and one-line errors are the command line's, word for word.
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
            let preview = await previewDue(form, app: app, language: context.language)
            let (text, ok): (String, Bool)
            switch preview {
            case let .success(line): (text, ok) = (line, true)
            case let .failure(error): (text, ok) = (error.line, false)
            }
            return Response(status: ok ? .ok : .unprocessableContent, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        router.get("/preview.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: previewScript)))
        }
        router.post("/log") { _, context -> Response in
            let form = context.form
            let language = context.language
            // "Preview": the due date resolved by `log`'s own reader, the form shown again, nothing saved.
            if form.value("preview") != nil {
                let top = HTML.messages([Message.webPreviewOnly.text(in: language)], kind: "warning")
                var errors: [String: [String]] = [:]
                if form.value("due") != nil {
                    switch await previewDue(form, app: app, language: language) {
                    case let .success(line): errors["due-preview"] = [line]
                    case let .failure(error): errors[error.field, default: []].append(error.line)
                    }
                }
                if let near = await nearNames(form, app: app, language: language) { errors["organization", default: []].append(near) }
                return Pages.html(page(context: context, values: form, top: top, errors: errors,
                                       organizations: await organizations(app: app, language: language)))
            }
            let folder = try app.uploads.make()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            do {
                let request = try request(form, uploads: folder)
                let saved = try await app.desk.call(language: language) { desk in
                    let logDesk = LogDesk(store: try app.desk.openJournal(desk), desk: desk)
                    let prepared = try logDesk.prepare(request)
                    let outcome = try logDesk.commit(prepared)
                    let notices = prepared.warnings.map { Message.warningPrefix.text($0) } + outcome.notices.map { notice in
                        switch notice {
                        case let .warning(text): Message.warningPrefix.text(text)
                        case let .note(text): text
                        }
                    }
                    return (LogView(logged: outcome.logged, guessed: outcome.guessed, time: desk.time).lines(), notices)
                }
                await app.gatekeeper.setFlash(context.session!.id, lines: saved.0, warnings: saved.1)
                return Pages.redirect("/log")
            } catch {
                let refusal = FieldError(error, language: language)
                var errors: [String: [String]] = [refusal.field: [refusal.line]]
                let top = HTML.messages((errors.removeValue(forKey: "") ?? []) + [Message.webNothingSaved.text(in: language)], kind: "error")
                return Pages.html(page(context: context, values: form, top: top, errors: errors,
                                       organizations: await organizations(app: app, language: language)), status: .unprocessableContent)
            }
        }
    }

    /// An error to show beside the field it concerns ("" for the top of the form), as the command
    /// line's one-line error.
    struct FieldError: Error {
        let field: String
        let line: String

        init(_ error: any Error, language: Language) {
            let concerned = (error as? LogFieldError)?.field.rawValue ?? ""
            field = fields.contains { $0.name == concerned } || ["via", "direction", "attach"].contains(concerned) ? concerned : ""
            line = WebDesk.speaking(language) { ErrorLine.text(error) }
        }
    }

    /// `log`'s request from the form: the fields are its long options; uploads are written to
    /// `folder` under their own names and attached as `--attach` files are.
    static func request(_ form: FormData, uploads folder: String) throws -> LogRequest {
        var request = LogRequest()
        request.organization = form.value("organization")
        request.via = form.value("via")
        request.direction = form.value("direction") ?? "outbound"
        request.number = form.value("number")
        request.agent = form.value("agent")
        request.ref = form.value("ref")
        request.summary = form.value("summary")
        request.advice = form.value("advice")
        request.at = form.value("at")
        request.promise = form.values("promise").filter { !$0.isEmpty }
        request.due = form.values("due").filter { !$0.isEmpty }
        request.caseID = try form.value("case").map(LogChoices.caseID)
        for (index, file) in form.files.enumerated() where file.field == "attach" {
            // The phone's own file name is kept (the journal records it); only path separators go.
            var name = file.filename.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "\0", with: "")
            if name.isEmpty || name == "." || name == ".." { name = "upload" }
            let path = folder + "/\(index)/" + name
            try FileManager.default.createDirectory(atPath: folder + "/\(index)", withIntermediateDirectories: false)
            try file.bytes.write(to: URL(fileURLWithPath: path))
            request.attach.append(path)
        }
        return request
    }

    /// The due words counted from `at`, in the case's or the organization's business days,
    /// exactly as `log` will count them: "Falls due …", or the error beside its field.
    static func previewDue(_ form: FormData, app: WebApp, language: Language) async -> Result<String, FieldError> {
        let words = form.value("due") ?? "", at = form.value("at"), organization = form.value("organization")
        let caseText = form.value("case")
        do {
            return .success(try await app.desk.call(language: language) { desk in
                let caseID = try caseText.map(LogChoices.caseID)
                let resolved = try LogDesk.previewDue(words, at: at, organization: organization, caseID: caseID, desk: desk) {
                    try app.desk.readJournal(desk)
                }
                return Message.whenResolved.text(desk.time.short(resolved.date))
            })
        } catch {
            return .failure(FieldError(error, language: language))
        }
    }

    /// Known organizations close to a new name, as `log` would warn about them after creating it.
    static func nearNames(_ form: FormData, app: WebApp, language: Language) async -> String? {
        guard let name = form.value("organization") else { return nil }
        return try? await app.desk.call(language: language) { desk -> String? in
            guard let store = try app.desk.readJournal(desk) else { return nil }
            let near = try store.nearOrganizations(to: name)
            guard !near.isEmpty else { return nil }
            return Message.promptWhichOrganization.text(name) + " "
                + near.map { "\($0.name) (#\($0.id!))" }.joined(separator: Message.listSeparator.text())
        }
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

    /// The journal's organization names, offered as the organization field's suggestions; a new
    /// name is still accepted, and the preview names the known ones close to it.
    static func organizations(app: WebApp, language: Language) async -> [String] {
        (try? await app.desk.call(language: language) { desk in
            try app.desk.readJournal(desk)?.organizations().map(\.organization.name) ?? []
        }) ?? []
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
    static func channels(in language: Language) -> [(String, String)] {
        WebDesk.speaking(language) { Journal.Channel.allCases.map { ($0.rawValue, $0.words) } }
    }
}
