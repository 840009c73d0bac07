"""Speed and memory benchmarks. Run with `make bench`; never part of the test suite."""
