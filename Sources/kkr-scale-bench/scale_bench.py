"""The Python anchors of `kkr-scale-bench`: HiGHS (highspy) and PuLP on an MPS file, timed from inside.

Usage: python3 scale_bench.py highs|pulp-cbc|pulp-highs FILE.mps

Prints one JSON object on its last line: the seconds of reading (or, for PuLP, building the model from the
file) and of solving, the objective, the status and the versions. kkr-scale-bench times the whole process
beside it (start-up and import included) and reads its peak memory.
"""

import importlib.metadata
import json
import sys
import time


def highs(path):
    import highspy

    solver = highspy.Highs()
    solver.setOptionValue("output_flag", False)
    start = time.perf_counter()
    solver.readModel(path)
    read = time.perf_counter()
    solver.run()
    end = time.perf_counter()
    return {
        "read": read - start,
        "solve": end - read,
        "objective": solver.getInfo().objective_function_value,
        "status": solver.modelStatusToString(solver.getModelStatus()),
        "version": "HiGHS " + importlib.metadata.version("highspy"),
    }


def pulp_run(path, name):
    import pulp

    start = time.perf_counter()
    _, problem = pulp.LpProblem.fromMPS(path)
    read = time.perf_counter()
    solver = pulp.PULP_CBC_CMD(msg=False) if name == "cbc" else pulp.HiGHS(msg=False)
    problem.solve(solver)
    end = time.perf_counter()
    return {
        "read": read - start,
        "solve": end - read,
        "objective": pulp.value(problem.objective),
        "status": pulp.LpStatus[problem.status],
        "version": "PuLP " + pulp.__version__,
    }


def main():
    what, path = sys.argv[1], sys.argv[2]
    if what == "highs":
        result = highs(path)
    elif what in ("pulp-cbc", "pulp-highs"):
        result = pulp_run(path, what.split("-")[1])
    else:
        raise SystemExit(f"unknown run {what}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
