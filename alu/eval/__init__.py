"""Offline evaluation harness: benchmarks, attacks, scale and case files."""
