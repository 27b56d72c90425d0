import Foundation
import ServeOptions

/// Private folders for the files a log form uploads: each request writes its files under their
/// own names in a fresh folder (0700), attaches them as `log --attach` attaches a file, and
/// removes the folder afterwards.
struct UploadFolders: Sendable {
    let folder: String

    init() {
        folder = NSTemporaryDirectory() + "recourse-serve-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
    }

    /// A private folder for one request's uploads, removed by the caller.
    func make() throws -> String {
        let path = folder + "/upload-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        return path
    }
}
