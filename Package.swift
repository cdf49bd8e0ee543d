// swift-tools-version:6.0
// gosub: a Go interpreter in Swift that carries its own Go runtime.
// Targets follow the pipeline of ../shared/DESIGN.md; dependencies point down
// the pipe (Syntax -> Types -> ... -> Driver) and down to Runtime, never back.
import PackageDescription

let package = Package(
    name: "gosub",
    products: [
        .executable(name: "gosub", targets: ["gosub"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Source files, positions and diagnostics in gc's format.
        .target(name: "Base"),
        // Tokens, scanner with semicolon insertion, AST and parser.
        .target(name: "Syntax", dependencies: ["Base"]),
        // Exact constant arithmetic (Go's untyped constants), as go/constant.
        .target(name: "Constant", dependencies: ["Base"]),
        // The type checker: universe, scopes, types, method sets, layout.
        .target(name: "Types", dependencies: ["Base", "Syntax", "Constant"]),
        // Escape analysis: stack or heap per variable and allocation site, gc's -m diagnostics.
        .target(name: "Escape", dependencies: ["Base", "Syntax", "Types", "Constant"]),
        // The Go runtime in miniature: the allocator (Memory/) and, later, GC and scheduler.
        .target(name: "Runtime"),
        // The instruction set: one opcode table, packed words, runtime type
        // metadata shared by compiler and VM, the disassembler.
        .target(name: "Bytecode"),
        // Typed AST -> typed register bytecode over 8-byte frame slots.
        .target(name: "Compile", dependencies: ["Base", "Syntax", "Types", "Constant", "Escape", "Bytecode"]),
        // The dispatch loop over raw memory, goroutine stacks, natives, panics.
        .target(name: "VM", dependencies: ["Bytecode", "Runtime"]),
        // The command line: build, run, test.
        .target(name: "Driver", dependencies: [
            "Base", "Syntax", "Types", "Escape", "Bytecode", "Compile", "VM",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "gosub", dependencies: ["Driver"]),
        // Allocation speed: gosub's allocator beside malloc (release builds).
        .executableTarget(name: "AllocBench", dependencies: ["Runtime"], path: "Benchmarks/AllocBench"),

        .testTarget(name: "SyntaxTests", dependencies: ["Syntax"]),
        .testTarget(name: "ConstantTests", dependencies: ["Constant", "Base"]),
        .testTarget(name: "TypesTests", dependencies: ["Types"]),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime"]),
        .testTarget(name: "ConformanceTests", dependencies: ["Driver", "Base", "Syntax", "Types", "Constant", "Escape"],
                    exclude: ["Crashers", "fuzz-hunt.sh"]),
        .testTarget(name: "EscapeTests", dependencies: ["Escape", "Driver", "Base", "Syntax", "Types"]),
        .testTarget(name: "BytecodeTests", dependencies: ["Bytecode"]),
        .testTarget(name: "CompileTests", dependencies: ["Driver", "Compile", "Bytecode"]),
        .testTarget(name: "VMTests", dependencies: ["Driver", "Compile", "VM", "Bytecode"]),
    ]
)
