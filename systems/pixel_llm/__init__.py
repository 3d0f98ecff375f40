"""The spec's import path, ``systems.pixel_llm``: a thin alias of the ``pixel_llm`` package."""

from pixel_llm import *  # noqa: F401,F403
from pixel_llm import __all__  # noqa: F401
