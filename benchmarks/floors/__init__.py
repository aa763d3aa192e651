"""The floors: the same work as ours, written with nothing of the project, one file each."""
