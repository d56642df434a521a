"""The benchmarks: search/ (quality and speed of search), load/ (beside a vanilla Wagtail project, vanilla/)."""
