"""Shared fixtures of the Python binding tests (run by `meson test
--suite python`, which sets PYTHONPATH to the built package)."""
import os
import pathlib

import pytest

SOURCE_ROOT = pathlib.Path(os.environ.get(
    "EDUBAL_SOURCE_ROOT", pathlib.Path(__file__).resolve().parents[2]))


@pytest.fixture
def root():
    return SOURCE_ROOT


@pytest.fixture
def cli():
    path = os.environ.get("EDUBAL_CLI")
    if not path:
        pytest.skip("EDUBAL_CLI not set (run through meson test)")
    return path
