"""`make bench-scale`'s CPU time: every process of a county run counted once."""

from __future__ import annotations

from benchmarks.scale import _unreaped_cpu


def test_reading_children_left_unreaped_by_their_worker_add_their_cpu():
    sampled = {
        1: ("parent", 2.0, 0.0),
        2: ("worker", 10.0, 0.0),
        3: ("grandchild", 1.5, 0.0),
        4: ("grandchild", 0.5, 0.0),
    }
    assert _unreaped_cpu(sampled) == 2.0


def test_children_their_worker_reaped_are_in_its_rusage_already_and_not_added_again():
    sampled = {
        1: ("parent", 2.0, 0.0),
        2: ("worker", 10.0, 1.5),
        3: ("grandchild", 1.5, 0.0),
        4: ("grandchild", 0.5, 0.0),
    }
    assert _unreaped_cpu(sampled) == 0.5
