import ArgumentParser
import Journal
import Lexicon

extension Recourse {
    /// `recourse seed-benchmark`: hidden; generates large journals for `Scripts/bench`.
    struct SeedBenchmark: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "seed-benchmark",
            abstract: "Fill a new journal with N generated contacts (for benchmarks).",
            discussion: "Example: recourse seed-benchmark --contacts 100000 --db /tmp/bench.sqlite",
            shouldDisplay: false)

        @OptionGroup var global: GlobalOptions

        @Option(help: "How many contacts to generate (the stress profile).")
        var contacts: Int?

        @Option(help: "person: one person's journal (300 contacts, about a dozen open cases) instead of --contacts.")
        var profile: String?

        func validate() throws {
            switch (contacts, profile) {
            case (nil, nil): throw ValidationError("give --contacts N or --profile person")
            case (.some, .some): throw ValidationError("give either --contacts or --profile, not both")
            case let (.some(contacts), nil) where contacts < 500:
                throw ValidationError(Message.seedTooFew.text())
            case let (nil, .some(profile)) where profile != "person":
                throw ValidationError("unknown profile '\(profile)'; the one profile is 'person'")
            default: break
            }
        }

        func run() throws {
            let session = try Session(global, .generating)
            let store = try session.openJournal()
            guard try store.caseOverviews(includeClosed: true).isEmpty else {
                throw CLIError.usage(Message.seedNotEmpty.text(store.location.path))
            }
            let plan = contacts.map(SeedPlan.init(contacts:)) ?? .person
            try store.seed(plan, now: session.now)
            Console.out(Message.seeded.text(plan.contacts, store.location.path))
        }
    }
}
