# helper: a submodule listed in its package's __all__
print("part loaded")
P = "part"
