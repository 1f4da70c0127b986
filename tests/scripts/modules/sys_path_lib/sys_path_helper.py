WHERE = "found through sys.path"
