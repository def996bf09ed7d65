import Foundation

// `kkr-fuzz`: the fuzz targets of FuzzTargets.swift.
//
// Built normally, `kkr-fuzz TARGET FILE…` runs each file through TARGET once (replaying saved cases; exit 0 when
// every one returns). Built by `make fuzz` with `-sanitize=fuzzer -DFUZZING`, it hands control to libFuzzer's
// driver instead (options as for any libFuzzer binary), and the target comes from the environment variable
// KKR_FUZZ_TARGET.

#if FUZZING
let fuzzTarget = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["KKR_FUZZ_TARGET"] ?? "") ?? .csv

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

// libFuzzer's own main (linked by -sanitize=fuzzer) calls this too; SwiftPM's entry point calls the driver.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    fuzzTarget.run(Data(bytes: start, count: count))
    return 0
}

var fuzzArgumentCount = CommandLine.argc
var fuzzArguments = CommandLine.unsafeArgv
exit(runFuzzerDriver(&fuzzArgumentCount, &fuzzArguments, fuzzOneInput))
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
