"""Reference values of DriftMethodTest, computed with SciPy and NumPy.

Run with Debian's python3-scipy (SciPy 1.10.1, NumPy 1.24.2 when these values were written):

    python3 src/test/python/drift_reference.py

The samples come from the same integer generator as DriftMethodTest.sample, so both sides hold the same numbers.
"""
import numpy as np
from scipy import stats
from scipy.spatial.distance import jensenshannon

MASK = (1 << 64) - 1


def sample(seed, n, scale, shift):
    """n values k / 100 with k = (a + b) * scale + shift, a and b uniform in 0..9999 from a 64-bit LCG."""
    state = seed
    out = []
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK
        a = (state >> 33) % 10000
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK
        b = (state >> 33) % 10000
        out.append(((a + b) * scale + shift) / 100.0)
    return np.array(out)


def sturges(ref, cur):
    edges = np.histogram_bin_edges(np.concatenate([ref, cur]), bins="sturges")
    r = np.histogram(ref, edges)[0] / len(ref)
    c = np.histogram(cur, edges)[0] / len(cur)
    return r, c


def psi(r, c):
    r = np.where(r == 0, 0.0001, r)
    c = np.where(c == 0, 0.0001, c)
    return float(np.sum((r - c) * np.log(r / c)))


CASES = {
    "equalSizes": (sample(1, 50, 1, 0), sample(2, 50, 1, 3000)),
    "unequalSizes": (sample(3, 80, 1, 0), sample(4, 130, 2, -9000)),
    "exactAtTheLimit": (sample(5, 10000, 1, 0), sample(6, 9999, 1, 100)),
    "asymptotic": (sample(7, 20000, 1, 0), sample(8, 15000, 1, 50)),
    "ties": (np.floor(sample(9, 400, 1, 0) / 20), np.floor(sample(10, 500, 1, 200) / 20)),
}

for name, (ref, cur) in CASES.items():
    ks = stats.ks_2samp(ref, cur)
    w = stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)
    r, c = sturges(ref, cur)
    print(f"{name}: ks D={ks.statistic!r} p={ks.pvalue!r} wasserstein/std={w!r}"
          f" psi={psi(r, c)!r} js={jensenshannon(r, c, base=2)!r} bins={len(r)}")

# Categorical: counts of each value, reference and current.
ref = {"a": 500, "b": 300, "c": 150, "d": 50}
cur = {"a": 420, "b": 330, "c": 180, "d": 60, "e": 10}
keys = sorted(set(ref) | set(cur))
rc = np.array([ref.get(k, 0) for k in keys], dtype=float)
cc = np.array([cur.get(k, 0) for k in keys], dtype=float)
rs, cs = rc / rc.sum(), cc / cc.sum()
print("categorical: js", repr(jensenshannon(rs, cs, base=2)), "psi", repr(psi(rs, cs)),
      "linf", repr(float(np.max(np.abs(rs - cs)))))
# chisquare needs every value in the reference; without "e":
ref2 = {"a": 500, "b": 300, "c": 150, "d": 50}
cur2 = {"a": 420, "b": 330, "c": 180, "d": 70}
k2 = sorted(ref2)
obs = np.array([cur2[k] for k in k2], dtype=float)
exp = np.array([ref2[k] for k in k2], dtype=float) * (obs.sum() / sum(ref2.values()))
chi = stats.chisquare(obs, exp)
print("chisquare: statistic", repr(chi.statistic), "p", repr(chi.pvalue))
