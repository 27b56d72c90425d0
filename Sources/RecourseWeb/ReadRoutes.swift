import Desk
import enum Escalation.DraftError
import Foundation
import Hummingbird
import Lexicon

/// The pages that read: the agenda, the cases, a case's timeline, its drafts and prep sheet, and
/// `check`, each from the same library reading and words as its command (`agenda`, `cases`,
/// `show`, `prep`, `draft`, `check`), laid out for a phone.
enum ReadRoutes {
    static func add(to router: Router<WebContext>, app: WebApp) {
        router.get("/") { _, _ in Pages.redirect("/agenda") }
        router.get("/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: HTML.style)))
        }
        router.get("/agenda") { _, context -> Response in
            let language = context.language
            let flash = await app.gatekeeper.takeFlash(context.session!.id)
            let key = "agenda." + language.rawValue, now = app.clock.now()
            var body = HTML.messages(flash.lines, kind: "done")
            // The escaped output is kept, so a reload costs a file stat and no escaping.
            if let kept = app.cache.text(for: key, now: now) {
                body += kept
            } else {
                let stamp = app.cache.stamp(now: now)
                let snapshot = app.clock.file != nil
                do {
                    let output = try await app.desk.call(language: language, now: now) { desk in
                        let store = try app.desk.openForReading(desk, snapshot: snapshot)
                        return AgendaHTML(reading: try AgendaReading(store: store, desk: desk, snapshot: snapshot), time: desk.time).render()
                    }
                    app.cache.keep(output, for: key, stamp: stamp)
                    body += output
                } catch {
                    body += HTML.messages([WebDesk.speaking(language) { ErrorLine.text(error) }], kind: "error")
                }
            }
            return Pages.html(HTML.page(Message.webNavAgenda.text(in: language), language: language, body: body))
        }
        router.get("/cases") { request, context -> Response in
            let language = context.language
            if let id = request.uri.queryParameters.get("id").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
                return Pages.redirect("/case/\(id)")
            }
            let open = """
                <form method="get" action="/cases"><label for="id">\(HTML.escape(Message.webOpenCase.text(in: language)))</label>
                <input id="id" name="id" inputmode="numeric" required><button type="submit">\(HTML.escape(Message.webNavCases.text(in: language)))</button></form>
                """
            let snapshot = app.clock.file != nil
            let list = await app.read(language: language) { desk, store in
                let cases = try store.caseOverviews(includeClosed: true, first: nil, asOf: snapshot ? desk.now : nil).cases
                return cases.isEmpty ? "<p class=\"none\">\(HTML.escape(Message.noCasesYet.text()))</p>" : CasesHTML.render(cases, time: desk.time)
            }
            let body: String
            switch list {
            case let .success(html): body = html
            case let .failure(error): body = HTML.messages([error.line], kind: "error")
            }
            return Pages.html(HTML.page(Message.webCasesTitle.text(in: language), language: language, body: body + open))
        }
        router.get("/case/:id") { _, context -> Response in
            let id = try context.parameters.require("id", as: Int.self)
            let language = context.language
            let snapshot = app.clock.file != nil
            var body = links(id, language: language)
            do {
                body += try await app.desk.call(language: language, now: app.clock.now()) { desk in
                    let store = try app.desk.openForReading(desk, snapshot: snapshot)
                    return CaseHTML(reading: try CaseReading(Int64(id), store: store, desk: desk, snapshot: snapshot), time: desk.time).render()
                }
            } catch {
                body += HTML.messages([WebDesk.speaking(language) { ErrorLine.text(error) }], kind: "error")
            }
            return Pages.html(HTML.page(Message.webCaseTitle.text(in: language, id), language: language, body: body))
        }
        router.get("/case/:id/prep") { _, context -> Response in
            let id = try context.parameters.require("id", as: Int.self)
            let language = context.language
            let text = await app.read(language: language) { desk, store in
                try PrepReading.sheet(Int64(id), store: store, desk: desk).render(markdown: false)
            }
            return Pages.html(HTML.page(Message.webPrep.text(in: language), language: language,
                                        body: links(id, language: language) + HTML.document(text, language: language)))
        }
        router.get("/case/:id/draft/:kind") { request, context -> Response in
            let id = try context.parameters.require("id", as: Int.self)
            let kind = context.parameters.get("kind") ?? ""
            guard let title = draftKinds[kind] else { return Pages.refusal(.notFound, Message.webNotFound.text(in: context.language), language: context.language) }
            let format = request.uri.queryParameters.get("format").flatMap { formats[$0] != nil ? $0 : nil }
            let language = context.language
            let to = request.uri.queryParameters.get("to").map { String($0) }
            // The regulator's draft needs a body: without one, the bodies that take this case.
            if kind == "regulator", to == nil {
                let choice = await app.read(language: language) { desk, store in
                    let bodies = try DraftReading.bodies(for: Int64(id), store: store, desk: desk)
                    guard !bodies.isEmpty else { return "<p class=\"none\">\(HTML.escape(Message.webNoBody.text()))</p>" }
                    return "<p>\(HTML.escape(Message.webChooseBody.text()))</p><ul class=\"items\">" + bodies.map { body in
                        "<li class=\"item\"><a href=\"/case/\(id)/draft/regulator?to=\(HTML.escape(body.id))\">"
                            + "\(HTML.escape(language == .zh ? body.names.zh : body.names.en))</a> (\(HTML.escape(body.id)))</li>"
                    }.joined() + "</ul>"
                }
                let body: String
                switch choice {
                case let .success(html): body = html
                case let .failure(error): body = HTML.messages([error.line], kind: "error")
                }
                return Pages.html(HTML.page(title.text(in: language), language: language, body: links(id, language: language) + body))
            }
            // The drafts through the library, as `draft` makes them, in the page's language (as
            // `--lang` would make them), numbers masked.
            let kindTitle = title.text(in: language)
            var titleText = kindTitle
            let text = await app.read(language: language) { desk, store -> (String, String?) in
                let chosen = format ?? "txt"
                if let to {
                    let (draft, body) = try DraftReading.regulator(Int64(id), to: to, store: store, desk: desk, language: language, redact: true)
                    // As `draft regulator` refuses without `--force`.
                    if !draft.unmet.isEmpty { throw DraftError.preconditions(draft.unmetPreconditions) }
                    let heading = Message.draftSubmission.text(body.name)
                    return (try DraftReading.text(draft, format: chosen, title: heading, desk: desk), heading)
                }
                let words = try DraftReading.words(Int64(id), store: store, desk: desk, language: language, redact: true)
                return kind == "complaint"
                    ? (try DraftReading.text(try DraftReading.complaint(Int64(id), store: store, desk: desk, words: words), format: chosen, title: kindTitle, desk: desk), nil)
                    : (try DraftReading.text(try DraftReading.evidence(Int64(id), store: store, desk: desk, words: words), format: chosen, title: kindTitle, desk: desk), nil)
            }
            if case let .success((_, heading?)) = text { titleText = heading }
            let document = text.map(\.0)
            guard let format else {
                return Pages.html(HTML.page(titleText, language: language,
                                            body: links(id, language: language, draft: kind, to: to) + HTML.document(document, language: language)))
            }
            switch document {
            case let .success(document): return Pages.file(Data(document.utf8), type: formats[format]!, name: "case-\(id)-\(kind).\(format)")
            case let .failure(line):
                return Pages.html(HTML.page(titleText, language: language, body: HTML.messages([line.line], kind: "error")), status: .unprocessableContent)
            }
        }
        router.get("/check") { request, context -> Response in
            let language = context.language
            let query = request.uri.queryParameters.get("q") ?? ""
            let form = """
                <form method="get" action="/check"><label for="q">\(HTML.escape(Message.webCheckField.text(in: language)))</label>
                <input id="q" name="q" value="\(HTML.escape(query))" required><button type="submit">\(HTML.escape(Message.webCheckButton.text(in: language)))</button></form>
                """
            guard !query.isEmpty else { return Pages.html(HTML.page(Message.webCheckTitle.text(in: language), language: language, body: form)) }
            // The lines `check` prints, from the same call; each its own paragraph.
            let body: String
            do {
                let lines = try await app.desk.call(language: language) { desk in
                    try desk.check(query, store: try app.desk.readJournal(desk)).lines
                }
                body = "<div class=\"item\">" + lines.filter { !$0.isEmpty }.map { "<p>\(HTML.escape($0))</p>" }.joined() + "</div>"
            } catch {
                body = HTML.messages([WebDesk.speaking(language) { ErrorLine.text(error) }], kind: "error")
            }
            return Pages.html(HTML.page(Message.webCheckTitle.text(in: language), language: language, body: form + body))
        }
    }

    static let draftKinds: [String: Message] = ["complaint": .webDraftComplaint, "regulator": .webDraftRegulator, "evidence": .webDraftEvidence]
    static let formats = ["txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"]

    /// The case's other pages, and a draft's downloads.
    static func links(_ id: Int, language: Language, draft: String? = nil, to: String? = nil) -> String {
        var links = "<p class=\"links\"><a href=\"/case/\(id)\">\(HTML.escape(Message.webCaseTitle.text(in: language, id)))</a>"
            + "<a href=\"/case/\(id)/prep\">\(HTML.escape(Message.webPrep.text(in: language)))</a>"
        for kind in ["complaint", "regulator", "evidence"] {
            links += "<a href=\"/case/\(id)/draft/\(kind)\">\(HTML.escape(draftKinds[kind]!.text(in: language)))</a>"
        }
        links += "</p>"
        if let draft {
            links += "<p class=\"links\">\(HTML.escape(Message.webDownload.text(in: language)))"
                + ["txt", "md", "html"].map { format in
                    "<a href=\"/case/\(id)/draft/\(draft)?format=\(format)\(to.map { "&amp;to=" + HTML.escape($0) } ?? "")\">\(format)</a>"
                }.joined() + "</p>"
        }
        return links
    }
}
