// Types (filled in by the type checker).
