"""What a running ``kgraph serve`` is allowed to do: limits, update token, where it listens."""
from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass, field

from ..errors import UsageError

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class ServeConfig:
    """Limits and permissions of one server.

    ``timeout`` (seconds) stops a query, answered 503; ``max_rows`` cuts results (said in the
    ``Kgraph-Truncated`` header); ``update_token`` is None for a read-only server, else the bearer
    token an update must carry.
    """

    timeout: float = 30.0
    max_rows: int = 10_000
    update_token: str | None = None
    title: str = "kgraph"
    example_city: str = "광명시"
    named_defaults: dict[str, str] = field(default_factory=dict)

    @property
    def allows_update(self) -> bool:
        """True when updates are accepted (with the token)."""
        return self.update_token is not None


def new_token() -> str:
    """A fresh random bearer token for ``--allow-update`` (printed once at start)."""
    return secrets.token_urlsafe(24)


def is_loopback(host: str) -> bool:
    """True when ``host`` is a loopback address or ``localhost``.

    >>> is_loopback("127.0.0.1"), is_loopback("::1"), is_loopback("0.0.0.0"), is_loopback("localhost")
    (True, True, False, True)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_host(host: str, *, public: bool) -> None:
    """Refuse a non-loopback address unless ``public`` says the user means it."""
    if not is_loopback(host) and not public:
        raise UsageError(f"--host {host} would expose the store beyond this machine; add --public if you mean it, "
                         f"or keep the default {LOOPBACK}")
