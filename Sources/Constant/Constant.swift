// Exact constant values for Go's untyped constants (filled in by the Constant work).
