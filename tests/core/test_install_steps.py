"""What a new machine is told to install stays in step: README's Linux steps, bootstrap.sh, the locks.

The fresh-machine CI run proves the scripts work on a pristine Debian; these checks keep the README's
hand-typed route and the lock files from drifting away from what that run proved.
"""

from __future__ import annotations

import re
import tomllib

from tests.conftest import REPO


def bash_array(name: str) -> list[str]:
    text = (REPO / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    match = re.search(rf"^{name}=\((.*?)\)", text, re.M | re.S)
    assert match, name
    return match.group(1).split()


def locked(name: str) -> dict[str, str]:
    """package -> exact version, each with at least one sha256 hash."""
    text = (REPO / name).read_text(encoding="utf-8")
    pins = {}
    for block in re.split(r"\n(?=[a-z0-9])", text):
        match = re.match(r"([a-z0-9][a-z0-9._-]*)==([^\s;\\]+)", block)
        if match:
            assert "--hash=sha256:" in block, f"{match.group(1)} has no hash in {name}"
            pins[match.group(1)] = match.group(2)
    return pins


def requirement_name(spec: str) -> str:
    return re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0].lower().replace("_", "-")


def test_readme_linux_steps_install_the_packages_bootstrap_installs_for_the_app():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    line = next(ln for ln in readme.splitlines() if ln.startswith("sudo apt-get install -y python3-venv "))
    assert set(line.split()[4:]) == {"python3-venv", *bash_array("APP_PACKAGES")}
    assert "libreoffice-writer-nogui" in bash_array("TEST_PACKAGES")
    assert not set(bash_array("TEST_PACKAGES")) & set(bash_array("APP_PACKAGES")), "a trainer gets no test tools"


def test_the_locks_pin_every_dependency_exactly_with_hashes():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    app, dev = locked("requirements.lock"), locked("requirements-dev.lock")
    wanted = {requirement_name(d) for d in project["dependencies"]}
    assert "lxml" in wanted, "templating imports lxml: it is declared, not borrowed from python-docx"
    assert wanted <= set(app)
    extras = {requirement_name(d) for group in project["optional-dependencies"].values() for d in group}
    assert wanted | extras <= set(dev)
    assert {k: dev[k] for k in app} == app, "tests and the frozen build use the app's exact versions"
    assert not app["pyside6"].startswith("6.12."), "PySide6 6.12 aborts the app (tests/ui/test_qt_binding.py)"
