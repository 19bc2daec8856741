# helper package found through sys.path (under mods/, so not a test)
EXTRA = "extra"
