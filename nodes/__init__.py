"""The ALU agents and checks, one module per graph node."""
