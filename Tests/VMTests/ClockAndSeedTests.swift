// The virtual clock (-faketime) and seeded runs (-seed): a program that
// sleeps for hours finishes at once on the playground's clock, and a seed
// fixes map iteration order and select's choices.

import XCTest
import Base
@testable import Driver

final class ClockAndSeedTests: XCTestCase {
    func run(_ src: String, fakeTime: Bool = false, seed: UInt64? = nil) -> (Int32, String) {
        let s = SourceFile(id: 1, name: "prog.go", text: src)
        let (st, out) = Runner.run([s], capture: true, fakeTime: fakeTime, seed: seed)
        return (st, String(decoding: out, as: UTF8.self))
    }

    func testFakeTimeStartsAtThePlaygroundEpochAndJumpsToTimers() {
        let (st, out) = run("""
        package main
        import ("fmt"; "time")
        func main() {
            start := time.Now()
            fmt.Println(start.UTC().Format(time.DateTime), start.Unix())
            go func() { time.Sleep(3 * time.Hour); fmt.Println("slept", time.Since(start)) }()
            select {
            case <-time.After(5 * time.Hour):
                fmt.Println("after", time.Since(start), time.Now().UTC().Format(time.Kitchen))
            }
        }
        """, fakeTime: true)
        XCTAssertEqual(st, 0)
        XCTAssertEqual(out, "2009-11-10 23:00:00 1257894000\nslept 3h0m0s\nafter 5h0m0s 4:00AM\n")
    }

    func testASeedFixesMapOrderAndSelectChoices() {
        let src = """
        package main
        import "fmt"
        func main() {
            m := map[int]bool{}
            for i := 0; i < 50; i++ { m[i] = true }
            for k := range m { fmt.Print(k, " ") }
            a, b := make(chan int, 64), make(chan int, 64)
            for i := 0; i < 64; i++ { a <- i; b <- i }
            for i := 0; i < 64; i++ {
                select {
                case <-a: fmt.Print("a")
                case <-b: fmt.Print("b")
                }
            }
            fmt.Println()
        }
        """
        let (_, first) = run(src, seed: 42)
        let (_, again) = run(src, seed: 42)
        let (_, other) = run(src, seed: 43)
        XCTAssertEqual(first, again)
        XCTAssertNotEqual(first, other)
        XCTAssertTrue(first.contains("a") && first.contains("b"), first)
    }
}
