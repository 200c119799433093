"""Wiring: state, configuration and the builder of the unlearning graph."""
