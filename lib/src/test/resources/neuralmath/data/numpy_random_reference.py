"""Writes numpy-random-reference.json: what numpy's legacy RandomState gives, for NumpyRandomStateTest. Run here."""
import json, numpy as np
perms = []
perms.append({"seed": 42, "n": 1797, "first": np.random.RandomState(42).permutation(1797)[:360].tolist()})
for seed, n in [(0, 10), (1, 2), (7, 1), (123, 100), (4294967295, 1000), (2026, 70000)]:
    p = np.random.RandomState(seed).permutation(n)
    perms.append({"seed": seed, "n": n, "first": p[:1000].tolist()})
randn = []
for seed in [0, 1, 4]:
    rs = np.random.RandomState(seed)
    randn.append({"seed": seed, "rows": 3, "cols": 5, "values": rs.randn(3, 5).ravel().tolist()})
keys = {"seed": 42, "first": np.random.RandomState(42).get_state()[1][:8].tolist()}
out = {"generatedBy": "python3 numpy_random_reference.py with numpy " + np.__version__ +
       " (np.random.RandomState(seed).permutation(n)[:1000], .randn(rows, cols), .get_state()[1][:8])",
       "permutations": perms, "randn": randn, "stateKeys": keys}
json.dump(out, open("numpy-random-reference.json", "w"))
