// The `gosub test` runner itself: each convention with a passing and a
// failing case, run through the gosub executable built beside this test
// bundle, on programs written into a temporary directory.

import XCTest
import Foundation
@testable import Driver
import Base

final class TestRunnerTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "gosub-runner-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dir)
    }

    /// The gosub executable of this build (beside the test bundle).
    func gosubPath() throws -> String {
        let exe = URL(fileURLWithPath: ChildProcess.selfPath())
        var d = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = d.appendingPathComponent("gosub").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            d = d.deletingLastPathComponent()
        }
        throw XCTSkip("the gosub executable is not built beside the tests")
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
    }

    func verdicts(skipUnsupported: Bool = false) throws -> [String: Verdict] {
        var o = TestOptions()
        o.skipUnsupported = skipUnsupported
        o.jobs = 2
        o.timeoutSeconds = 30
        o.quiet = true
        let runner = TestRunner(options: o, gosubPath: try gosubPath())
        var out: [String: Verdict] = [:]
        for r in runner.run(paths: [dir]) { out[URL(fileURLWithPath: r.path).lastPathComponent] = r.verdict }
        return out
    }

    func isPass(_ v: Verdict?) -> Bool { if case .passed = v { return true }; return false }
    func isFail(_ v: Verdict?) -> Bool { if case .failed = v { return true }; return false }
    func isSkip(_ v: Verdict?) -> Bool { if case .skipped = v { return true }; return false }

    func testErrorcheckCompileSkipAndBuildConstraints() throws {
        try write("ec_pass.go", """
        // errorcheck

        package main

        func main() {
        \tx := 1 // ERROR "declared and not used: x"
        }
        """)
        try write("ec_fail_wrong_regexp.go", """
        // errorcheck

        package main

        func main() {
        \tx := 1 // ERROR "no such message"
        }
        """)
        try write("ec_fail_unexpected.go", """
        // errorcheck

        package main

        func main() {
        \tx := 1
        }
        """)
        try write("compile_pass.go", "// compile\n\npackage main\n\nfunc main() {}\n")
        try write("compile_fail.go", "// compile\n\npackage main\n\nfunc main() { undefined() }\n")
        try write("skipped.go", "// skip\n\npackage main\n")
        try write("constraint_unmet.go", "//go:build windows\n\n// compile\n\npackage main\n\nfunc main() {}\n")
        try write("constraint_met.go", "//go:build linux && amd64\n\n// compile\n\npackage main\n\nfunc main() {}\n")
        try write("multi.go", "// rundir\n\npackage ignored\n")
        let v = try verdicts()
        XCTAssertTrue(isPass(v["ec_pass.go"]), "\(String(describing: v["ec_pass.go"]))")
        XCTAssertTrue(isFail(v["ec_fail_wrong_regexp.go"]))
        XCTAssertTrue(isFail(v["ec_fail_unexpected.go"]))
        XCTAssertTrue(isPass(v["compile_pass.go"]))
        XCTAssertTrue(isFail(v["compile_fail.go"]))
        XCTAssertTrue(isSkip(v["skipped.go"]))
        XCTAssertTrue(isSkip(v["constraint_unmet.go"]))
        XCTAssertTrue(isPass(v["constraint_met.go"]))
        XCTAssertTrue(isSkip(v["multi.go"]))
    }

    func testRunCrashesExitStatusesAndRefusals() throws {
        let panicking = "// run\n\npackage main\n\nfunc main() {\n\tprintln(\"before\")\n\tvar a []int\n\t_ = a[5]\n}\n"
        try write("crash_pass.go", panicking)
        // Go's trace (other paths and addresses) is not compared
        try write("crash_pass.out", "before\npanic: runtime error: index out of range [5] with length 0\n\ngoroutine 1 [running]:\nmain.main()\n\t/elsewhere/crash_pass.go:8 +0x1d\nexit status 2\n")
        try write("crash_fail.go", panicking)
        try write("crash_fail.out", "before\npanic: runtime error: index out of range [6] with length 0\n\ngoroutine 1 [running]:\n")
        let exiting = "// run\n\npackage main\n\nimport \"os\"\n\nfunc main() { os.Exit(3) }\n"
        try write("exit_pass.go", exiting)
        try write("exit_pass.exit", "3\n")
        try write("exit_fail.go", exiting)
        let refused = "// run\n\npackage main\n\nfunc main() {\n\tvar a [1]int\n\tfor a[0] = range func(yield func(int) bool) {} {\n\t\tprintln(a[0])\n\t}\n}\n"
        try write("refused.go", refused)
        // errorcheck messages name the file as ./NAME.go, as under Go's test runner
        try write("label.go", "// errorcheck\n\npackage main\n\nfunc main() {\nL:\n\tgoto L\nL: // ERROR \"label L already defined at \\./label\\.go:6:1\"\n\tgoto L\n}\n")
        let v = try verdicts()
        XCTAssertTrue(isPass(v["crash_pass.go"]), "\(String(describing: v["crash_pass.go"]))")
        XCTAssertTrue(isFail(v["crash_fail.go"]))
        XCTAssertTrue(isPass(v["exit_pass.go"]), "\(String(describing: v["exit_pass.go"]))")
        XCTAssertTrue(isFail(v["exit_fail.go"]))
        XCTAssertTrue(isFail(v["refused.go"]))
        XCTAssertTrue(isPass(v["label.go"]), "\(String(describing: v["label.go"]))")
        XCTAssertTrue(isSkip(try verdicts(skipUnsupported: true)["refused.go"]))
    }

    func testRunWithOutputFileAndArguments() throws {
        let echo = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(len(os.Args), os.Args[1:])\n}\n"
        try write("args_pass.go", "// run one two\n\n" + echo)
        try write("args_pass.out", "3 [one two]\n")
        try write("args_fail.go", "// run one\n\n" + echo)
        try write("args_fail.out", "3 [one two]\n")
        try write("plain_pass.go", "// run\n\npackage main\n\nfunc main() { println(\"to stderr\") }\n")
        try write("plain_pass.out", "to stderr\n")
        try write("plain_fail.go", "// run\n\npackage main\n\nfunc main() { println(\"to stderr\") }\n")
        try write("plain_fail.out", "something else\n")
        try write("escape_pass.go", "// errorcheck -0 -m -l\n\npackage p\n\nfunc f() *int {\n\tx := 1 // ERROR \"moved to heap: x\"\n\treturn &x\n}\n")
        try write("escape_fail.go", "// errorcheck -0 -m -l\n\npackage p\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n")
        let v = try verdicts()
        XCTAssertTrue(isPass(v["args_pass.go"]), "\(String(describing: v["args_pass.go"]))")
        XCTAssertTrue(isFail(v["args_fail.go"]))
        XCTAssertTrue(isPass(v["plain_pass.go"]), "\(String(describing: v["plain_pass.go"]))")
        XCTAssertTrue(isFail(v["plain_fail.go"]))
        XCTAssertTrue(isPass(v["escape_pass.go"]), "\(String(describing: v["escape_pass.go"]))")
        XCTAssertTrue(isFail(v["escape_fail.go"]))
    }

    func testOutputUnorderedOutputAndErrorComments() throws {
        let prog = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"b\")\n\tfmt.Println(\"a\")\n}\n\n"
        try write("out_pass.go", prog + "// Output:\n// b\n// a\n")
        try write("out_fail.go", prog + "// Output:\n// a\n// b\n")
        try write("unordered_pass.go", prog + "// Unordered output:\n// a\n// b\n")
        try write("unordered_fail.go", prog + "// Unordered output:\n// a\n// c\n")
        let crash = "package main\n\nfunc main() {\n\tvar m map[string]int\n\tm[\"k\"] = 1\n}\n\n"
        try write("error_pass.go", crash + "// Error: assignment to entry in nil map\n")
        try write("error_fail.go", crash + "// Error: index out of range\n")
        try write("error_no_error.go", prog + "// Error: anything\n")
        let v = try verdicts()
        XCTAssertTrue(isPass(v["out_pass.go"]), "\(String(describing: v["out_pass.go"]))")
        XCTAssertTrue(isFail(v["out_fail.go"]))
        XCTAssertTrue(isPass(v["unordered_pass.go"]), "\(String(describing: v["unordered_pass.go"]))")
        XCTAssertTrue(isFail(v["unordered_fail.go"]))
        XCTAssertTrue(isPass(v["error_pass.go"]), "\(String(describing: v["error_pass.go"]))")
        XCTAssertTrue(isFail(v["error_fail.go"]))
        XCTAssertTrue(isFail(v["error_no_error.go"]))
    }

    func testOneRegexpMayAccountForSeveralDiagnostics() {
        let text = "package p\nvar a, b int = \"x\", \"y\" // ERROR \"cannot use\"\nvar c, d int = \"x\", \"y\" // ERROR \"cannot use .x.\" \"cannot use\"\n"
        func d(_ line: UInt32, _ m: String) -> Diagnostic { Diagnostic(pos: Pos(file: 1, line: line, col: 1), message: m) }
        let diags = [d(2, "cannot use \"x\" (untyped string constant) as int value"), d(2, "cannot use \"y\" (untyped string constant) as int value"),
                     d(3, "cannot use \"x\" (untyped string constant) as int value"), d(3, "cannot use \"y\" (untyped string constant) as int value")]
        let problems = ErrorCheck.compare(diags, fileID: 1, text: text) { p, m in m.firstMatch(of: try! Regex(p)) != nil }
        XCTAssertEqual(problems, [])
        let extra = diags + [d(3, "something else")]
        XCTAssertEqual(ErrorCheck.compare(extra, fileID: 1, text: text) { p, m in m.firstMatch(of: try! Regex(p)) != nil }.count, 1)
    }

    func testExpectationParsing() {
        XCTAssertEqual(TestFile.parseAction("// run a b\n\npackage main\n"), .run(args: ["a", "b"]))
        XCTAssertEqual(TestFile.parseAction("// errorcheck -0 -m -l\n"), .errorcheck(flags: ["-0", "-m", "-l"]))
        XCTAssertEqual(TestFile.parseAction("package main\n\nfunc main() {\n\tprintln(1)\n}\n\n// Output:\n// 1\n"),
                       .output(expected: "1", unordered: false))
        XCTAssertEqual(TestFile.parseAction("package main\n\nfunc ExampleX() {\n\tprintln(1)\n\t// Unordered output:\n\t// b\n\t// a\n}\n"),
                       .output(expected: "b\na", unordered: true))
        XCTAssertEqual(TestFile.parseAction("package main\n\nfunc main() { panic(1) }\n\n// Error: panic: 1\n"),
                       .error(expected: "panic: 1"))
        XCTAssertTrue(BuildConstraint.satisfied("linux && (amd64 || arm64) && !windows && go1.21"))
        XCTAssertFalse(BuildConstraint.satisfied("go1.30 || darwin"))
    }

    func testDiff() {
        let d = TextDiff.unified(expected: "a\nb\nc", actual: "a\nB\nc")
        XCTAssertTrue(d.contains("-b") && d.contains("+B"), d)
    }
}
