import ArgumentParser
import Escalation
import Foundation
import Journal
import Reminders

/// What the shell completes for option values: fixed vocabularies as lists, and the few values
/// that live in data (body ids, open case numbers) read when Tab is pressed.
///
/// The dynamic ones run inside the shell's completion call, so they read only what is cheap and
/// never fail loudly: a missing journal completes nothing.
enum ValueCompletion {
    static let channels = CompletionKind.list(Channel.allCases.map(\.rawValue))
    static let directions = CompletionKind.list(Direction.allCases.map(\.rawValue))
    static let languages = CompletionKind.list(["zh", "en"])
    static let formats = CompletionKind.list(["md", "txt", "html"])
    static let caseCategories = CompletionKind.list(CaseCategory.allCases.map(\.rawValue))

    /// Body ids, built-in and the user's.
    static let bodies = CompletionKind.custom { _, _, _ in
        let environment = ProcessInfo.processInfo.environment
        let folder = Session.configFolder(environment)
        guard let calendars = try? CalendarLibrary.load(userFolder: folder + "/calendars"),
              let library = try? BodyLibrary.load(userFolder: folder + "/bodies", knownCalendars: Set(calendars.calendars.keys))
        else { return [] }
        return library.bodies.map(\.id)
    }

    /// Open case numbers of the journal the command line names (`--db`), else the default one.
    static let openCases = CompletionKind.custom { words, _, _ in
        let db = words.firstIndex(of: "--db").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
        let location = JournalLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment)
        guard FileManager.default.fileExists(atPath: location.path),
              let store = try? JournalStore.open(location, now: Date()),
              let cases = try? store.caseOverviews() else { return [] }
        return cases.map { String($0.caseFile.id!) }
    }
}
