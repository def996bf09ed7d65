/// How a command ended; the CLI turns it into the process's exit code (DESIGN.md §6; sysexits.h numbers).
public enum RunStatus: Sendable, Equatable {
    /// Everything planned and written.
    case success
    /// Some part has no possible plan; the explanation was printed (and written where possible).
    case infeasible
    /// A usage error the option parser could not see (for example a sweep parameter naming an unknown offer).
    case usage(String)
    /// Bad input data (EX_DATAERR); every problem was printed.
    case dataError
    /// An input file or folder is missing (EX_NOINPUT).
    case noInput
    /// An internal error (EX_SOFTWARE); the error was printed.
    case internalError
    /// A report could not be written (EX_CANTCREAT); the path and the reason were printed, nothing was replaced.
    case cannotWrite

    /// The exit code.
    public var exitCode: Int32 {
        switch self {
        case .success: 0
        case .infeasible: 1
        case .usage: 64
        case .dataError: 65
        case .noInput: 66
        case .internalError: 70
        case .cannotWrite: 73
        }
    }

    /// `previous` when it is bad data (which wins over missing files), else `self`.
    func after(_ previous: RunStatus?) -> RunStatus {
        previous == .dataError ? .dataError : self
    }
}
