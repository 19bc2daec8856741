# helper: prints each time its code runs
print("_counted runs")
COUNT = 1
