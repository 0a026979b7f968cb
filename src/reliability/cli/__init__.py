"""The ``reliability`` command: a thin dispatcher to one module per subcommand.

Each command is a module of this package (``reliability.cli.score``, ``outlet``,
``evaluate``, ``train``, ``serve``, ``schema``) exposing ``configure(parser)``
and ``run(args)``. Only the module of the command being run is imported, so
start-up stays small.
Exit status (``EXIT_*``): 0 all went well, 1 some documents failed, 2 usage
error, 3 the output could not be written (disk full, I/O error), 130
interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from reliability import __version__
from reliability.errors import OutputError, ReliabilityError

__all__ = [
    "COMMANDS",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_OUTPUT",
    "EXIT_USAGE",
    "main",
]

#: Every document went through.
EXIT_OK = 0
#: Some documents became error records (or a check such as evaluate --min failed).
EXIT_FAILED = 1
#: A bad option or input path, or one the command refuses.
EXIT_USAGE = 2
#: The output could not be written to the end: it holds whole records, or
#: its earlier content.
EXIT_OUTPUT = 3
#: Ctrl-C.
EXIT_INTERRUPTED = 130

#: Command name -> (module, one-line help).
COMMANDS: dict[str, tuple[str, str]] = {
    "score": (
        "reliability.cli.score",
        "annotate and score documents into JSONL, CSV or HTML",
    ),
    "outlet": (
        "reliability.cli.outlet",
        "look up an outlet by name, domain or URL",
    ),
    "evaluate": ("reliability.cli.evaluate", "score predictions against a gold file"),
    "train": (
        "reliability.cli.train",
        "train the sentence models on gold annotations",
    ),
    "serve": ("reliability.cli.serve", "serve the HTTP API and an editor page"),
    "schema": ("reliability.cli.schema", "print the JSON Schema of a report"),
}


#: The extra that provides a command's optional dependencies.
_EXTRAS = {"serve": "server", "train": "train"}


def _usage() -> str:
    lines = [
        f"usage: reliability [--version] COMMAND ...\n\nreliability {__version__}: "
        "say how well news text is sourced.\n\ncommands:"
    ]
    for name, (_, text) in COMMANDS.items():
        lines.append(f"  {name:10s} {text}")
    lines.append("\nRun 'reliability COMMAND --help' for a command's options.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default ``sys.argv[1:]``); return exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(_usage())
        return 0 if argv else 2
    if argv[0] == "--version":
        print(f"reliability {__version__}")
        return 0
    name = argv[0]
    if name not in COMMANDS:
        print(
            f"reliability: unknown command {name!r}; choose from: "
            f"{', '.join(COMMANDS)}",
            file=sys.stderr,
        )
        return 2
    try:
        module = importlib.import_module(COMMANDS[name][0])
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.split(".")[0] == "reliability":
            raise
        extra = _EXTRAS.get(name, "all")
        print(
            f"reliability {name}: needs the optional package {exc.name!r}; "
            f"install it with: pip install 'reliability[{extra}]'",
            file=sys.stderr,
        )
        return 2
    parser = argparse.ArgumentParser(
        prog=f"reliability {name}", description=COMMANDS[name][1]
    )
    module.configure(parser)
    try:
        args = parser.parse_args(argv[1:])
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return int(module.run(args))
    except OutputError as exc:
        print(f"reliability {name}: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    except ReliabilityError as exc:
        print(f"reliability {name}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"reliability {name}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away ("| head"): stop quietly, as Unix tools do.
        # Point stdout at devnull so the interpreter's final flush cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
