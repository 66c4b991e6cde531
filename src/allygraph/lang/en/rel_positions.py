"""English triggers for positions held (allygraph.extract.positions)."""

COPULA = ["is", "is the", "was", "was the", "who is", "who is the", "who was", "who was the", "became",
          "became the", "was appointed", "was appointed as", "was appointed the", "was named", "was named as",
          "was elected", "was elected as", "serves as", "serves as the", "served as", "served as the",
          "took office as", "took office as the", "has been", "has been the", "as"]
START = ["became", "appointed", "named", "elected", "took"]
FORMER = ["former", "ex", "previous", "then"]
