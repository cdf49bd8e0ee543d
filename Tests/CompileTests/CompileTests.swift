// The compiler's choices, read from its output: typed instructions picked
// from static types, variables in frame slots unless their address is taken
// or a closure captures them (then a heap cell), fused compare-and-branch
// in loops, source lines in the listing, and unsupported features refused
// with the feature's name.

import XCTest
import Base
import Bytecode
import Driver

final class CompileTests: XCTestCase {
    func compile(_ src: String) -> Program? {
        let s = SourceFile(id: 1, name: "prog.go", text: src)
        if case .program(let p) = Runner.compile([s]) { return p }
        return nil
    }

    func ops(_ p: Program, _ name: String) -> [Opcode] {
        guard let f = p.funcs.first(where: { $0.name == name }) else { return [] }
        var out: [Opcode] = []
        var pc = f.entry
        while pc < f.entry + f.length {
            let op = Opcode(rawValue: p.code[pc].opByte)!
            out.append(op)
            pc += 1 + op.info.imm
        }
        return out
    }

    func testTypedArithmetic() throws {
        let p = try XCTUnwrap(compile("""
        package main
        func f(a, b int, x, y float64, u, v uint8) (int, float64, uint8) { return a + b, x * y, u / v }
        func main() { f(1, 2, 3, 4, 5, 6) }
        """))
        let o = ops(p, "main.f")
        XCTAssert(o.contains(.addI))
        XCTAssert(o.contains(.mulF))
        XCTAssert(o.contains(.divU))
        XCTAssert(o.contains(.zext8), "uint8 results are re-normalized")
    }

    func testEscapingVariablesLiveInCells() throws {
        let p = try XCTUnwrap(compile("""
        package main
        func g() *int { x := 1; return &x }
        func h() int { y := 2; return y + 1 }
        func main() { _ = g(); _ = h() }
        """))
        XCTAssert(ops(p, "main.g").contains(.newObj), "&x moves x to the heap")
        XCTAssertFalse(ops(p, "main.h").contains(.newObj), "y stays in a frame slot")
    }

    func testLoopUsesFusedCompare() throws {
        let p = try XCTUnwrap(compile("""
        package main
        func main() { s := 0; for i := 0; i < 10; i++ { s += i }; println(s) }
        """))
        let o = ops(p, "main.main")
        XCTAssert(o.contains(.jleI))
        XCTAssertFalse(o.contains(.ltI))
    }

    func testListingHasSourceLines() throws {
        let p = try XCTUnwrap(compile("package main\n\nfunc main() {\n\tprintln(1)\n}\n"))
        let text = Disassembler.disassemble(p)
        XCTAssert(text.contains("main.main STEXT"))
        XCTAssert(text.contains("(prog.go:4)"))
    }

    func testUnsupportedFeatureNamed() {
        let s = SourceFile(id: 1, name: "prog.go", text: "package main\nfunc main() {\n\tvar a [1]int\n\tfor a[0] = range func(yield func(int) bool) {} {\n\t\tprintln(a[0])\n\t}\n}\n")
        guard case .errors(let lines, let status) = Runner.compile([s]) else { return XCTFail("compiled") }
        XCTAssertEqual(status, 2)
        XCTAssertEqual(lines.count, 1)
        XCTAssert(lines[0].hasPrefix("prog.go:4:"), lines[0])
        XCTAssert(lines[0].hasSuffix("gosub: range over a function assigning to other than variables is not supported yet"), lines[0])
    }
}
