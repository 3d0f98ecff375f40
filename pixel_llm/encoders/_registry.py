"""Encoders by name. Built-ins register through the same decorator a plugin would use."""

from __future__ import annotations

import difflib
from typing import Callable

from ..errors import ConfigError

Factory = Callable[..., object]
_FACTORIES: dict[str, Factory] = {}
_ALIASES: dict[str, str] = {}


def register_encoder(name: str, *, aliases: tuple[str, ...] = ()) -> Callable[[Factory], Factory]:
    """Register ``factory(config, device) -> Encoder`` under ``name``."""

    def decorator(factory: Factory) -> Factory:
        _FACTORIES[name] = factory
        for alias in aliases:
            _ALIASES[alias] = name
        return factory

    return decorator


def unregister_encoder(name: str) -> None:
    """Remove ``name`` and its aliases (a plugin unloading, or a test cleaning up)."""
    _FACTORIES.pop(name, None)
    for alias in [a for a, target in _ALIASES.items() if target == name]:
        del _ALIASES[alias]


def registered_encoders() -> tuple[str, ...]:
    """The registered names, without aliases."""
    return tuple(_FACTORIES)


def available_encoders() -> tuple[str, ...]:
    return tuple(_FACTORIES) + tuple(_ALIASES)


def canonical_name(name: str) -> str:
    name = _ALIASES.get(name, name)
    if name not in _FACTORIES:
        close = difflib.get_close_matches(name, available_encoders(), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ConfigError("encoder_type", f"unknown encoder {name!r}{hint}; known: {', '.join(available_encoders())}")
    return name


def create_encoder(name: str, config, device: str):
    return _FACTORIES[canonical_name(name)](config, device)
