import Foundation
import KKRDomain
import Testing

@Suite struct SHA256Tests {
    /// FIPS 180-2 / NIST CSRC example vectors.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func nistVectors(message: String, digest: String) {
        #expect(SHA256.hexDigest(of: Array(message.utf8)) == digest)
    }

    /// One million 'a' (the long NIST vector), fed in uneven chunks.
    @Test func millionA() {
        var hasher = SHA256()
        var left = 1_000_000
        var chunk = 1
        while left > 0 {
            let size = min(left, chunk)
            hasher.update([UInt8](repeating: 0x61, count: size))
            left -= size
            chunk = chunk * 3 % 4093 + 1
        }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        #expect(digest == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Agrees with the system's `sha256sum` on every shipped input file.
    @Test func agreesWithSha256sum() throws {
        let folder = DefaultInputsTests.inputs
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { name in
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(
                    atPath: folder.appendingPathComponent(name).path,
                    isDirectory: &isDirectory
                )
                return exists && !name.hasPrefix(".") && !isDirectory.boolValue
            }
            .sorted()
        #expect(names.count >= 6)
        for name in names {
            let url = folder.appendingPathComponent(name)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sha256sum", url.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let expected = String(output.prefix(64))
            #expect(SHA256.hexDigest(of: [UInt8](try Data(contentsOf: url))) == expected, "\(name)")
        }
    }
}
