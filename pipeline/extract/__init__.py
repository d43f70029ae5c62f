"""Extract: an annotated Doc to event records (who, what, when, where, on whose word).

``pipeline.extract`` is both this package and the public entry point
``pipeline.extract("corpus/")``: importing the package makes it the attribute of
``pipeline``, so the package itself is callable and hands the call to the local job.
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _CallablePackage(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from ..jobs.local import extract

        return extract(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
