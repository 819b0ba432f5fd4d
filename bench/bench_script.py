"""The bench's scripts (run-accuracy, run-lineaudit, run-perturb …) as Python modules: they
have no .py name, being commands, so `import` cannot find them. One loader for every script
and test that uses another's functions (run-perturb and run-lineaudit use run-accuracy's)."""
import importlib.machinery
import importlib.util
import os

BENCH = os.path.dirname(os.path.abspath(__file__))


def load(script):
    """bench/<script> as a module named after it ("run-accuracy" → run_accuracy)."""
    name = script.replace("-", "_")
    loader = importlib.machinery.SourceFileLoader(name, os.path.join(BENCH, script))
    spec = importlib.util.spec_from_loader(name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module
