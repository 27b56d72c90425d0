// swift-tools-version:6.1
import Foundation
import PackageDescription

let package = Package(
    name: "Recourse",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "recourse", targets: ["recourse"]),
        .executable(name: "recourse-web", targets: ["recourse-web"]),
        .library(name: "Journal", targets: ["Journal"]),
        .library(name: "Reminders", targets: ["Reminders"]),
        .library(name: "Escalation", targets: ["Escalation"]),
        .library(name: "Channels", targets: ["Channels"]),
        .library(name: "Lexicon", targets: ["Lexicon"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // HTTPS for `serve --tls-cert/--tls-key` (hummingbird already depends on it); linked only into recourse-web.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // Every word a user sees, in every language, at the bottom so every module can speak.
        .target(name: "Lexicon"),
        // The SQL migrations, one file per migration, compiled into the binary so that
        // `recourse` works when copied alone to another machine.
        .target(
            name: "JournalSchema",
            path: "Schema",
            exclude: ["README.md"],
            resources: [
                .embedInCode("0001_initial.sql"),
                .embedInCode("0002_search.sql"),
                .embedInCode("0003_row_digests.sql"),
                .embedInCode("0004_submissions.sql"),
                .embedInCode("0005_contact_warnings.sql"),
                .embedInCode("0006_case_facts.sql"),
                .embedInCode("0007_interchange.sql"),
                .embedInCode("0008_sync.sql"),
                .embedInCode("0009_impersonation.sql"),
                .embedInCode("0010_sync_keys.sql"),
                .embedInCode("0011_organization_kinds.sql"),
                .embedInCode("0012_repairs.sql"),
                .embedInCode("0013_reply_by.sql"),
                .embedInCode("0014_statement_date.sql"),
                .embedInCode("0015_bank_sector.sql"),
                .embedInCode("0016_event_entity_index.sql"),
            ]
        ),
        .target(
            name: "Journal",
            dependencies: [
                "JournalSchema",
                "Lexicon",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                // scrypt, to derive sync's encryption key from a passphrase (`_CryptoExtras` exists in 3.12 and 4.x).
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Reminders",
            dependencies: ["Journal", "Lexicon"],
            resources: [.embedInCode("Calendars/Data/CN.cal")]
        ),
        // Regulator and ombudsman profiles (data), and later escalation clocks and drafts.
        .target(
            name: "Escalation",
            dependencies: ["Journal", "Reminders", "Lexicon", .product(name: "Mustache", package: "swift-mustache")],
            resources: ["company", "cn.pboc", "cn.nfra", "cn.samr", "uk.fos", "us.cfpb", "us.rege", "eu.adr", "eu.psd2", "uk.app",
                        "cn.miit", "cn.csrc", "uk.energy", "uk.comms", "us.regz", "de.bundesbank", "de.bdb", "de.voeb", "de.dsgv", "de.bvr",
                        "de.bafin"]
                .map { .embedInCode("Bodies/\($0).json") }
                + ["complaint.zh", "complaint.en", "regulator.zh", "regulator.en", "evidence.zh", "evidence.en", "police.zh", "police.en", "bank.zh", "bank.en",
                   "regulator.de"]
                    .map { .embedInCode("Templates/\($0).mustache") }
        ),
        // Genuine customer-service channels (one data file per jurisdiction), address
        // normalisation, and the red-flag phrases of fake customer service.
        .target(
            name: "Channels",
            dependencies: ["Lexicon"],
            resources: ["CN.channels", "GB.channels", "US.channels", "RedFlags.flags"].map { .embedInCode("Data/\($0)") }
        ),
        // `log`'s orchestration and the views both skins show: what the command line and the web
        // pages call, so neither holds a rule, a parser or a sentence of its own (#24).
        .target(name: "Desk", dependencies: ["Journal", "Reminders", "Escalation", "Channels", "Lexicon"]),
        // What `recourse serve` hands to `recourse-web`: shared by both, without the server.
        .target(name: "ServeOptions", dependencies: ["Lexicon"]),
        // A small QR encoder (byte mode, versions 1-6) for `serve --lan`'s pairing address.
        .target(name: "QRCode"),
        // The web skin of `recourse serve`: pages over the binary's own commands. Only the
        // `recourse-web` executable links it, so `recourse` (and `log`'s start-up) carries no server.
        .target(
            name: "RecourseWeb",
            dependencies: [
                "ServeOptions",
                "QRCode",
                "Desk",
                "Journal",
                "Reminders",
                "Escalation",
                "Channels",
                "Lexicon",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "recourse-web", dependencies: ["RecourseWeb", "ServeOptions", "Lexicon"]),
        .executableTarget(
            name: "recourse",
            dependencies: [
                "ServeOptions",
                "Desk",
                "Journal",
                "Reminders",
                "Escalation",
                "Channels",
                "Lexicon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LexiconTests", dependencies: ["Lexicon"]),
        .testTarget(name: "JournalTests", dependencies: ["Journal", .product(name: "GRDB", package: "GRDB.swift"),
                                                       .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "RemindersTests", dependencies: ["Reminders"]),
        .testTarget(name: "ChannelsTests", dependencies: ["Channels"]),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode"]),
        .testTarget(name: "DeskTests", dependencies: ["Desk", "Journal", "Reminders", "Lexicon"]),
        .testTarget(name: "EscalationTests", dependencies: ["Escalation", "Journal", "Reminders", "Lexicon"]),
        // Depends on the executable so `swift test` builds the binary these tests run.
        .testTarget(name: "RecourseCLITests", dependencies: ["recourse", "recourse-web", "Lexicon", .product(name: "GRDB", package: "GRDB.swift"),
                                                           .product(name: "Crypto", package: "swift-crypto")],
                    exclude: ["Golden"]),
    ]
)

// Fuzz targets for libFuzzer, declared only for Scripts/fuzz (RECOURSE_FUZZ=1): they call libFuzzer's
// driver, which only a -sanitize=fuzzer build links, so an ordinary build must not see them.
if ProcessInfo.processInfo.environment["RECOURSE_FUZZ"] == "1" {
    package.targets += [
        .executableTarget(name: "fuzz-when", dependencies: ["Reminders"], path: "Fuzz/fuzz-when"),
        .executableTarget(name: "fuzz-user-files", dependencies: ["Reminders"], path: "Fuzz/fuzz-user-files"),
        .executableTarget(name: "fuzz-sync-files", dependencies: ["Journal"], path: "Fuzz/fuzz-sync-files"),
    ]
}
