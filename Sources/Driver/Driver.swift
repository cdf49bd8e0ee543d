// Driver.
