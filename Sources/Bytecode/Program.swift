// A compiled program: the unit the compiler hands the VM. It holds
//  - the code of every function in one word array (the VM copies it into
//    one contiguous block, so a return address is a plain code pointer);
//  - per-function metadata: entry, frame size, where parameters and results
//    sit, a line table (for -S, tracebacks and panics), the frame objects
//    escape analysis placed (the VM computes stack maps from the code,
//    VM/Liveness.swift, and needs `top` per code word: `liveTops`);
//  - the static segment image: string literals, globals, closure objects of
//    top-level functions; code immediates that hold static addresses are
//    listed in `staticRelocs` and get the segment's base added at load time;
//  - runtime type metadata (RType, RuntimeType.swift), indexed by type id.
//
// Frame layout (slots of 8 bytes, from the frame base fp):
//
//   fp+0   caller's fp            ┐
//   fp+1   return address (code)  │ header, written by the call
//   fp+2   caller's function index│
//   fp+3   closure context (funcval pointer, 0 for direct calls)
//   fp+4   copy-back address: 0, or where results go when the frame was
//          placed on a new stack segment ┘
//   fp+5…  parameters, then results, then the frame objects' region
//          (FrameObjects.swift), then locals and temporaries
//
// A caller reserves header+params+results at some slot base of its own
// frame, evaluates the arguments straight into place, and calls with that
// base: the callee's frame starts there. Results are read back from the
// same slots after the call.

public enum FrameHeader {
    public static let callerFP = 0
    public static let returnPC = 1
    public static let callerFunc = 2
    public static let closure = 3
    public static let copyBack = 4
    public static let size = 5
}

public struct LineEntry: Sendable {
    public var pc: Int      // word offset from the function's entry
    public var line: Int32
    public init(pc: Int, line: Int32) { self.pc = pc; self.line = line }
}

public final class FuncMeta {
    public var name: String             // as Go prints it: main.f, main.T.M, main.(*T).M, main.main.func1
    public var file: String
    public var line: Int32
    public var entry = 0                // word index in Program.code
    public var length = 0
    public var frameSlots = FrameHeader.size
    public var paramSlots = 0
    public var resultSlots = 0
    public var lines: [LineEntry] = []
    public var hasDefer = false
    /// Compiled with escape analysis's decisions (its stores are checked against the stack invariant in debug builds).
    public var usesEscapeAnalysis = false
    /// The region of the objects escape analysis keeps in the frame, and each
    /// object's slots: reached by address, scanned when a pointer reaches them (VM/GCRoots.swift).
    public var frameObjectSlots = 0..<0
    public var frameObjects: [Range<Int>] = []
    /// Where a recovered panic resumes this function (runs its remaining defers and returns); -1 if none.
    public var recoverPC = -1
    public init(name: String, file: String, line: Int32) { self.name = name; self.file = file; self.line = line }

    /// The source line of the instruction at word offset `pc` from the entry.
    public func line(at pc: Int) -> Int32 {
        var best = line
        for e in lines {
            if e.pc > pc { break }
            best = e.line
        }
        return best
    }
}

public final class Program {
    public var code: [Word] = []
    /// Per code word: the frame slots below it may be live there (FuncBuilder's `top`).
    public var liveTops: [UInt16] = []
    public var funcs: [FuncMeta] = []
    public var staticData: [UInt8] = []
    public var staticRelocs: [Int] = []
    /// Offsets of static-data words holding a static offset (string constants' headers): the base is added at load.
    public var staticDataRelocs: [Int] = []
    public var types: [RType] = []
    /// The package initializer (globals, init funcs) and main.main.
    public var initFunc = -1
    public var mainFunc = -1
    /// The one-instruction function (`panicCont`) that calls deferred by a panic return to.
    public var panicStubFunc = -1
    /// Type ids of the runtime's error types (recover() of a runtime error returns one of them).
    public var errorStringType = -1
    public var boundsErrorType = -1
    public var plainErrorType = -1
    /// *runtime.TypeAssertionError (a failed x.(T)) and *runtime.PanicNilError (panic(nil)).
    public var typeAssertionErrorType = -1
    public var panicNilErrorType = -1
    /// string and error, for natives that build values.
    public var stringType = -1
    public var errorIfaceType = -1
    /// The type fmt boxes a value in after calling its Error or String method: {string, original interface}.
    public var preformattedType = -1
    /// The same for a Format method's output (printed as it is, whatever the verb).
    public var formattedType = -1
    /// Static offset of os.Args' slice header (-1: the program does not use it).
    public var osArgsOffset = -1
    public init() {}

    /// Appends bytes to the static segment at the given alignment; returns their offset.
    public func addStatic(_ bytes: [UInt8], align: Int = 8) -> Int {
        while staticData.count % align != 0 { staticData.append(0) }
        let off = staticData.count
        staticData.append(contentsOf: bytes)
        return off
    }

    /// Index of the function whose code contains word `pc`.
    public func funcIndex(containing pc: Int) -> Int? {
        for (i, f) in funcs.enumerated() where pc >= f.entry && pc < f.entry + f.length { return i }
        return nil
    }
}
