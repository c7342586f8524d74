"""Fuzz harnesses for wireclean (issue #8): run by hand, see ``fuzz/README.md``."""
