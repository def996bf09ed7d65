import Foundation

// `kkr-fuzz`: the fuzz targets of FuzzTargets.swift.
//
// Built normally, `kkr-fuzz TARGET FILE…` runs each file through TARGET once (replaying saved cases; exit 0 when
// every one returns). Built by `make fuzz` with `-sanitize=fuzzer -DFUZZING`, this file provides libFuzzer's entry
// point instead and the target comes from the environment variable KKR_FUZZ_TARGET.

#if FUZZING
let fuzzTarget = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["KKR_FUZZ_TARGET"] ?? "") ?? .csv

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    fuzzTarget.run(Data(bytes: start, count: count))
    return 0
}
#else
let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
    FileHandle.standardError.write(
        Data("usage: kkr-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) FILE…\n".utf8)
    )
    exit(64)
}
for path in arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("kkr-fuzz: cannot read \(path)\n".utf8))
        exit(66)
    }
    target.run(data)
}
#endif
