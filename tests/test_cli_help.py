"""Every command says what it does: `kgraph COMMAND --help` works and each command and option has help text."""
import pytest

from kgraph.cli import main


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help(cli, name):
    cmd = main.commands[name]
    assert (cmd.help or "").strip(), f"kgraph {name} has no help text"
    r = cli(name, "--help")
    assert r.exit_code == 0 and "Usage: " in r.output
    for param in cmd.params:
        if param.param_type_name == "option" and param.name not in ("help",):
            assert (getattr(param, "help", None) or "").strip(), f"kgraph {name} {param.opts[0]} has no help text"
