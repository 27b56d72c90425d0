import ArgumentParser
import Journal
import Lexicon

extension Recourse {
    /// `recourse seed-benchmark`: hidden; generates large journals for `Scripts/bench`.
    struct SeedBenchmark: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "seed-benchmark",
            abstract: Message.helpSeedBenchmarkAbstract.literal,
            discussion: Message.helpSeedBenchmarkDiscussion.literal,
            shouldDisplay: false)

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp(Message.helpSeedBenchmarkContacts.literal))
        var contacts: Int?

        @Option(help: ArgumentHelp(Message.helpSeedBenchmarkProfile.literal))
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
