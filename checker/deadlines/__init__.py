"""Deadlines in Chinese and English, resolved to dates against `today`."""
from checker.deadlines.finder import Deadline, find_deadlines, find_times, first_beyond, first_undated, pick_deadline

__all__ = ["Deadline", "find_deadlines", "find_times", "first_beyond", "first_undated", "pick_deadline"]
