"""``python -m kgraph``: the same as the ``kgraph`` command."""
from .cli import main

if __name__ == "__main__":
    main(prog_name="kgraph")
