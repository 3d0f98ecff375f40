"""The spec's import path, ``systems.pixel_llm.compositor``: re-exports ``pixel_llm.compositor``."""

from pixel_llm.compositor import *  # noqa: F401,F403
from pixel_llm.compositor import __all__  # noqa: F401
