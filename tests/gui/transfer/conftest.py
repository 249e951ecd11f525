"""The shared window driver on the sample library, wrapped in `TransferDriver`."""

from __future__ import annotations

import pytest

from tests.gui.driver import WindowDriver
from tests.gui.transfer.transfer_driver import TransferDriver


@pytest.fixture
def transfer(driver: WindowDriver) -> TransferDriver:
    """The window as the transfer tests work it; its library's services are the window's."""
    services = driver.window.client.services
    assert services is not None
    return TransferDriver(driver, services)
