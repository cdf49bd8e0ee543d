extension StdTags {
    static let table: [String: [[UInt8]]] = [
        "fmt.Println": [[2]],
    ]
}
