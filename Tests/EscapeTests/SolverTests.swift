// Unit tests of the graph and the solver on small programs: the decisions
// in EscapeResult (what the compiler will read) and the flows behind them.

import XCTest
import Base
import Syntax
import Types
import Driver
@testable import Escape

final class SolverTests: XCTestCase {
    /// Checks a source text and returns the analysis with a lookup of variables by name.
    func analyze(_ text: String) throws -> (EscapeResult, (String) -> Var?, FrontendResult) {
        let src = SourceFile(id: 1, name: "t.go", text: text)
        let fe = Frontend.check([src], errorLimit: 0)
        XCTAssert(fe.diagnostics.isEmpty, "\(fe.formattedDiagnostics())")
        let checker = try XCTUnwrap(fe.checker)
        let r = EscapeAnalysis.analyze(checker: checker, files: fe.files)
        let vars = checker.defs.values.compactMap { $0 as? Var }
        return (r, { name in vars.first { $0.name == name } }, fe)
    }

    func messages(_ r: EscapeResult) -> [String] {
        r.diagnostics.map { "\($0.pos.line):\($0.pos.col): \($0.message)" }
    }

    func testAddressToGlobalEscapes() throws {
        let (r, v, _) = try analyze("package p\nvar g *int\nfunc f() { x := 1; y := 2; g = &x; _ = &y }\n")
        XCTAssertTrue(r.isHeap(try XCTUnwrap(v("x"))))
        XCTAssertFalse(r.isHeap(try XCTUnwrap(v("y"))))
    }

    func testDerefCountsThroughLevels() throws {
        // **p reaches the heap: p's content at derefs 1, so only what p points to leaks
        let (r, _, _) = try analyze("package p\nvar g *int\nfunc f(p **int) { g = *p }\nfunc h(p *int) *int { return p }\n")
        XCTAssertEqual(messages(r), ["3:8: leaking param content: p", "4:8: leaking param: p to result ~r0 level=0"])
    }

    func testOutlivesLoopDepth() throws {
        let src = """
        package p
        func f(n int) int {
        	var p *int
        	for i := 0; i < n; i++ {
        		x := i
        		p = &x
        		y := i
        		q := &y
        		_ = q
        	}
        	return *p
        }
        """
        let (r, v, _) = try analyze(src)
        XCTAssertTrue(r.isHeap(try XCTUnwrap(v("x"))), "x is declared inside the loop, p outside")
        XCTAssertFalse(r.isHeap(try XCTUnwrap(v("y"))))
    }

    func testClosureCaptureByValueAndReference() throws {
        let src = """
        package p
        func f() (func() int, func() int) {
        	a := 1
        	b := 2
        	b++ // straight-line code before the capture does not count (gc)
        	return func() int { return a }, func() int { b++; return b }
        }
        """
        let (r, v, _) = try analyze(src)
        let a = try XCTUnwrap(v("a")), b = try XCTUnwrap(v("b"))
        XCTAssertEqual(r.capturedByValue[ObjectIdentifier(a)], true)
        XCTAssertEqual(r.capturedByValue[ObjectIdentifier(b)], false)
        XCTAssertFalse(r.isHeap(a))
        XCTAssertTrue(r.isHeap(b), "captured by reference by an escaping closure")
    }

    func testSitesKeyedByNode() throws {
        let src = "package p\nfunc f() *int { p := new(int); q := new(int); _ = q; return p }\n"
        let (r, _, fe) = try analyze(src)
        var calls: [CallExpr] = []
        for d in fe.files[0].decls {
            visit(d) { n in
                if let c = n as? CallExpr { calls.append(c) }
                return true
            }
        }
        XCTAssertEqual(calls.count, 2)
        XCTAssertEqual(r.escapes(calls[0]), true)
        XCTAssertEqual(r.escapes(calls[1]), false)
    }

    func testImplicitConversionAndVariadicSlice() throws {
        let src = "package p\nimport \"fmt\"\nfunc f(x int) { fmt.Println(x) }\n"
        let (r, _, fe) = try analyze(src)
        var call: CallExpr?
        visit(fe.files[0].decls.last) { n in
            if let c = n as? CallExpr { call = c }
            return true
        }
        let c = try XCTUnwrap(call)
        let slice = try XCTUnwrap(r.variadicSlices[ObjectIdentifier(c)])
        XCTAssertEqual(r.escapes(slice), false)
        let conv = try XCTUnwrap(r.implicitConversions[ObjectIdentifier(c.args[0])])
        XCTAssertEqual(r.escapes(conv), true)
    }

    func testGoDeferWrappers() throws {
        let src = "package p\nfunc g(p *int) {}\nfunc f(p *int) {\n\tgo g(p)\n\tdefer g(p)\n\tfor i := 0; i < 2; i++ {\n\t\tdefer g(p)\n\t}\n}\n"
        let (r, _, fe) = try analyze(src)
        var stmts: [CallStmt] = []
        visit(fe.files[0].decls.last) { n in
            if let c = n as? CallStmt { stmts.append(c) }
            return true
        }
        XCTAssertEqual(stmts.count, 3)
        let decisions = stmts.map { s in r.goDeferWrappers[ObjectIdentifier(s)].flatMap { r.escapes($0) } }
        XCTAssertEqual(decisions, [true, false, true], "go escapes; defer escapes only inside a loop")
    }

    func testBatchesCalleesFirst() throws {
        let src = "package p\nfunc a() { b() }\nfunc b() { c() }\nfunc c() {}\nfunc d() { d() }\n"
        let srcFile = SourceFile(id: 1, name: "t.go", text: src)
        let fe = Frontend.check([srcFile])
        let prog = Program(checker: try XCTUnwrap(fe.checker), files: fe.files)
        let order = prog.batches().map { $0.map(\.name) }
        XCTAssertEqual(order, [["c"], ["b"], ["a"], ["d"]])
    }

    func testMutualRecursionIsOneBatch() throws {
        let src = "package p\nfunc even(n int) bool { if n == 0 { return true }; return odd(n-1) }\nfunc odd(n int) bool { if n == 0 { return false }; return even(n-1) }\n"
        let srcFile = SourceFile(id: 1, name: "t.go", text: src)
        let fe = Frontend.check([srcFile])
        let prog = Program(checker: try XCTUnwrap(fe.checker), files: fe.files)
        XCTAssertEqual(prog.batches().map { Set($0.map(\.name)) }, [["even", "odd"]])
    }

    func testDequeOrder() {
        var q = Solver.Deque()
        let locs = (0..<20).map { Location(kind: .temp, fn: nil, loopDepth: $0) }
        for l in locs { q.pushBack(l) }
        q.pushFront(locs[5])
        XCTAssertTrue(q.popFront() === locs[5])
        for l in locs { XCTAssertTrue(q.popFront() === l) }
        XCTAssertNil(q.popFront())
    }
}

/// Mutated corpus programs that still type-check must analyse without trapping.
final class RobustnessTests: XCTestCase {
    func testMutatedCorpusPrograms() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Programs/escape")
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".go") }.sorted()
        var analysed = 0
        for name in names {
            let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // drop one line at a time (every third line, to bound the time)
            for cut in stride(from: 5, to: lines.count, by: 3) {
                var l = lines
                l.remove(at: cut)
                let src = SourceFile(id: 1, name: name, text: l.joined(separator: "\n"))
                let fe = Frontend.check([src], errorLimit: 0)
                guard fe.diagnostics.isEmpty, let checker = fe.checker else { continue }
                _ = EscapeAnalysis.analyze(checker: checker, files: fe.files)
                analysed += 1
            }
        }
        XCTAssertGreaterThan(analysed, 100)
    }
}
