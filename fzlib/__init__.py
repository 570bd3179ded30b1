"""fzlib: township rule-of-law ledgers in, a trustworthy annual report out."""

import sys

__version__ = "0.1.0"


# pandas holds the engine's text as Python strings, not Arrow's: a small folder's clean costs about a fifth less
# CPU (session 56, docs/test-speed.md), every answer the same (the engine's text operations give the same result
# under both storages: tests/test_privacy.py, tests/test_cleaners.py). Set when pandas is first imported, never by
# importing it here: the commands that never use pandas (help, stamp) would pay 0.4 s of CPU for it. A string
# dtype takes its storage when it is made, so this comes before any of fzlib's.
def _python_strings(pandas) -> None:
    pandas.options.mode.string_storage = "python"


class _WhenPandasLoads:
    def find_spec(self, name, path=None, target=None):
        if name != "pandas":
            return None
        sys.meta_path.remove(self)
        from importlib.util import find_spec

        spec = find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            _python_strings(module)

        spec.loader.exec_module = exec_module
        return spec


if "pandas" in sys.modules:
    _python_strings(sys.modules["pandas"])
else:
    sys.meta_path.insert(0, _WhenPandasLoads())
