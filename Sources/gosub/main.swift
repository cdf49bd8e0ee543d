print("gosub")
