// unsafe.Sizeof, Alignof and Offsetof are constants: the checker computes
// them. For the layout programs of Programs/check, each fmt.Println whose
// arguments are all constants must print, in order, the line real Go printed
// (NAME.out). Lines with non-constant arguments are skipped, not guessed.

import XCTest
import Foundation
import Base
import Syntax
import Types
import Constant

final class LayoutCorpusTests: XCTestCase {
    func testLayoutConstantsMatchGo() throws {
        let dir = CheckCorpusTests.root.appendingPathComponent("layout")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".go") }.sorted()
        XCTAssertFalse(files.isEmpty)
        var compared = 0
        for name in files {
            let url = dir.appendingPathComponent(name)
            let out = try String(contentsOf: url.deletingPathExtension().appendingPathExtension("out"), encoding: .utf8)
            let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let errors = DiagnosticList(limit: 0)
            let src = SourceFile(id: 1, name: name, bytes: Array(try Data(contentsOf: url)))
            let file = try XCTUnwrap(Parser.parse(src, errors: errors))
            let checker = Checker.check(files: [file], errors: errors)
            XCTAssertTrue(errors.isEmpty, "\(name): \(errors.sorted())")
            guard let main = file.decls.compactMap({ $0 as? FuncDecl }).first(where: { $0.name.value == "main" }),
                  let body = main.body else { continue }
            // straight-line programs only: one output line per top-level Println
            let prints = body.list.compactMap { ($0 as? ExprStmt)?.x as? CallExpr }.filter { exprString($0.fun) == "fmt.Println" }
            let straight = !body.list.contains { $0 is ForStmt || $0 is IfStmt || $0 is SwitchStmt }
            guard straight, prints.count == lines.count - 1 else { continue }
            for (i, call) in prints.enumerated() {
                let values = call.args.map { checker.typeOf($0)?.value }
                guard values.allSatisfy({ $0 != nil }) else { continue }
                let got = values.map { $0!.kind == .string ? $0!.stringValue : $0!.description }.joined(separator: " ")
                XCTAssertEqual(got, lines[i], "\(name): line \(i + 1)")
                compared += 1
            }
        }
        print("layout corpus: \(compared) lines of constants compared with real Go")
        XCTAssertGreaterThan(compared, 10)
    }
}
