#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads MPS (fixed and free) and CPLEX-LP model files into ``LinearModel`` values, without any solver.
///
/// The file is read once, into memory, and parsed from there: a FIFO or
/// `/dev/stdin` works, and detecting the MPS flavour (fixed is tried first,
/// then free, as GLPK's `glpsol` does) never opens the file twice.
///
/// The readers follow GLPK's (`glp_read_mps`, `glp_read_lp`) so that every
/// file GLPK reads gives the same model, with these documented differences:
///
/// - MPS: an RHS entry on the objective row is the negated objective constant
///   (`obj − RHS`, as CPLEX, Gurobi and HiGHS read it; GLPK adds it instead);
///   an `OBJSENSE` section (`MAX`/`MIN`, on the next line or the same one) is
///   read; blank lines are skipped; in free MPS a missing RHS, RANGES or
///   BOUNDS set name is allowed where the number of fields shows it.
/// - CPLEX LP: keywords must be whole words (GLPK also takes prefixes such as
///   `m` for `minimize`); a variable repeated in one expression is summed; the
///   objective may hold a constant term and may be empty; `inf` without a sign
///   is +∞ in an upper bound.
public enum ModelFileReader {
    /// Reads the model at `path` (any readable file, FIFO or device).
    ///
    /// The format is `format` when given; otherwise `.lp` means CPLEX LP,
    /// `.mps` MPS, and any other name is recognised from the text (an LP file
    /// starts with `minimize` or `maximize`). MPS is read as fixed, then free.
    ///
    /// - Throws: ``ModelReadError`` with reason `.missing` when the file cannot be
    ///   opened, `.malformed` with line, column and a hint when it is not a model.
    public static func read(path: String, format: ModelFileFormat? = nil) throws(ModelReadError) -> (
        LinearModel, ModelFileFormat
    ) {
        let file = try readFile(path: path, format: format)
        return (file.model, file.format)
    }

    /// Reads the model at `path`, keeping the line of each row and column for messages.
    public static func readFile(path: String, format: ModelFileFormat? = nil) throws(ModelReadError) -> ModelFile {
        try read(bytes: try contents(of: path), path: path, format: format)
    }

    /// Reads a model from the bytes of a file; `path` names it in messages and is the fallback model name.
    public static func read(bytes: [UInt8], path: String, format: ModelFileFormat? = nil) throws(ModelReadError)
        -> ModelFile
    {
        let candidates: [ModelFileFormat]
        if let format {
            candidates = [format]
        } else if path.lowercased().hasSuffix(".lp") {
            candidates = [.cplexLP]
        } else if path.lowercased().hasSuffix(".mps") || !looksLikeLP(bytes) {
            candidates = [.fixedMPS, .freeMPS]
        } else {
            candidates = [.cplexLP]
        }
        var failures: [ModelReadError] = []
        for candidate in candidates {
            do {
                return try parse(bytes, path: path, as: candidate)
            } catch {
                failures.append(error)
            }
        }
        // Report the attempt that got furthest into the file (free MPS on a tie: the commoner flavour today).
        var furthest = failures[0]
        for failure in failures.dropFirst() where (failure.line ?? 0) >= (furthest.line ?? 0) {
            furthest = failure
        }
        throw furthest
    }

    private static func parse(_ bytes: [UInt8], path: String, as format: ModelFileFormat) throws(ModelReadError)
        -> ModelFile
    {
        switch format {
        case .fixedMPS, .freeMPS:
            var reader = MPSReader(bytes: bytes, path: path, fixed: format == .fixedMPS)
            return try reader.read()
        case .cplexLP:
            var reader = CPLEXLPReader(bytes: bytes, path: path)
            return try reader.read()
        }
    }

    /// True when the first word outside comments and blank lines is an LP objective keyword.
    static func looksLikeLP(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "*") {
                while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\n")
            {
                index += 1
            } else {
                var word = ""
                while index < bytes.count, let scalar = Unicode.Scalar(UInt32(bytes[index])),
                    scalar.properties.isAlphabetic && bytes[index] < 0x80
                {
                    word.append(Character(scalar))
                    index += 1
                }
                return ["minimize", "minimum", "min", "maximize", "maximum", "max"].contains(word.lowercased())
            }
        }
        return false
    }

    // MARK: - Reading the file once

    /// The whole file, read with one `open` (so FIFOs and `/dev/stdin` work).
    static func contents(of path: String) throws(ModelReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw ModelReadError(
                reason: .missing,
                path: path,
                message: "cannot open the model file (\(reason))",
                hint: "check the path and that the file is readable"
            )
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            // There but unusable is bad input (exit 65), as for the planning inputs (`InputFile.read`).
            throw ModelReadError(
                reason: .malformed,
                path: path,
                message: "this is a folder, not a file",
                hint: "give the path of an .mps or .lp file"
            )
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                return bytes
            } else if errno != EINTR {
                let reason = String(cString: strerror(errno))
                throw ModelReadError(
                    reason: .missing,
                    path: path,
                    message: "cannot read the model file (\(reason))",
                    hint: "check that the file is readable"
                )
            }
        }
    }
}

/// `read(2)` (the name `read` is taken by ``ModelFileReader``'s own methods).
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}
