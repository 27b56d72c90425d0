import Foundation

/// What one `sync` did: the file it published, the files it applied, the files it refused.
public struct SyncReport: Sendable, Equatable {
    public struct Published: Sendable, Equatable {
        public let seq: Int
        public let lines: Int
        public let evidenceFiles: Int
    }

    public struct Applied: Sendable, Equatable {
        public let device: String
        public let deviceName: String
        public let seq: Int
        public let records: Int
        public let conflicts: Int
    }

    /// A peer's file left for the next `sync`, and why. Nothing from it, or after it, was applied.
    public struct Refused: Sendable, Equatable {
        public let device: String
        public let deviceName: String
        public let file: String
        public let reason: String
    }

    public let device: DeviceIdentity
    public let published: Published?
    public let applied: [Applied]
    public let refused: [Refused]
}

/// What `sync --status` shows: what is waiting each way.
public struct SyncStatus: Sendable, Equatable {
    public struct Peer: Sendable, Equatable {
        public let device: String
        public let name: String
        public let files: Int
        public let applied: Int
        /// Files present and intact but not applied yet.
        public let pending: Int
        /// The first file that cannot be applied yet, and why (later files wait behind it).
        public let blocked: SyncReport.Refused?
        public let lastApplied: Date?
        /// The fingerprint of the key pinned for the device (or, before it is pinned, of the key its
        /// waiting files are signed with); nil when it has no signed file yet.
        public let fingerprint: String?
    }

    public let device: DeviceIdentity
    /// This device's events not yet in a change file in this folder.
    public let unpublishedEvents: Int
    /// This device's change files in this folder, and when the newest was written.
    public let publishedFiles: Int
    public let lastPublished: Date?
    public let peers: [Peer]
    public let conflicts: Int
    /// This device's signing key's fingerprint; nil before its first sync.
    public let fingerprint: String?
}
