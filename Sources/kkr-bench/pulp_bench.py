"""The PuLP side of `make bench`: the same models as kkr-bench, built with PuLP and solved by GLPK, CBC and HiGHS.

Prints one JSON object: per model, the median seconds of building the PuLP model and of each
variant end to end (build + solve), and each variant's objective. Usage:

    python3 pulp_bench.py --sources 300 --sinks 300 --agents 20 --tasks 100 --runs 3
"""

import argparse
import importlib.metadata
import json
import statistics
import time

import pulp

MASK = (1 << 64) - 1


class SplitMix64:
    """The generator kkr-bench uses (BenchmarkData.swift), bit for bit."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def integer(self, low, high):
        return low + self.next() % (high - low + 1)


def transportation_data(sources, sinks, seed=2024):
    r = SplitMix64(seed)
    costs = [[r.integer(1, 100) for _ in range(sinks)] for _ in range(sources)]
    demands = [r.integer(50, 150) for _ in range(sinks)]
    supplies = [r.integer(55, 165) for _ in range(sources)]
    shortfall = sum(demands) - sum(supplies)
    if shortfall > 0:
        supplies[-1] += shortfall
    return costs, supplies, demands


def assignment_data(agents, tasks, seed=7):
    r = SplitMix64(seed)
    costs = [[r.integer(10, 50) for _ in range(tasks)] for _ in range(agents)]
    weights = [[r.integer(5, 25) for _ in range(tasks)] for _ in range(agents)]
    capacities = [(sum(row) * 12) // (10 * agents) for row in weights]
    return costs, weights, capacities


def build_transportation(data):
    costs, supplies, demands = data
    sources, sinks = len(supplies), len(demands)
    problem = pulp.LpProblem("transportation", pulp.LpMinimize)
    x = [[pulp.LpVariable(f"x_{i}_{j}", lowBound=0) for j in range(sinks)] for i in range(sources)]
    problem += pulp.lpSum(costs[i][j] * x[i][j] for i in range(sources) for j in range(sinks))
    for i in range(sources):
        problem += pulp.lpSum(x[i]) <= supplies[i], f"supply_{i}"
    for j in range(sinks):
        problem += pulp.lpSum(x[i][j] for i in range(sources)) >= demands[j], f"demand_{j}"
    return problem


def build_assignment(data):
    costs, weights, capacities = data
    agents, tasks = len(costs), len(costs[0])
    problem = pulp.LpProblem("assignment", pulp.LpMinimize)
    y = [[pulp.LpVariable(f"y_{a}_{t}", cat="Binary") for t in range(tasks)] for a in range(agents)]
    problem += pulp.lpSum(costs[a][t] * y[a][t] for a in range(agents) for t in range(tasks))
    for t in range(tasks):
        problem += pulp.lpSum(y[a][t] for a in range(agents)) == 1, f"task_{t}"
    for a in range(agents):
        problem += pulp.lpSum(weights[a][t] * y[a][t] for t in range(tasks)) <= capacities[a], f"capacity_{a}"
    return problem


SOLVERS = {
    "glpk": lambda: pulp.GLPK_CMD(msg=False),
    "cbc": lambda: pulp.PULP_CBC_CMD(msg=False),
    "highs": lambda: pulp.HiGHS(msg=False),
}


def measure(build, data, runs):
    result = {"build": [], "variants": {}}
    for name, make_solver in SOLVERS.items():
        if not make_solver().available():
            result["variants"][name] = {"available": False}
            continue
        totals, objective = [], None
        for _ in range(runs):
            start = time.perf_counter()
            problem = build(data)
            built = time.perf_counter()
            problem.solve(make_solver())
            end = time.perf_counter()
            result["build"].append(built - start)
            totals.append(end - start)
            objective = pulp.value(problem.objective)
            status = pulp.LpStatus[problem.status]
        result["variants"][name] = {
            "available": True,
            "seconds": statistics.median(totals),
            "objective": objective,
            "status": status,
        }
    result["build"] = statistics.median(result["build"])
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=int, default=300)
    parser.add_argument("--sinks", type=int, default=300)
    parser.add_argument("--agents", type=int, default=20)
    parser.add_argument("--tasks", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    report = {
        "pulp": pulp.__version__,
        "highspy": importlib.metadata.version("highspy") if SOLVERS["highs"]().available() else None,
        "transportation": measure(build_transportation, transportation_data(args.sources, args.sinks), args.runs),
        "assignment": measure(build_assignment, assignment_data(args.agents, args.tasks), args.runs),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
