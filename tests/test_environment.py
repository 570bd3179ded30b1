"""The conda environment and the pip lock file describe the same environment."""

import re
from pathlib import Path

from fzlib.spec import load_yaml

ROOT = Path(__file__).resolve().parents[1]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_versions() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==", 1)
            pins[_norm(name)] = version.strip()
    return pins


def conda_versions() -> dict[str, str]:
    env = load_yaml((ROOT / "environment.yml").read_text())
    pins = {}
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            for item in dep["pip"]:
                if "==" in item:
                    name, version = item.split("==", 1)
                    pins[_norm(name)] = version
        elif "=" in dep and not dep.startswith("python="):
            name, version = dep.split("=", 1)
            pins[_norm(name)] = version
    return pins


def test_every_conda_pin_matches_the_lock():
    lock = lock_versions()
    mismatched = {n: (v, lock.get(n)) for n, v in conda_versions().items() if lock.get(n) != v}
    assert mismatched == {}


def direct_dependencies() -> set[str]:
    """Every package named in requirements/*.in (the report's, the tests', the lab's)."""
    return {
        _norm(line.strip())
        for path in sorted((ROOT / "requirements").glob("*.in"))
        for line in path.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }


def test_every_direct_dependency_is_in_both():
    direct = direct_dependencies()
    assert direct - set(lock_versions()) == set()
    assert direct - set(conda_versions()) == set()


def test_conda_python_matches_the_supported_minimum():
    env = load_yaml((ROOT / "environment.yml").read_text())
    assert "python=3.11" in env["dependencies"]


def test_the_lock_pins_registry_packages_only():
    """Every line is name==version: a local path or URL would install nowhere but on one machine."""
    lines = [ln for ln in (ROOT / "requirements.lock").read_text().splitlines() if ln and not ln.startswith("#")]
    assert [ln for ln in lines if not re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[\w.+!-]+", ln)] == []
