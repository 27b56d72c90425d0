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

        @Option(help: "How many contacts to generate.")
        var contacts: Int

        func validate() throws {
            guard contacts >= 500 else { throw ValidationError(Message.seedTooFew.text()) }
        }

        func run() throws {
            let session = try Session(global, .generating)
            let store = try session.openJournal()
            guard try store.caseOverviews(includeClosed: true).isEmpty else {
                throw CLIError.usage(Message.seedNotEmpty.text(store.location.path))
            }
            try store.seed(SeedPlan(contacts: contacts), now: session.now)
            Console.out(Message.seeded.text(contacts, store.location.path))
        }
    }
}
