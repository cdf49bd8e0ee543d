// Base.
