// Syntax.
