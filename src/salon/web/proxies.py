"""Forwarded headers believed only from the configured trusted proxies."""

from __future__ import annotations

import ipaddress

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _networks(proxies: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(p, strict=False) for p in proxies)


def _is_in(host: str, networks: tuple[Network, ...]) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(address in net for net in networks)


class TrustedProxies:
    """Rewrites the client address and scheme from X-Forwarded-For / -Proto.

    Only when the connection comes from a trusted proxy; the client is the right-most
    address that is not itself a trusted proxy (the left ones are the client's to write).
    """

    def __init__(self, app: ASGIApp, proxies: tuple[str, ...]) -> None:
        self.app = app
        self.networks = _networks(proxies)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        peer = scope.get("client")
        if not self.networks:  # none configured: nothing to parse per request
            await self.app(scope, receive, send)
            return
        if scope["type"] in ("http", "websocket") and peer and _is_in(peer[0], self.networks):
            headers = Headers(scope=scope)
            proto = headers.get("x-forwarded-proto", "").split(",")[-1].strip().lower()
            if proto in ("http", "https"):
                scope = {**scope, "scheme": proto}
            hops = [h.strip() for h in headers.get("x-forwarded-for", "").split(",") if h.strip()]
            for hop in reversed(hops):
                if not _is_in(hop, self.networks):
                    scope = {**scope, "client": (hop[:64], 0)}
                    break
        await self.app(scope, receive, send)
