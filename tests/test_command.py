from __future__ import annotations

import subprocess
import sys


def test_a_serving_process_imports_neither_typer_nor_the_commands() -> None:
    """What a `serve --workers` process imports: the script's module, then the app factory."""
    code = (
        "import sys, salon.command, salon.app\n"
        "assert callable(salon.command.worker_app)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'typer' or m == 'salon.cli'))"
    )
    done = subprocess.run(  # noqa: S603 - this interpreter, our own code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
