"""Accuracy against public gold sets: each module reads one gold format and scores one layer."""
