print("top level")
return 5
