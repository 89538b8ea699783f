"""`python -m clipper` and the `clipper` console script. Ctrl-C while the command itself is still
being imported ends the run as quietly as Ctrl-C later does."""

import sys


def run() -> None:
    try:
        from clipper.cli import main

        main()
    except KeyboardInterrupt:
        sys.stderr.write("clipper: interrupted\n")
        sys.exit(130)


if __name__ == "__main__":
    run()
