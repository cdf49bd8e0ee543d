// The standard-library parts gosub writes in Go (Types/GoLibrary) must
// type-check cleanly together with their API files, and replace exactly the
// declarations they implement.
import XCTest
@testable import Types

final class GoLibraryTests: XCTestCase {
    func testEveryImplementationChecksWithoutErrors() {
        XCTAssertFalse(GoLibrary.importPaths.isEmpty)
        for path in GoLibrary.importPaths {
            XCTAssertNotNil(Importer.shared.importPackage(path), path)
            let errs = Importer.shared.libraryErrors[path]
            XCTAssertNotNil(errs, "\(path) was not checked with its implementation")
            let lines = errs?.formatted { FileNames.name($0) ?? "?" } ?? []
            XCTAssertEqual(lines, [], "\(path): \(lines.joined(separator: "\n"))")
        }
    }

    func testImplementedFunctionsHaveBodies() throws {
        let sort = try XCTUnwrap(Importer.shared.importPackage("sort"))
        XCTAssertTrue(try XCTUnwrap(sort.scope.lookup("Sort") as? Func).hasBody)
        // natives stay declarations without bodies
        XCTAssertFalse(try XCTUnwrap(sort.scope.lookup("Ints") as? Func).hasBody)
        let io = try XCTUnwrap(Importer.shared.importPackage("io"))
        XCTAssertNotNil(io.scope.lookup("EOF") as? Var)
    }
}
