// The Go runtime in miniature (filled in by the allocator work).
