"""Project-wide pytest configuration (kept minimal)."""


def pytest_configure(config):
    config.addinivalue_line("markers", "corpus: differential run of a C corpus program (qemu vs mipsvm)")
