import Foundation

/// Writes files that hold journal content: mode 0600, atomically (a temporary name, then rename).
enum PrivateFile {
    static func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIError(status: .ioError, message: "'\(path)' is a directory; give a file name")
        }
        let temporary = folder + "/.\((path as NSString).lastPathComponent).\(UUID().uuidString.prefix(8)).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CLIError(status: .ioError, message: "cannot write '\(path)'; check that the folder exists and is writable")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CLIError(status: .ioError, message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
    }
}
