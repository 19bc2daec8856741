# helper: raises while being imported
print("_raises loading")
PARTIAL = 1
raise ValueError("failed during import")
