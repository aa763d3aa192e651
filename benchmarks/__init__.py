"""The performance figures: each a ratio of ours to a floor measured in the same run."""
