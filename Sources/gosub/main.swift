// gosub: the command-line entry point.
import Driver

Gosub.main()
