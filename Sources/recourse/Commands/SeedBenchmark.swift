import ArgumentParser
import Journal

extension Recourse {
    /// `recourse seed-benchmark`: hidden; generates large journals for `Scripts/bench`.
    struct SeedBenchmark: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "seed-benchmark",
            abstract: "Fill a new journal with N generated contacts (for benchmarks).",
            shouldDisplay: false)

        @OptionGroup var global: GlobalOptions

        @Option(help: "How many contacts to generate.")
        var contacts: Int

        func validate() throws {
            guard contacts >= 500 else { throw ValidationError("--contacts must be at least 500 (case #1 alone has 500)") }
        }

        func run() throws {
            let session = try Session(global, .generating)
            let store = try session.openJournal()
            guard try store.caseOverviews(includeClosed: true).isEmpty else {
                throw CLIError.usage("'\(store.location.path)' already has cases; seed-benchmark only fills a new journal")
            }
            try store.seed(SeedPlan(contacts: contacts), now: session.now)
            Console.out("Seeded \(contacts) contacts into \(store.location.path)")
        }
    }
}
